/**
 * Whether the 2D twin (the text version of the visit) is showing, and why: chosen by the visitor
 * (the "2D / text version" button, or `?mode=2d` in the URL), or imposed because the 3D view cannot
 * run (no WebGL, or it threw). A small store of its own, beside the visit's.
 */
import { create } from 'zustand';
import { hasWebGL } from './webgl.ts';

/** Why the 3D view is not available. */
export type TwinReason = 'no-webgl' | 'crashed';

interface TwinState {
  /** WebGL was there when the page started (the Canvas mounts only then). */
  webgl: boolean;
  open: boolean;
  /** Set when the 3D view is unavailable: the twin stays, without a way back. */
  reason: TwinReason | null;
  /** The stand the 3D visitor was at when the twin opened: highlighted and scrolled into view. */
  current: string | null;
  /** Opened by the visitor from the 3D view (focus moves in, and back out on return). */
  fromVisit: boolean;
  /** Opens the twin from the 3D view. */
  show(current: string | null): void;
  /** Back to the 3D view (ignored when it is unavailable). */
  hide(): void;
  /** The 3D view failed: the twin takes over for good. */
  fail(reason: TwinReason): void;
  setCurrent(id: string | null): void;
}

export function createTwinStore(init: { webgl: boolean; asked: boolean }) {
  return create<TwinState>()((set, get) => ({
    webgl: init.webgl,
    open: init.asked || !init.webgl,
    reason: init.webgl ? null : 'no-webgl',
    current: null,
    fromVisit: false,
    show: (current) => set({ open: true, current, fromVisit: true }),
    hide: () => {
      if (get().reason === null) set({ open: false });
    },
    fail: (reason) => set({ open: true, reason, fromVisit: false }),
    setCurrent: (current) => set({ current }),
  }));
}

export const useTwin = createTwinStore({
  webgl: hasWebGL(),
  asked: new URLSearchParams(location.search).get('mode') === '2d',
});
