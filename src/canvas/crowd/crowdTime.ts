/**
 * Who is on the site at an instant of the visit's clock: nobody outside the opening hours of the
 * edition's days, fewer in the morning than in the afternoon, the bleachers of an arena full while a
 * demonstration is on there (a few waiting otherwise), the seminar hall's chairs mostly taken and its
 * speakers on the stage while a seminar is on there (a few sitting otherwise), the children's pavilion
 * and the blood-donation tent fuller while a session is on. Pure: the moment is worked out about once a second, and the
 * people drawn change only when it does (on the hour, when a session starts or ends).
 */
import { nowAndNext, wallClock, type TimedSession } from '../../edition/eventClock.ts';
import type { Edition, ZoneKind } from '../../edition/schema.ts';
import { liveArenas } from '../arenas/liveArenas.ts';
import { GROUP_BUDGET, type CrowdGroup, type CrowdSite } from './crowdPlan.ts';
import { seeded } from './dress.ts';

/**
 * Opening hours, event-local: the programme's note says the site is assumed open 10:00–19:00 every
 * day of the edition (the source gives no timetable), so the crowd keeps to them too.
 */
export const OPENING = { from: 10, to: 19 } as const;

/** Share of the crowd there, by the hour it is (local): the afternoon fuller than the morning. */
export const HOURLY: Readonly<Record<number, number>> = {
  10: 0.35,
  11: 0.5,
  12: 0.6,
  13: 0.55,
  14: 0.8,
  15: 1,
  16: 1,
  17: 0.85,
  18: 0.6,
};

/** Seats taken on an arena's bleachers while nothing is on there. */
export const FEW_SPECTATORS = 8;
/** Chairs taken in a seminar hall while no seminar is on there. */
export const FEW_SEATED = 4;
/** The share of a hall's chairs a seminar's audience takes, each seminar its own between these. */
export const AUDIENCE = { min: 0.7, max: 0.85 } as const;
/** Speakers on a seminar's stage: the session's own count when it names them, else one or two. */
export const SPEAKERS = { min: 1, max: 2 } as const;
/** A zone's share of the hour's crowd while no session is on there (others: the hour's share). */
const IDLE_ZONE: Partial<Record<ZoneKind, number>> = { children: 0.3, 'blood-donation': 0.3 };
/** The least share of a zone while a session is on there. */
const BUSY_ZONE = 0.8;

export interface CrowdMoment {
  /** Within the opening hours of one of the edition's days. */
  open: boolean;
  /** Share of the crowd there, 0 when closed. */
  density: number;
  /** Arenas (with bleachers) with a demonstration on. */
  live: string[];
  /** Zones with a session on (a children's activity, blood donation, a ceremony). */
  busy: string[];
  /** Seminar halls with a seminar on, in the order of the site's zones. */
  seminars: Seminar[];
  /** Whether the programme is known: without it, no zone is told busy from idle. */
  programme: boolean;
  /** The instant of the local day's midnight: the walkers' clock counts from it. */
  dayStart: number;
}

/** A seminar on in a hall: its zone, the share of the hall's chairs taken, the speakers on its stage. */
export interface Seminar {
  zone: string;
  share: number;
  speakers: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How full a seminar is and who speaks: drawn from the session's id, so the same seminar is the same every time. */
export function seminarOf(zone: string, session: TimedSession): Seminar {
  const rnd = seeded(session.id);
  const share = AUDIENCE.min + rnd() * (AUDIENCE.max - AUDIENCE.min);
  const named = session.speakers?.length ?? (rnd() < 0.5 ? SPEAKERS.min : SPEAKERS.max);
  return { zone, share, speakers: Math.min(SPEAKERS.max, Math.max(SPEAKERS.min, named)) };
}

/** The seminar halls among `zones` with a seminar on at `instant`. */
function seminarsAt(sessions: readonly TimedSession[] | null, zones: readonly string[], instant: number): Seminar[] {
  const out: Seminar[] = [];
  for (const zone of sessions ? zones : []) {
    const now = nowAndNext(sessions!, zone, instant).now;
    if (now?.kind === 'seminar') out.push(seminarOf(zone, now));
  }
  return out;
}

/** The crowd's moment at `instant`. */
export function crowdMoment(
  edition: Pick<Edition, 'dates' | 'timeZone'>,
  sessions: readonly TimedSession[] | null,
  site: Pick<CrowdSite, 'arenas' | 'zoneKinds'>,
  instant: number,
): CrowdMoment {
  const t = wallClock(instant, edition.timeZone);
  const date = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  const hour = t.hour + t.minute / 60;
  const open = date >= edition.dates.start && date <= edition.dates.end && hour >= OPENING.from && hour < OPENING.to;
  const seconds = t.hour * 3600 + t.minute * 60 + t.second;
  const dayStart = Math.floor(instant / 1000) * 1000 - seconds * 1000;
  const closed: CrowdMoment = { open: false, density: 0, live: [], busy: [], seminars: [], programme: !!sessions, dayStart };
  if (!open) return closed;
  const zones = Object.keys(site.zoneKinds).filter((id) => site.zoneKinds[id] !== 'demonstration');
  return {
    open,
    density: HOURLY[t.hour] ?? 0,
    live: liveArenas(sessions, site.arenas, instant).map((a) => a.zoneId),
    busy: sessions ? zones.filter((id) => nowAndNext(sessions, id, instant).now) : [],
    seminars: seminarsAt(
      sessions,
      zones.filter((id) => site.zoneKinds[id] === 'seminar'),
      instant,
    ),
    programme: !!sessions,
    dayStart,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two moments draw the same people (the walkers' clock aside). */
export function sameMoment(a: CrowdMoment, b: CrowdMoment): boolean {
  return (
    a.open === b.open &&
    a.density === b.density &&
    a.programme === b.programme &&
    sameList(a.live, b.live) &&
    sameList(a.busy, b.busy) &&
    a.seminars.length === b.seminars.length &&
    a.seminars.every((s, i) => {
      const t = b.seminars[i]!;
      return s.zone === t.zone && s.share === t.share && s.speakers === t.speakers;
    })
  );
}

/**
 * Chairs taken in each hall with a seminar on: its share of the chairs, as far as the group's budget
 * goes once the other halls' few and every stage's speakers are counted.
 */
function audiences(site: Pick<CrowdSite, 'halls'>, m: CrowdMoment): Record<string, number> {
  const out: Record<string, number> = {};
  const halls = Object.keys(site.halls);
  const on = m.seminars.filter((s) => s.zone in site.halls);
  if (!on.length) return out;
  const left = GROUP_BUDGET.seats - FEW_SEATED * (halls.length - on.length) - on.reduce((n, s) => n + s.speakers, 0);
  const each = Math.floor(left / on.length);
  for (const s of on) out[s.zone] = Math.min(Math.round(s.share * site.halls[s.zone]!), each);
  return out;
}

/** The people there at a moment: indices into `site.people`, in order, and how many per group. */
export function selectCrowd(site: CrowdSite, m: CrowdMoment): { indices: number[]; counts: Record<CrowdGroup, number> } {
  const counts: Record<CrowdGroup, number> = { walkers: 0, stands: 0, zones: 0, bleachers: 0, seats: 0 };
  const indices: number[] = [];
  if (!m.open || m.density <= 0) return { indices, counts };
  const idle = site.arenas.length - m.live.filter((id) => site.arenas.includes(id)).length;
  const liveCount = site.arenas.length - idle;
  const share = liveCount ? Math.floor((GROUP_BUDGET.bleachers - FEW_SPECTATORS * idle) / liveCount) : 0;
  const seated = audiences(site, m);
  site.people.forEach((p, i) => {
    let there: boolean;
    if (p.group === 'bleachers') there = p.seat < (m.live.includes(p.place) ? share : FEW_SPECTATORS);
    else if (p.group === 'seats') {
      const on = m.seminars.find((s) => s.zone === p.place);
      there = p.seatHeight > 0 ? p.seat < (seated[p.place] ?? FEW_SEATED) : !!on && p.seat < on.speakers;
    } else if (p.group === 'zones') {
      const kind = site.zoneKinds[p.place];
      const busy = m.busy.includes(p.place);
      const limit = busy ? Math.max(m.density, BUSY_ZONE) : m.programme ? (IDLE_ZONE[kind!] ?? 1) * m.density : m.density;
      there = p.rank < limit;
    } else there = p.rank < m.density;
    if (!there) return;
    indices.push(i);
    counts[p.group]++;
  });
  return { indices, counts };
}
