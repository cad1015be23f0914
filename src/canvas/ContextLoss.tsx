/**
 * Survives a lost WebGL context (a GPU reset, a driver update, the system reclaiming memory on a
 * kiosk that runs all day): records it in src/state/gpu.ts for the page's message, draws again on
 * restore, and reloads the page at the next quiet moment when the context does not come back.
 *
 * three r187 restores by itself (programs recompiled, geometry and textures re-uploaded from their CPU
 * copies: the signs are CanvasTextures, the marker atlas a DataTexture, the models carry no images),
 * provided the loss event was preventDefault()ed; r3f has no prop for any of it.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { gpuLost, gpuRestored, RELOAD_QUIET_MS, RESTORE_WAIT_MS, useGpu } from '../state/gpu.ts';
import { installActivity, whenQuiet } from '../input/activity.ts';

export function ContextLoss() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // Inputs count from now on, not from the first whenQuiet: a visitor tapping the frozen screen
    // during the loss must hold the reload off.
    installActivity();
    const canvas = gl.domElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onLost = (e: Event) => {
      // Without this the browser never offers the context back. three does it too; this does not
      // depend on three's listener being there.
      e.preventDefault();
      gpuLost();
      const since = useGpu.getState().lostSince;
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Reloaded from the service worker's cache when the network is down.
        void whenQuiet(RELOAD_QUIET_MS).then(() => {
          if (useGpu.getState().lostSince === since) location.reload();
        });
      }, RESTORE_WAIT_MS);
    };
    // three's own listener ran first (it was added when the renderer was made): the renderer is whole
    // again; a frame is asked for in case the loop waits on demand.
    const onRestored = () => {
      clearTimeout(timer);
      gpuRestored();
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate]);
  return null;
}
