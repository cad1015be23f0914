/** A demonstration zone on the plan: its field and bleachers, from the sizes the models build with. */
import { arenaField, BLEACHER_DEPTH, BLEACHER_WALKWAY } from '../../edition/arena.ts';
import { toPlan, type Rect } from '../../edition/geometry.ts';
import type { Zone } from '../../edition/schema.ts';

/** A demonstration zone's field and bleachers, as footprints in plan coordinates. */
export function arenaParts(zone: Zone): { field: Rect; bleachers: Rect[] } {
  const has = new Set(zone.bleachers ?? []);
  const w = zone.width / 2;
  const d = zone.depth / 2;
  const { x0, x1, z0, z1 } = arenaField(zone);
  const local = (lx0: number, lx1: number, lz0: number, lz1: number): Rect => ({
    position: toPlan(zone, (lx0 + lx1) / 2, (lz0 + lz1) / 2),
    rotation: zone.rotation,
    width: Math.max(0.1, lx1 - lx0),
    depth: Math.max(0.1, lz1 - lz0),
  });
  // From BLEACHER_WALKWAY off the zone's edge, as the plan has always drawn them; the models start
  // them BLEACHER_CLEARANCE off it, 0.5 m nearer the edge (a visible change, left to a change of its own).
  const near = BLEACHER_WALKWAY;
  const far = BLEACHER_WALKWAY + BLEACHER_DEPTH;
  const bleachers: Rect[] = [];
  if (has.has('left')) bleachers.push(local(-w + near, -w + far, z0, z1));
  if (has.has('right')) bleachers.push(local(w - far, w - near, z0, z1));
  if (has.has('back')) bleachers.push(local(x0, x1, -d + near, -d + far));
  if (has.has('front')) bleachers.push(local(x0, x1, d - far, d - near));
  return { field: local(x0, x1, z0, z1), bleachers };
}
