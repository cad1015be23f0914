/**
 * Stand hotspots in the world, and what the canvas and the interface share about them every frame
 * (outside React): the camera to project with, which marker is hovered or keyboard-focused, and
 * whether a press on the canvas was taken by a marker (so the ground click does not also walk).
 */
import { Vector3, type Camera } from 'three';
import type { EditionData, Hotspot, Stand } from '../edition/schema.ts';
import { DEG } from '../edition/geometry.ts';

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
  const a = stand.rotation * DEG;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const [lx, ly, lz] = local;
  return target.set(stand.position[0] + c * lx + s * lz, ly, stand.position[1] - s * lx + c * lz);
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

/** Written by the canvas every frame, read by the interface. */
export const hotspotView = {
  /** The camera of the last frame. */
  camera: null as Camera | null,
  /** Canvas size in CSS pixels. */
  width: 0,
  height: 0,
};

/** Marker emphasis: instance ids, −1 for none. */
export const hotspotEmphasis = {
  hovered: -1,
  focused: -1,
};

/**
 * Set when a press on the canvas lands on a hotspot marker; the ground click handler
 * (PointerControls) clears it on pointerdown and, when it is set at pointerup, does not walk.
 */
export const markerClaimedPointer = { value: false };
