/** Screen position of a world point in the 3D view's last frame (CSS pixels), or null when behind the eye. */
import { Vector3 } from 'three';
import { hotspotView } from '../../state/frame.ts';

const at = new Vector3();

export function toScreen(x: number, y: number, z: number, out: { x: number; y: number }): boolean {
  const camera = hotspotView.camera;
  if (!camera) return false;
  at.set(x, y, z).project(camera);
  if (at.z > 1 || at.z < -1) return false;
  out.x = ((at.x + 1) / 2) * hotspotView.width;
  out.y = ((1 - at.y) / 2) * hotspotView.height;
  return true;
}
