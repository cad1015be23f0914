/**
 * The visit's clock: live (the real time) or a replay of a moment of the edition, which then runs on
 * at the real pace from that moment, so "starts in 12 min" counts down as it would have on the day.
 * An edition that is over (or not begun) is visited at a replayed moment: `?at=` or the visitor's
 * choice. The boards, "now and next" and the arenas read `clockNow()` (no re-render per second: they
 * ask when they paint); what changes the clock bumps `version`, for whoever must repaint at once.
 * The maths of event time is src/edition/eventClock.ts (Intl, the edition's zone, never an offset).
 */
import { create } from 'zustand';
import { parseAt } from '../edition/eventClock.ts';

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
