/**
 * The GPU context's life: lost, restored, how often. The canvas side writes it (src/canvas/ContextLoss.tsx),
 * the page shows the calm message from it (src/dom/context/ContextNotice.tsx). Not a per-frame value:
 * it changes a few times a day at most.
 */
import { create } from 'zustand';

/** How long a lost context may take to come back before the page is reloaded, ms. */
export const RESTORE_WAIT_MS = 5000;
/** No touch for this long before that reload: never pull the page from under a finger. */
export const RELOAD_QUIET_MS = 3000;

export interface GpuState {
  /** True between a `webglcontextlost` and the matching `webglcontextrestored`. */
  lost: boolean;
  /** Losses since the page started. */
  losses: number;
  /** Restores since the page started. */
  restores: number;
  /** performance.now() of the current loss, or null while the context is there. */
  lostSince: number | null;
}

export const useGpu = create<GpuState>(() => ({ lost: false, losses: 0, restores: 0, lostSince: null }));

/** The context is gone: the scene is not drawn until it comes back. */
export function gpuLost(now = performance.now()): void {
  const s = useGpu.getState();
  if (s.lost) return;
  useGpu.setState({ lost: true, losses: s.losses + 1, lostSince: now });
}

/** The context is back: the renderer has rebuilt its programs and buffers. */
export function gpuRestored(): void {
  const s = useGpu.getState();
  if (!s.lost) return;
  useGpu.setState({ lost: false, restores: s.restores + 1, lostSince: null });
}
