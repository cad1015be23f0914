/**
 * Whether the crowd is drawn on the site: the visitor's setting (the help dialog's checkbox), read by
 * the canvas (src/canvas/crowd/Crowd.tsx). `?crowd=0` at launch starts with it hidden (a screenshot, a
 * kiosk operator's choice); a kiosk's reset puts it back to that launch value.
 */
import { create } from 'zustand';

/**
 * The crowd as the launch asks for it. Read from the URL here, once, rather than through
 * src/launch/launch.ts (which another change owns): the one exception to "only launch.ts reads
 * location.search"; a `crowd` field of `Launch` would replace it.
 */
export const CROWD_AT_LAUNCH: boolean =
  typeof location === 'undefined' || new URLSearchParams(location.search).get('crowd') !== '0';

export interface CrowdState {
  /** The crowd is drawn. */
  shown: boolean;
  setShown(shown: boolean): void;
}

export const useCrowd = create<CrowdState>()((set) => ({
  shown: CROWD_AT_LAUNCH,
  setShown: (shown) => set({ shown }),
}));
