/**
 * Hotspots in the world: every hotspot of every target (the stands, and the places that have their
 * own, see src/edition/targets.ts) placed in world coordinates, in one flat list whose index is the
 * marker's instance id.
 */
import { Vector3 } from 'three';
import type { EditionData, Hotspot } from '../edition/schema.ts';
import { toPlan, type Rect } from '../edition/geometry.ts';
import { targetsOf, type Target } from '../edition/targets.ts';

export interface PlacedHotspot {
  /** Index in the edition's flat list: the marker's instance id. */
  index: number;
  /** The stand or place it belongs to. */
  target: Target;
  hotspot: Hotspot;
  /** World position (metres). */
  position: Vector3;
}

/** A footprint-local point (metres, y up, front +z) in world coordinates: its rotation.y, then its position. */
export function standToWorld(rect: Rect, local: readonly [number, number, number], target: Vector3): Vector3 {
  const [x, z] = toPlan(rect, local[0], local[2]);
  return target.set(x, local[1], z);
}

const placedCache = new WeakMap<EditionData, PlacedHotspot[]>();

/** Every hotspot of every target, in target order (stands, then places) then hotspot order, placed in the world. */
export function placedHotspots(data: EditionData): PlacedHotspot[] {
  let list = placedCache.get(data);
  if (!list) {
    list = [];
    for (const target of targetsOf(data))
      for (const hotspot of target.hotspots)
        list.push({ index: list.length, target, hotspot, position: standToWorld(target, hotspot.position, new Vector3()) });
    placedCache.set(data, list);
  }
  return list;
}
