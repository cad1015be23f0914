// What a pointer ray on the canvas meets: shared by the ground click (PointerControls) and the hotspot markers.
import { ROOFS, STAND_SIGNS } from '../sceneNames.ts';
import { Raycaster, Vector2, type Camera, type Intersection, type Material, type Mesh, type Object3D, type Ray } from 'three';

/**
 * A press that moves more than this, in pixels, is a drag, not a click. One value for the ground and
 * the markers, so a gesture is never a click for one and a drag for the other.
 */
export const CLICK_SLOP = 6;

/**
 * Whether a click was a press that stayed put (not the end of a drag to look around). Fiber gives
 * the pointer's travel in pixels; a headset's ray (@pmndrs/pointer-events, through @react-three/xr)
 * has no such distance and throws when asked: its clicks are told from drags by their duration
 * (src/modes/xr/session.ts), so there a click is always a press.
 */
export function isPress(e: { delta: number }): boolean {
  try {
    return e.delta <= CLICK_SLOP;
  } catch {
    return true;
  }
}

/**
 * Names of what a click goes past, to what lies beyond: the roofs (faded away in the aerial view,
 * never a place to walk to) and the stand signs (labels, not places).
 */
export const PASS_THROUGH: readonly string[] = [ROOFS, STAND_SIGNS];

/** For `raycast={noRaycast}`: drawn, never picked; one function for all, not one per render. */
export function noRaycast(): null {
  return null;
}

/** Whether an object is, or is inside, one of the pass-through surfaces. */
export function passesThrough(o: Object3D | null): boolean {
  for (let p = o; p; p = p.parent) if (PASS_THROUGH.includes(p.name)) return true;
  return false;
}

/** Whether a hit hides what is behind it: not glass (showcases, e-gates), not a pass-through surface. */
export function opaqueHit(hit: Intersection): boolean {
  const material = (hit.object as Mesh).material as Material | Material[] | undefined;
  if (material && !Array.isArray(material) && (material.transparent || material.name === 'glass')) return false;
  return !passesThrough(hit.object);
}

// Two casters: the occlusion test narrows near/far, the ground pick needs them at their defaults.
const ground = new Raycaster();
const occlusion = new Raycaster();
const ndc = new Vector2();

/** Whether something opaque under `root` lies on the ray closer than `far` (a press there is not for what lies beyond). */
export function blockedBefore(root: Object3D, ray: Ray, far: number): boolean {
  occlusion.set(ray.origin, ray.direction);
  occlusion.near = 0;
  occlusion.far = Math.max(0, far);
  return occlusion.intersectObject(root, true).some(opaqueHit);
}

/** Where a screen point meets the site (first solid surface, pass-through surfaces looked through), on the plan. */
export function pickGround(root: Object3D, camera: Camera, x: number, y: number, w: number, h: number): [number, number] | null {
  ndc.set((x / w) * 2 - 1, -(y / h) * 2 + 1);
  ground.setFromCamera(ndc, camera);
  const hits: Intersection[] = ground.intersectObject(root, true);
  const hit = hits.find((i) => !passesThrough(i.object));
  const { origin, direction } = ground.ray;
  if (!hit) {
    // Past every model: the ground plane itself.
    const t = direction.y < -1e-4 ? -origin.y / direction.y : -1;
    if (t < 0) return null;
    return [origin.x + direction.x * t, origin.z + direction.z * t];
  }
  // A wall or a booth side: aim for the floor just in front of it, on the visitor's side.
  const n = hit.face?.normal;
  if (n && Math.abs(n.y) < 0.5) {
    const len = Math.hypot(direction.x, direction.z) || 1;
    return [hit.point.x - (direction.x / len) * 0.6, hit.point.z - (direction.z / len) * 0.6];
  }
  return [hit.point.x, hit.point.z];
}
