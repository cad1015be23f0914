/**
 * Which arenas have a demonstration on at an instant, and since when: what ArenaLife animates (about
 * once a second). Pure: the programme's sessions and an instant in, zone ids and start instants out.
 */
import { nowAndNext, type TimedSession } from '../../edition/eventClock.ts';

export interface LiveArena {
  zoneId: string;
  /** The demonstration's start (epoch ms): the figures' time counts from it. */
  since: number;
}

/** The arenas among `zoneIds` with a demonstration on at `instant`, in the order of `zoneIds`. */
export function liveArenas(sessions: readonly TimedSession[] | null, zoneIds: readonly string[], instant: number): LiveArena[] {
  if (!sessions?.length) return [];
  const live: LiveArena[] = [];
  for (const zoneId of zoneIds) {
    const now = nowAndNext(sessions, zoneId, instant).now;
    if (now?.kind === 'demonstration') live.push({ zoneId, since: now.startAt });
  }
  return live;
}

/** Whether two answers of liveArenas name the same arenas with the same starts. */
export function sameLive(a: readonly LiveArena[], b: readonly LiveArena[]): boolean {
  return a.length === b.length && a.every((x, i) => x.zoneId === b[i]!.zoneId && x.since === b[i]!.since);
}
