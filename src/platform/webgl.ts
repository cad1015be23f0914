/**
 * Whether this browser and device can draw the 3D view: a WebGL2 or WebGL context can be created.
 * Asked once, before the Canvas mounts; the probe's context is released straight away.
 */
let known: boolean | undefined;

export function hasWebGL(): boolean {
  if (known !== undefined) return known;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
    known = !!gl;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    known = false;
  }
  return known;
}
