// Which hotspot badge a pointer ray meets: the badges as drawn (eye-facing discs grown with distance), and whether the site hides them.
import { Vector3, type InstancedMesh, type Intersection, type Object3D, type Raycaster } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import { type PlacedHotspot } from '../../state/hotspots.ts';
import { blockedBefore } from '../picking/picking.ts';
import { SITE_ROOT } from '../sceneNames.ts';
import { EMPHASIS_SCALE, GROW_FROM, MAX_GROW, SIZE } from './markerMaterial.ts';
import { hotspotEmphasis } from '../../state/frame.ts';

/** Something solid this much nearer than a badge hides it, metres. */
const OCCLUSION_MARGIN = 0.5;
/** Picking radius over drawn radius: the pulse and the ring's edge should not make a badge hard to hit. */
const SLACK = 1.1;

const closest = new Vector3();

/**
 * An `InstancedMesh.raycast` for the badges. Three's own would test the unit quads where the
 * instance matrices put them, not where the vertex shader draws them, so this one mirrors the shader.
 * `visible` is the badge visibility the frame loop keeps (1 shown); the focused badge is shown anyway.
 */
export function markerRaycast(placed: readonly PlacedHotspot[], visible: Uint8Array) {
  return function (this: InstancedMesh, raycaster: Raycaster, intersects: Intersection[]): void {
    const ray = raycaster.ray;
    for (let i = 0; i < placed.length; i++) {
      const focused = i === hotspotEmphasis.focused;
      if (!visible[i] && !focused) continue;
      const p = placed[i]!.position;
      const distance = ray.origin.distanceTo(p);
      const along = ray.closestPointToPoint(p, closest).distanceTo(ray.origin);
      if (along < raycaster.near || along > raycaster.far) continue;
      const emphasis = i === hotspotEmphasis.hovered || focused;
      const grow = Math.min(MAX_GROW, Math.max(1, distance / GROW_FROM));
      const radius = SIZE * grow * (emphasis ? EMPHASIS_SCALE : 1) * SLACK;
      if (closest.distanceTo(p) > radius) continue;
      // A copy per hit: fiber keeps the intersections past this call.
      intersects.push({ distance, point: closest.clone(), object: this, instanceId: i });
    }
  };
}

/**
 * Whether the press on a badge went through something solid first. Fiber hands the event to the
 * badge even when a wall is nearer (the wall has no handler to stop it), and a badge behind a wall
 * must not take the click; the margin keeps the wall or prop a badge sits on from hiding it.
 */
export function pressOccluded(scene: Object3D, e: ThreeEvent<PointerEvent>): boolean {
  const root = scene.getObjectByName(SITE_ROOT);
  if (!root) return false;
  return blockedBefore(root, e.ray, e.distance - OCCLUSION_MARGIN);
}
