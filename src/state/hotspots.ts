/**
 * Stand hotspots in the world, and what the canvas and the interface share about them every frame
 * (outside React): the camera to project with, which marker is hovered or keyboard-focused, and
 * whether a press on the canvas was taken by a marker (so the ground click does not also walk).
 */
import { Vector3 } from 'three';
import type { EditionData, Hotspot, Stand } from '../edition/schema.ts';
import { toPlan } from '../edition/geometry.ts';

export interface PlacedHotspot {
  /** Index in the edition's flat list: the marker's instance id. */
  index: number;
  stand: Stand;
  hotspot: Hotspot;
  /** World position (metres). */
  position: Vector3;
}

/** A stand-local point (metres, y up, front +z) in world coordinates: the stand's rotation.y, then its position. */
export function standToWorld(stand: Stand, local: readonly [number, number, number], target: Vector3): Vector3 {
  const [x, z] = toPlan(stand, local[0], local[2]);
  return target.set(x, local[1], z);
}

const placedCache = new WeakMap<EditionData, PlacedHotspot[]>();

/** Every hotspot of every stand, in stand order then hotspot order, placed in the world. */
export function placedHotspots(data: EditionData): PlacedHotspot[] {
  let list = placedCache.get(data);
  if (!list) {
    list = [];
    for (const stand of data.stands)
      for (const hotspot of stand.hotspots)
        list.push({ index: list.length, stand, hotspot, position: standToWorld(stand, hotspot.position, new Vector3()) });
    placedCache.set(data, list);
  }
  return list;
}
