/**
 * The event's clock: event-local date-times (`2024-05-18T15:00`, the wall clock at the event) to
 * instants (epoch ms) and back in the edition's IANA zone, what is on now and next at a place, and
 * whether the edition is before, during or after its days. Offsets always come from Intl, never a
 * fixed number: Morocco's clocks go back an hour for Ramadan. Pure, no DOM; zod-free so the app can
 * import it. Wording for people is in eventClockFormat.ts.
 */
import type { Session } from './programme.ts';

/** An event-local date and time, split. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** The parts of `2024-05-18T15:00` (seconds optional), or a reason it is not one. */
export function parseLocal(text: string): LocalDateTime | string {
  const m = LOCAL.exec(text);
  if (!m) return 'must be an event-local date and time like 2024-05-18T15:00 (no seconds needed, no offset)';
  const [year, month, day, hour, minute, second] = m.slice(1).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `no such date: ${text.slice(0, 10)}`;
  if (hour > 23 || minute > 59 || second > 59) return `no such time of day: ${text.slice(11)}`;
  return { year, month, day, hour, minute, second };
}

/** Whether Intl knows `name` as an IANA zone. Offsets (`+01:00`) are refused: they ignore the zone's changes. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** One formatter per zone, made once: Intl formatters are costly to build. */
const wallFormatters = new Map<string, Intl.DateTimeFormat>();
function wallFormatter(zone: string): Intl.DateTimeFormat {
  let f = wallFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at `instant`. */
export function wallClock(instant: number, zone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of wallFormatter(zone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const asUtc = (t: LocalDateTime) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/** Milliseconds `zone` is ahead of UTC at `instant` (3 600 000 for UTC+1). */
export function zoneOffset(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return asUtc(wallClock(whole, zone)) - whole;
}

/**
 * The instant an event-local date-time names in `zone`. A wall time the clocks skip (spring
 * forward) is read with the offset from before the change, so it lands just after; a wall time that
 * happens twice (clocks back) is the first one. Throws on a malformed text.
 */
export function localToInstant(local: string, zone: string): number {
  const parts = parseLocal(local);
  if (typeof parts === 'string') throw new Error(`"${local}": ${parts}`);
  const wall = asUtc(parts);
  const before = zoneOffset(wall - DAY / 2, zone);
  const after = zoneOffset(wall + DAY / 2, zone);
  const fits = (offset: number) => zoneOffset(wall - offset, zone) === offset;
  if (fits(before) && fits(after)) return Math.min(wall - before, wall - after);
  if (fits(before)) return wall - before;
  if (fits(after)) return wall - after;
  return wall - before;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The event-local `2024-05-18T15:00` of an instant in `zone` (seconds dropped). */
export function instantToLocal(instant: number, zone: string): string {
  const t = wallClock(instant, zone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

/** The day after a `2024-05-21` date, as a date. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/** The instants the event's days span: from midnight of the first day to midnight after the last. */
export function editionSpan(dates: { start: string; end: string }, zone: string): { from: number; to: number } {
  return { from: localToInstant(`${dates.start}T00:00`, zone), to: localToInstant(`${nextDate(dates.end)}T00:00`, zone) };
}

export type EditionPhase = 'before' | 'during' | 'after';

/** Before the first day, during the days (nights included), or after the last, in the event's zone. */
export function editionPhase(dates: { start: string; end: string }, zone: string, instant: number): EditionPhase {
  const { from, to } = editionSpan(dates, zone);
  return instant < from ? 'before' : instant < to ? 'during' : 'after';
}

/** A session with its start and end as instants. */
export interface TimedSession extends Session {
  startAt: number;
  endAt: number;
}

/** The sessions with their instants, in order of start: made once per edition, not per call. */
export function timeSessions(sessions: readonly Session[], zone: string): TimedSession[] {
  return sessions
    .map((s) => ({ ...s, startAt: localToInstant(s.start, zone), endAt: localToInstant(s.end, zone) }))
    .sort((a, b) => a.startAt - b.startAt || a.endAt - b.endAt);
}

export interface NowAndNext {
  /** The session on at the place (start ≤ instant < end), or null. */
  now: TimedSession | null;
  /** The first session at the place starting after the instant, or null. */
  next: TimedSession | null;
  /** Milliseconds until `next` starts; null without one. */
  startsInMs: number | null;
  /** Milliseconds until `now` ends; null without one. */
  endsInMs: number | null;
}

/** What is on at `place` at `instant`, and what comes next there. */
export function nowAndNext(sessions: readonly TimedSession[], place: string, instant: number): NowAndNext {
  let now: TimedSession | null = null;
  let next: TimedSession | null = null;
  for (const s of sessions) {
    if (s.place !== place) continue;
    if (s.startAt <= instant && instant < s.endAt) now ??= s;
    else if (s.startAt > instant && (!next || s.startAt < next.startAt)) next = s;
  }
  return {
    now,
    next,
    startsInMs: next ? next.startAt - instant : null,
    endsInMs: now ? now.endAt - instant : null,
  };
}

/**
 * Reads a `?at=2024-05-18T15:00` value (event-local, as a session's times) into an instant, for
 * showing the programme as it stood at that moment; an error says what is wrong with it.
 */
export function parseAt(value: string, zone: string): { instant: number } | { error: string } {
  const text = value.trim();
  if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) && text.length > 16)
    return { error: `?at=${value}: give the time without an offset; it is read in the event's zone (${zone})` };
  const parts = parseLocal(text);
  if (typeof parts === 'string') return { error: `?at=${value}: ${parts}` };
  return { instant: localToInstant(text, zone) };
}

/** Whole minutes from a duration in ms, rounded up: a countdown never says 0 min before the start. */
export function minutesUp(ms: number): number {
  return Math.ceil(ms / MINUTE);
}
