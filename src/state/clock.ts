/**
 * The visit's clock: live (the real time) or a replay of a moment of the edition, which then runs on
 * at the real pace from that moment, so "starts in 12 min" counts down as it would have on the day.
 * An edition that is over (or not begun) is visited at a replayed moment: `?at=`, the visitor's
 * choice, or else the edition's own `replayAt` (`startClock`). The boards, "now and next" and the arenas read `clockNow()` (no re-render per second: they
 * ask when they paint); what changes the clock bumps `version`, for whoever must repaint at once.
 * The maths of event time is src/edition/eventClock.ts (Intl, the edition's zone, never an offset).
 */
import { create } from 'zustand';
import { editionPhase, parseAt } from '../edition/eventClock.ts';
import type { Edition } from '../edition/schema.ts';

export interface ClockState {
  /** The replayed instant (epoch ms) when the replay was set, or null for the live clock. */
  replayFrom: number | null;
  /** performance.now() when the replay was set: the replay runs on from there. */
  setAt: number;
  /** Moves on every change of the clock. */
  version: number;
  /** Why the last `?at=` or `setClock` value was refused, or null. */
  error: string | null;
}

export const useClock = create<ClockState>()(() => ({ replayFrom: null, setAt: 0, version: 0, error: null }));

/** The clock's instant now, from its state and a monotonic time (performance.now() in the app). */
export function instantOf(state: Pick<ClockState, 'replayFrom' | 'setAt'>, monotonic: number, wall: number): number {
  return state.replayFrom === null ? wall : state.replayFrom + Math.max(0, monotonic - state.setAt);
}

/** The visit's instant now (epoch ms). */
export function clockNow(): number {
  return instantOf(useClock.getState(), performance.now(), Date.now());
}

/**
 * Replays the edition from `local` (event-local, `2024-05-18T15:00`) in `zone`; null goes back to the
 * live clock. A malformed value is refused with the reason in `error`, and the clock stays as it was.
 * Returns whether it was taken.
 */
export function setClock(local: string | null, zone: string): boolean {
  if (local === null) {
    useClock.setState((s) => ({ replayFrom: null, setAt: 0, version: s.version + 1, error: null }));
    return true;
  }
  const parsed = parseAt(local, zone);
  if ('error' in parsed) {
    useClock.setState({ error: parsed.error });
    return false;
  }
  useClock.setState((s) => ({ replayFrom: parsed.instant, setAt: performance.now(), version: s.version + 1, error: null }));
  return true;
}

/**
 * The clock a visit starts on: the moment its link names (`?at=`); else, for an edition that is not
 * on now, its `replayAt` (an edition that is over opens on a busy hour of it, the visit saying so and
 * offering the real time); else the real time. A kiosk's reset starts the next visitor's the same way.
 */
export function startClock(edition: Pick<Edition, 'timeZone' | 'dates' | 'replayAt'>, at: string | null, now = Date.now()): void {
  if (at && setClock(at, edition.timeZone)) return;
  // A refused `?at=` keeps its reason in `error` while the visit runs on the default clock.
  const error = useClock.getState().error;
  const moment = editionPhase(edition.dates, edition.timeZone, now) === 'during' ? null : (edition.replayAt ?? null);
  setClock(moment, edition.timeZone);
  if (error) useClock.setState({ error });
}
