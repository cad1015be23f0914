/**
 * Who is on the site at an instant of the visit's clock: nobody outside the opening hours of the
 * edition's days, fewer in the morning than in the afternoon, the bleachers of an arena full while a
 * demonstration is on there (a few waiting otherwise), the children's pavilion and the blood-donation
 * tent fuller while a session is on. Pure: the moment is worked out about once a second, and the
 * people drawn change only when it does (on the hour, when a session starts or ends).
 */
import { nowAndNext, wallClock, type TimedSession } from '../../edition/eventClock.ts';
import type { Edition, ZoneKind } from '../../edition/schema.ts';
import { liveArenas } from '../arenas/liveArenas.ts';
import { GROUP_BUDGET, type CrowdGroup, type CrowdSite } from './crowdPlan.ts';

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
  /** Whether the programme is known: without it, no zone is told busy from idle. */
  programme: boolean;
  /** The instant of the local day's midnight: the walkers' clock counts from it. */
  dayStart: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

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
  const closed: CrowdMoment = { open: false, density: 0, live: [], busy: [], programme: !!sessions, dayStart };
  if (!open) return closed;
  const zones = Object.keys(site.zoneKinds).filter((id) => site.zoneKinds[id] !== 'demonstration');
  return {
    open,
    density: HOURLY[t.hour] ?? 0,
    live: liveArenas(sessions, site.arenas, instant).map((a) => a.zoneId),
    busy: sessions ? zones.filter((id) => nowAndNext(sessions, id, instant).now) : [],
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
    sameList(a.busy, b.busy)
  );
}

/** The people there at a moment: indices into `site.people`, in order, and how many per group. */
export function selectCrowd(site: CrowdSite, m: CrowdMoment): { indices: number[]; counts: Record<CrowdGroup, number> } {
  const counts: Record<CrowdGroup, number> = { walkers: 0, stands: 0, zones: 0, bleachers: 0 };
  const indices: number[] = [];
  if (!m.open || m.density <= 0) return { indices, counts };
  const idle = site.arenas.length - m.live.filter((id) => site.arenas.includes(id)).length;
  const liveCount = site.arenas.length - idle;
  const share = liveCount ? Math.floor((GROUP_BUDGET.bleachers - FEW_SPECTATORS * idle) / liveCount) : 0;
  site.people.forEach((p, i) => {
    let there: boolean;
    if (p.group === 'bleachers') there = p.seat < (m.live.includes(p.place) ? share : FEW_SPECTATORS);
    else if (p.group === 'zones') {
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
