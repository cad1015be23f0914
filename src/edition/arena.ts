/**
 * Sizes of a demonstration arena that the models build (tools/models/kit/arena.ts) and the plan
 * draws: where the field ends and the bleachers stand must agree between the two.
 */
import type { PaletteColor } from './palette.ts';
import type { Side, Zone } from './schema.ts';

export type Discipline = NonNullable<Zone['discipline']>;

/** What an arena without a discipline in the data shows. */
export const DEFAULT_DISCIPLINE: Discipline = 'mounted-police';

/** The field's footing by discipline. */
export const ARENA_SURFACE: Record<Discipline, PaletteColor> = {
  'mounted-police': 'arenaSand',
  'dog-brigade': 'grass',
  'special-forces': 'asphalt',
};

export const BLEACHER_ROWS = 5;
/** Depth of one row of the bleachers. */
export const BLEACHER_TREAD = 0.85;
/** Height of one row. */
export const BLEACHER_RISE = 0.45;
/** Gap between the fence and the first row of the bleachers. */
export const BLEACHER_WALKWAY = 1.3;
export const BLEACHER_DEPTH = BLEACHER_ROWS * BLEACHER_TREAD;
/** Room behind the last row, to the zone's edge. */
export const BLEACHER_CLEARANCE = 0.8;
/** Field inset from a zone edge without bleachers. */
export const FIELD_INSET = 2.5;

/** How far the field stands back from one edge of its zone. */
export function fieldInset(zone: Zone, side: Side): number {
  return (zone.bleachers ?? []).includes(side) ? BLEACHER_WALKWAY + BLEACHER_DEPTH + BLEACHER_CLEARANCE : FIELD_INSET;
}

/** The field's rectangle in the zone's local frame (front = +z). */
export function arenaField(zone: Zone): { x0: number; x1: number; z0: number; z1: number } {
  return {
    x0: -zone.width / 2 + fieldInset(zone, 'left'),
    x1: zone.width / 2 - fieldInset(zone, 'right'),
    z0: -zone.depth / 2 + fieldInset(zone, 'back'),
    z1: zone.depth / 2 - fieldInset(zone, 'front'),
  };
}
