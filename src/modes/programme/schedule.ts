/**
 * The programme as the dialog lists it: the event's days the sessions fall on (on the event's wall
 * clock, not the visitor's), the places and kinds that have sessions, and the sessions kept by the
 * visitor's filters. Pure, so the filters are unit-tested without a page.
 */
import type { SessionKind } from '../../edition/programme.ts';
import type { TimedSession } from '../../edition/eventClock.ts';

export interface ProgrammeFilter {
  /** An event-local date (`2024-05-18`), or null for every day. */
  day: string | null;
  place: string | null;
  kind: SessionKind | null;
}

export const NO_FILTER: ProgrammeFilter = { day: null, place: null, kind: null };

/** The event-local date of a session: its start as written in the data (`2024-05-18T10:00`). */
export const sessionDay = (s: TimedSession): string => s.start.slice(0, 10);

/** Distinct values in order of first appearance (sessions come sorted by start). */
function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export function daysOf(sessions: readonly TimedSession[]): string[] {
  return distinct(sessions.map(sessionDay)).sort();
}

export function placesOf(sessions: readonly TimedSession[]): string[] {
  return distinct(sessions.map((s) => s.place));
}

export function kindsOf(sessions: readonly TimedSession[]): SessionKind[] {
  return distinct(sessions.map((s) => s.kind));
}

export function filterSessions(sessions: readonly TimedSession[], f: ProgrammeFilter): TimedSession[] {
  return sessions.filter(
    (s) => (!f.day || sessionDay(s) === f.day) && (!f.place || s.place === f.place) && (!f.kind || s.kind === f.kind),
  );
}

/** Where a session stands at `instant`: on now, still to come, or over. */
export function sessionStatus(s: TimedSession, instant: number): 'now' | 'soon' | 'past' {
  return instant < s.startAt ? 'soon' : instant < s.endAt ? 'now' : 'past';
}

/**
 * The day the dialog opens on: the clock's own day when the programme has sessions that day, else
 * the first day (an edition visited before or after it took place starts at its beginning).
 */
export function initialDay(days: readonly string[], today: string): string | null {
  return days.includes(today) ? today : (days[0] ?? null);
}

/** Every calendar date of the edition, first to last (`2024-05-17` … `2024-05-21`). */
export function editionDays(dates: { start: string; end: string }): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${dates.start}T12:00:00Z`); t <= Date.parse(`${dates.end}T12:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
