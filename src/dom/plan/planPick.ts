/**
 * What the full-screen plan's label says about the thing chosen or hovered — a stand, an amenity or
 * a point of the site — where it points, and where "go there" travels: a stand's or a place's own
 * viewpoint (goToStand takes both), else the point itself. Pure.
 */
import { corners, rectContains } from '../../edition/geometry.ts';
import type { Amenity, EditionData, Lang, Stand, Zone } from '../../edition/schema.ts';
import { targetById } from '../../edition/targets.ts';
import { bboxOf } from './planShapes.ts';
import { PLAN_STRINGS } from './strings.ts';

export type PlanPick = { kind: 'stand'; id: string } | { kind: 'amenity'; id: string } | { kind: 'point'; x: number; z: number };

export interface PickInfo {
  /** The plan point the label points at. */
  x: number;
  z: number;
  /** How far above that point the label starts, in metres (half the stand) and in pixels (a symbol). */
  liftMetres: number;
  liftPixels: number;
  title: string;
  detail?: string;
  stand?: Stand;
  amenity?: Amenity;
  /** Where "go there" travels: a stand or a place by id, or a point. */
  travel: { id: string } | { x: number; z: number };
}

/** The place a plan point lies in, if any. */
export function zoneAt(zones: readonly Zone[], x: number, z: number): Zone | undefined {
  return zones.find((zone) => rectContains(zone, [x, z]));
}

export function samePick(a: PlanPick | null, b: PlanPick | null): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'point' || b.kind === 'point') return false;
  return a.id === b.id;
}

export function describePick(data: EditionData, pick: PlanPick, lang: Lang): PickInfo | null {
  const t = PLAN_STRINGS[lang];
  const zoneName = (id: string) => data.site.zones.find((z) => z.id === id)?.name[lang];
  if (pick.kind === 'stand') {
    const stand = data.stands.find((s) => s.id === pick.id);
    if (!stand) return null;
    const b = bboxOf(corners(stand));
    return {
      x: stand.position[0],
      z: stand.position[1],
      liftMetres: b.height / 2,
      liftPixels: 0,
      title: stand.name[lang],
      detail: zoneName(stand.zone),
      stand,
      travel: { id: stand.id },
    };
  }
  if (pick.kind === 'amenity') {
    const amenity = data.site.amenities?.find((a) => a.id === pick.id);
    if (!amenity) return null;
    const [x, z] = amenity.position;
    return {
      x,
      z,
      liftMetres: 0,
      liftPixels: 12,
      title: t.amenityKinds[amenity.kind],
      detail: amenity.name?.[lang] ?? zoneAt(data.site.zones, x, z)?.name[lang],
      amenity,
      travel: { x, z },
    };
  }
  const zone = zoneAt(data.site.zones, pick.x, pick.z);
  const place = zone && targetById(data, zone.id)?.kind === 'place' ? zone : undefined;
  return {
    x: pick.x,
    z: pick.z,
    liftMetres: 0,
    liftPixels: 6,
    title: zone ? zone.name[lang] : t.thisSpot,
    detail: zone ? t.zoneKinds[zone.kind] : undefined,
    travel: place ? { id: place.id } : { x: pick.x, z: pick.z },
  };
}
