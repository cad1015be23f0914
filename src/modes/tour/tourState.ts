/**
 * The guided tour being played: which tour, which stop, whether it is travelling there or dwelling,
 * paused, looping (the kiosk's attract loop) or finished, and the dwell timer that moves it on. The
 * tours themselves (tours.json) load on demand, once. Travelling is the runner's job
 * (./tourRunner.ts): it watches `leg` and reports `arrived(leg)`; nothing here runs per frame.
 */
import { create } from 'zustand';
import type { Tour, TourStop } from '../../edition/schema.ts';
import { loadTours } from '../../launch/editions.ts';
import { useVisit } from '../../state/visit.ts';
import { createDwellTimer } from './dwellTimer.ts';

export type TourPhase = 'travelling' | 'dwelling';

export interface TourState {
  /** The edition's tours once loaded (`load()`), null before. */
  tours: Tour[] | null;
  /** The tour playing, or null. */
  id: string | null;
  /** The current stop, 0-based. */
  index: number;
  paused: boolean;
  /** After the last stop, go back to the first instead of finishing (the kiosk's attract loop). */
  loop: boolean;
  phase: TourPhase;
  /** The last stop's dwell ran out (or Next was pressed there): the card offers restart and close. */
  finished: boolean;
  /** Bumped each time the current stop must be travelled to: a new stop, a restart, a return after walking off. */
  leg: number;
  /** Loads the edition's tours (once; later calls get the same promise). */
  load(): Promise<Tour[]>;
  /** Starts a tour at a stop (0-based, clamped); loads the tours first if needed. An unknown id warns and does nothing. */
  start(id: string, stop?: number, options?: { loop?: boolean }): void;
  pause(): void;
  resume(): void;
  next(): void;
  previous(): void;
  stop(): void;
  /** The runner arrived for this leg: the dwell starts (or waits for resume). */
  arrived(leg: number): void;
  /** Travel to the current stop again (the visitor walked off while it was paused). */
  retravel(): void;
}

const dwell = createDwellTimer();
let loading: Promise<Tour[]> | null = null;

/** The tour playing and its current stop, or null. */
export function currentStop(
  s: Pick<TourState, 'tours' | 'id' | 'index'> = useTour.getState(),
): { tour: Tour; stop: TourStop } | null {
  const tour = s.id ? s.tours?.find((t) => t.id === s.id) : undefined;
  const stop = tour?.stops[s.index];
  return tour && stop ? { tour, stop } : null;
}

export const useTour = create<TourState>()((set, get) => {
  /**
   * Moves to a stop: travels there, the dwell waiting for arrival. A paused tour stays paused (the
   * visitor leafs through the stops at their own pace; the dwell starts when they resume).
   */
  const goTo = (index: number) => {
    dwell.clear();
    set((s) => ({ index, phase: 'travelling', finished: false, leg: s.leg + 1 }));
  };
  return {
    tours: null,
    id: null,
    index: 0,
    paused: false,
    loop: false,
    phase: 'travelling',
    finished: false,
    leg: 0,
    load() {
      loading ??= loadTours(useVisit.getState().editionId).then(
        (tours) => {
          set({ tours });
          return tours;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    start(id, stop = 0, options = {}) {
      const tours = get().tours;
      if (!tours) {
        get()
          .load()
          .then(() => get().start(id, stop, options))
          .catch((e: unknown) => console.warn('guided tour: the tours could not be loaded', e));
        return;
      }
      const tour = tours.find((t) => t.id === id);
      if (!tour) {
        console.warn(`guided tour: no tour "${id}" in this edition`);
        return;
      }
      const index = Math.min(Math.max(0, Math.trunc(stop)), tour.stops.length - 1);
      dwell.clear();
      set((s) => ({ id, index, loop: !!options.loop, paused: false, finished: false, phase: 'travelling', leg: s.leg + 1 }));
    },
    pause() {
      const s = get();
      if (!s.id || s.finished || s.paused) return;
      dwell.pause();
      set({ paused: true });
    },
    resume() {
      const s = get();
      if (!s.id || s.finished || !s.paused) return;
      set({ paused: false });
      if (s.phase === 'dwelling') dwell.resume();
    },
    next() {
      const s = get();
      const at = currentStop(s);
      if (!at || s.finished) return;
      if (s.index < at.tour.stops.length - 1) goTo(s.index + 1);
      else if (s.loop) goTo(0);
      else {
        dwell.clear();
        set({ finished: true, paused: false });
      }
    },
    previous() {
      const s = get();
      const at = currentStop(s);
      if (!at) return;
      if (s.finished) goTo(s.index);
      else if (s.index > 0) goTo(s.index - 1);
      else if (s.loop) goTo(at.tour.stops.length - 1);
    },
    stop() {
      dwell.clear();
      set({ id: null, index: 0, paused: false, loop: false, phase: 'travelling', finished: false });
    },
    arrived(leg) {
      const s = get();
      const at = currentStop(s);
      if (!at || leg !== s.leg || s.phase !== 'travelling' || s.finished) return;
      set({ phase: 'dwelling' });
      dwell.start(at.stop.dwell * 1000, () => get().next(), !s.paused);
    },
    retravel() {
      if (!get().id) return;
      dwell.clear();
      set((s) => ({ phase: 'travelling', finished: false, leg: s.leg + 1 }));
    },
  };
});

/** Stops whatever tour is playing (the kiosk's reset calls it). */
export function resetTour(): void {
  useTour.getState().stop();
}

/** Milliseconds left of the current stop's dwell (0 while travelling), for tests and the automation interface. */
export function dwellLeft(): number {
  return dwell.left();
}

/**
 * What the automation interface reports as `state().tour`: the stop counted from 1 as the card
 * says it, the number of stops, and where the tour stands. Null when no tour plays.
 */
export function tourSummary(): {
  id: string;
  stop: number;
  of: number;
  paused: boolean;
  phase: TourPhase;
  finished: boolean;
  loop: boolean;
} | null {
  const s = useTour.getState();
  const at = currentStop(s);
  if (!at) return null;
  return {
    id: at.tour.id,
    stop: s.index + 1,
    of: at.tour.stops.length,
    paused: s.paused,
    phase: s.phase,
    finished: s.finished,
    loop: s.loop,
  };
}
