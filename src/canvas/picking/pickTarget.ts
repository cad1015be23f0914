/**
 * What a click, a tap or a hover means on the canvas: a stand (any part of it: booth, sign, counter,
 * posters, or its floor), a place (from the air: a pavilion's roof, an arena), or a point of walkable
 * ground. A stand is the target of a click, never a spot to walk into.
 *
 * The ray meets the models (roofs looked through; signs count, they belong to their stand), and the
 * plan point it lands on is matched with the edition's footprints: the models carry no stand ids on
 * merged geometry, but every part of a stand stands on its footprint.
 */
import { Raycaster, Vector2, type Camera, type Intersection, type Object3D } from 'three';
import type { EditionData } from '../../edition/schema.ts';
import { rectContains } from '../../edition/geometry.ts';
import { targetById, type Target } from '../../edition/targets.ts';
import { ROOFS } from '../sceneNames.ts';

/** A hit this close outside a footprint still belongs to it (a sign's edge, a wall's thickness), metres. */
const TOLERANCE = 0.3;

export interface Pick {
  /** The stand or place under the pointer, or null. */
  target: Target | null;
  /** Where the ray meets the ground or the first surface, on the plan; null past the horizon. */
  point: [number, number] | null;
  /** The first surface is walkable ground (not a wall, a booth or a prop). */
  floor: boolean;
}

const caster = new Raycaster();
const ndc = new Vector2();
const none: Pick = { target: null, point: null, floor: false };

function underRoof(o: Object3D | null): boolean {
  for (let p = o; p; p = p.parent) if (p.name === ROOFS) return true;
  return false;
}

/**
 * What lies under a screen point (CSS pixels in a w × h canvas). On foot only stands count (the
 * visitor is in the places); from the air a place's footprint counts too, a stand inside it first.
 */
export function pickTarget(
  root: Object3D,
  camera: Camera,
  x: number,
  y: number,
  w: number,
  h: number,
  data: EditionData | null,
  aerial: boolean,
): Pick {
  if (!data) return none;
  ndc.set((x / w) * 2 - 1, -(y / h) * 2 + 1);
  caster.setFromCamera(ndc, camera);
  const hits: Intersection[] = caster.intersectObject(root, true);
  const hit = hits.find((i) => !underRoof(i.object));
  const { origin, direction } = caster.ray;
  let point: [number, number] | null = null;
  let floor = false;
  if (hit) {
    point = [hit.point.x, hit.point.z];
    floor = (hit.face?.normal.y ?? 0) > 0.7 && hit.point.y < 0.3;
  } else if (direction.y < -1e-4) {
    const t = -origin.y / direction.y;
    point = [origin.x + direction.x * t, origin.z + direction.z * t];
    floor = true;
  }
  if (!point) return none;
  const stand = data.stands.find((s) => rectContains(s, point, TOLERANCE));
  if (stand) return { target: targetById(data, stand.id) ?? null, point, floor: false };
  if (aerial) {
    const zone = data.site.zones.find((z) => z.kind !== 'entrance' && rectContains(z, point, 0));
    const place = zone ? targetById(data, zone.id) : undefined;
    if (place) return { target: place, point, floor: false };
  }
  return { target: null, point, floor };
}
