/**
 * What a programme board says at an instant, in the visitor's language: the place's short name,
 * the session on now (its hours and title) and the next one (its hours, its day when it is not
 * today, its title and "starts in 12 min"), the clock the times are on (the event's zone, never the
 * visitor's), and whether the times are indicative. Before the programme has come, or when there is
 * none, the board still names its place and says so. Pure: no canvas (paintProgrammeBoard.ts draws it).
 */
import type { TimedSession } from '../../edition/eventClock.ts';
import { instantToLocal, nowAndNext } from '../../edition/eventClock.ts';
import { countdown, formatClock, formatSessionDay, zoneLabel } from '../../edition/eventClockFormat.ts';
import type { Text, Zone } from '../../edition/schema.ts';
import { shortPlaceName } from '../../edition/targets.ts';
import { DIRECTION, type Lang } from '../../i18n/lang.ts';
import { BOARD_STRINGS } from './strings.ts';
import type { BoardText } from '../../state/boardTexts.ts';

/** A session as the board shows it. */
export interface BoardSession {
  /** `15:00–15:45`, or `samedi 18 mai, 11:00–11:30` for a later day. */
  time: string;
  title: string;
}

export interface ProgrammeBoardContent {
  lang: Lang;
  rtl: boolean;
  /** The place's short name, the board's header. */
  place: string;
  /** Instead of the sessions, while the programme loads or when there is none. */
  message: string | null;
  now: BoardSession | null;
  next: (BoardSession & { countdown: string }) | null;
  /** The headings and what is said in their place when there is nothing. */
  labels: { now: string; next: string; nothingNow: string; nothingNext: string };
  /** `Heure locale (Agadir, UTC+1)`: the clock the times are on. */
  clock: string;
  /** `Horaires indicatifs`, or null when the times are the organiser's. */
  indicative: string | null;
}

export interface BoardInput {
  zone: Zone;
  /** The programme's sessions; null while it loads. */
  sessions: readonly TimedSession[] | null;
  /** The programme could not be loaded. */
  failed: boolean;
  /** The programme's times are the editors' estimate. */
  indicative: boolean;
  /** The visit's clock (epoch ms). */
  instant: number;
  lang: Lang;
  /** The edition's IANA zone and city. */
  timeZone: string;
  city: Text;
}

const day = (instant: number, zone: string) => instantToLocal(instant, zone).slice(0, 10);

/** What the board of `zone` says at `instant`. */
export function boardContent(input: BoardInput): ProgrammeBoardContent {
  const { zone, sessions, instant, lang, timeZone } = input;
  const s = BOARD_STRINGS[lang];
  const hours = (t: TimedSession) => s.range(formatClock(t.startAt, timeZone, lang), formatClock(t.endAt, timeZone, lang));
  const base = {
    lang,
    rtl: DIRECTION[lang] === 'rtl',
    place: shortPlaceName(zone.name[lang]),
    labels: { now: s.now, next: s.next, nothingNow: s.nothingNow, nothingNext: s.nothingNext },
    clock: s.localTime(input.city[lang], zoneLabel(instant, timeZone, lang)),
  };
  if (!sessions || sessions.length === 0)
    return {
      ...base,
      message: sessions || input.failed ? s.unavailable : s.loading,
      now: null,
      next: null,
      indicative: null,
    };
  const { now, next, startsInMs } = nowAndNext(sessions, zone.id, instant);
  let nextTime = '';
  if (next) {
    nextTime = hours(next);
    if (day(next.startAt, timeZone) !== day(instant, timeZone))
      nextTime = `${formatSessionDay(next, timeZone, lang)}${lang === 'ar' ? '، ' : ', '}${nextTime}`;
  }
  return {
    ...base,
    message: null,
    now: now ? { time: hours(now), title: now.title[lang] } : null,
    next: next ? { time: nextTime, title: next.title[lang], countdown: countdown(startsInMs ?? 0, lang, 'starts') } : null,
    indicative: input.indicative ? s.indicative : null,
  };
}

/** The board's words as one line each, for window.__visit (src/state/boardTexts.ts). */
export function boardText(b: ProgrammeBoardContent): BoardText {
  return {
    now: b.now ? `${b.now.time} · ${b.now.title}` : null,
    next: b.next ? `${b.next.time} · ${b.next.title} · ${b.next.countdown}` : null,
    lang: b.lang,
  };
}
