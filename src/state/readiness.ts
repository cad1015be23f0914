/**
 * The "ready" signal: the first frame drawn with every model of the edition (and the stand signs)
 * in the scene, as `sceneContents` (./frame.ts) reports them.
 */
import { sceneContents } from './frame.ts';
let resolveReady: () => void = () => {};
export const ready: Promise<void> = new Promise((resolve) => (resolveReady = resolve));
let isReady = false;
let armedAt = -1;

/**
 * Called at the start of every frame with its number. The frame that first sees everything in the
 * scene arms the signal; the next one knows that frame was rendered, and resolves `ready`.
 */
export function frameStarted(frame: number): void {
  if (isReady) return;
  const complete = sceneContents.modelsInScene && sceneContents.signsInScene;
  if (!complete) armedAt = -1;
  else if (armedAt < 0) armedAt = frame;
  else if (frame > armedAt) {
    isReady = true;
    resolveReady();
  }
}
