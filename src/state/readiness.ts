/**
 * What the scene graph holds right now, and the "ready" signal: the first frame drawn with every
 * model of the edition (and the stand signs) in the scene.
 */
export const sceneContents = {
  /** Ids of the stands whose models are in the scene graph. */
  standIds: [] as string[],
  modelsInScene: false,
  signsInScene: false,
};

let resolveReady: () => void = () => {};
export const ready: Promise<void> = new Promise((resolve) => (resolveReady = resolve));
let isReady = false;

/** Called after a frame is rendered; resolves `ready` the first time everything was in it. */
export function frameRendered(): void {
  if (!isReady && sceneContents.modelsInScene && sceneContents.signsInScene) {
    isReady = true;
    resolveReady();
  }
}
