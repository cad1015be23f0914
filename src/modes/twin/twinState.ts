/**
 * Whether the 2D twin (the text version of the visit) is showing, and why: chosen by the visitor
 * (the "2D / text version" button, or `?mode=2d` in the URL), or imposed because the 3D view cannot
 * run (no WebGL, or it threw). A small store of its own, beside the visit's.
 */
import { create } from 'zustand';
import { hasWebGL } from '../../platform/webgl.ts';
import { launch } from '../../launch/launch.ts';

/** Why the 3D view is not available. */
export type TwinReason = 'no-webgl' | 'crashed';

interface TwinState {
  open: boolean;
  /** Set when the 3D view is unavailable: the twin stays, without a way back. */
  reason: TwinReason | null;
  /** The stand the 3D visitor was at when the twin opened: highlighted and scrolled into view. */
  current: string | null;
  /** Opened by the visitor from the 3D view (focus moves in, and back out on return). */
  fromVisit: boolean;
  /** The twin has shown its content (or said why it cannot): the 3D view may start behind it. */
  painted: boolean;
  /** Opens the twin from the 3D view. */
  show(current: string | null): void;
  /** Back to the 3D view (ignored when it is unavailable). */
  hide(): void;
  /** The 3D view failed: the twin takes over for good. */
  fail(reason: TwinReason): void;
  setCurrent(id: string | null): void;
  setPainted(): void;
}

/**
 * `webgl`: what the probe said, or `null` when it has not run yet (asked for in the URL: the probe
 * waits for the 3D view, which waits until the twin has painted; see CanvasGate).
 */
export function createTwinStore(init: { webgl: boolean | null; asked: boolean }) {
  const noWebGL = init.webgl === false;
  return create<TwinState>()((set, get) => ({
    open: init.asked || noWebGL,
    reason: noWebGL ? 'no-webgl' : null,
    current: null,
    fromVisit: false,
    painted: false,
    show: (current) => set({ open: true, current, fromVisit: true }),
    hide: () => {
      if (get().reason === null) set({ open: false });
    },
    fail: (reason) => set({ open: true, reason, fromVisit: false }),
    setCurrent: (current) => set({ current }),
    setPainted: () => set({ painted: true }),
  }));
}

export const useTwin = createTwinStore({
  // The probe creates a WebGL context, a synchronous call into the GPU process that can take seconds
  // on a busy device: in twin mode it must not hold up the twin's first paint.
  webgl: launch.mode === 'twin' ? null : hasWebGL(),
  asked: launch.mode === 'twin',
});
