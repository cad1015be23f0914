/**
 * The plan's colours: the site's palette (src/edition/palette.ts) where the plan shows what the
 * models paint, lighter tints of its own where fills must stay legible under labels.
 */
import { ARENA_SURFACE, DEFAULT_DISCIPLINE } from '../../edition/arena.ts';
import { PALETTE } from '../../edition/palette.ts';
import type { AmenityKind } from '../../edition/constants.ts';
import type { Zone, ZoneKind } from '../../edition/schema.ts';

export interface ZoneStyle {
  fill: string;
  /** Walls of covered zones, outline of open ones. */
  edge: string;
  dashed?: boolean;
}

/** Colours of the zones on the plan, by kind (the models' surfaces, lightened for legibility). */
export const ZONE_STYLES: Record<ZoneKind, ZoneStyle> = {
  pavilion: { fill: '#ffffff', edge: PALETTE.policeBlue },
  children: { fill: '#fff1cc', edge: PALETTE.orange },
  seminar: { fill: '#d9e0ec', edge: PALETTE.carpet },
  'blood-donation': { fill: '#fdeceb', edge: PALETTE.moroccoRed },
  demonstration: { fill: '#e3ded2', edge: PALETTE.grey },
  entrance: { fill: '#ddd6c8', edge: PALETTE.navy, dashed: true },
  outdoor: { fill: '#eee6d2', edge: PALETTE.grey, dashed: true },
};

/** An arena's field, as the models paint it. */
export function fieldColor(discipline: Zone['discipline']): string {
  return PALETTE[ARENA_SURFACE[discipline ?? DEFAULT_DISCIPLINE]];
}

export const BLEACHERS = '#9fb1cb';
export const SITE_FILL = '#e8dcbf';
export const SITE_EDGE = '#b59d6e';
export const PATH_FILL = '#f7f3ea';
export const PATH_EDGE = '#d3c9b4';
export const PALM_COLOR = PALETTE.grass;
export const MARKER_COLOR = PALETTE.moroccoRed;

/**
 * Badges of the amenity symbols: the colours visitors know them by (first aid red as the Red
 * Crescent's, exits green as safety signs), each distinct from the others and under white.
 */
export const AMENITY_COLORS: Record<AmenityKind, string> = {
  toilets: '#4a5668',
  'first-aid': PALETTE.moroccoRed,
  exit: '#00804a',
  parking: PALETTE.policeBlue,
  information: '#0b6e8a',
  water: '#2f7fc9',
  prayer: '#8a5a14',
};
