/**
 * Which kind of surface a fragment of the models' matte materials is: sand, paving, lawn, asphalt,
 * metal or tent fabric, so ./surfaceDetail.ts can draw its pattern. The pipeline merges the statics
 * by material and paints with vertex colours, so the colour is most of what tells them apart, with
 * the surface's normal and height: the ground is what faces up below GROUND_TOP.
 *
 * The colour is judged by its blue/red and green/red ratios in linear light, never its lightness:
 * light baked into the vertex colours (shade, occlusion) scales the three channels alike and leaves
 * the ratios as they are. The palette (src/edition/palette.ts) and the kit's own ground tones fall in
 * well separated bands (tests/surface-detail.test.ts holds every palette colour to its kind).
 *
 * `surfaceKind` and the GLSL `sdKind` are the same decisions in the same order, from the same numbers:
 * change one, change both.
 */

export const SURFACE_KINDS = ['none', 'sand', 'paving', 'lawn', 'asphalt', 'metal', 'cloth'] as const;
export type SurfaceKind = (typeof SURFACE_KINDS)[number];

/** A normal's y above this faces up (ground, roofs' upper faces). */
const GROUND_UP = 0.9;
/** Ground surfaces lie below this height, metres: sand 0, paths 0.04, grass beds 0.1, road-side paving 0.12. */
const GROUND_TOP = 0.3;
/** Channels this dark say nothing by their ratios (8-bit linear colours: 0.03 is about 8/255). */
const MIN_VALUE = 0.03;
/** Grass and palm greens: green over red above this, blue over red below LAWN_BR. */
const LAWN_GR = 1.4;
const LAWN_BR = 0.7;
/** Sand tones, from the arena's footing (b/r 0.27) to the grey end of the ground's tone field (0.6). */
const SAND_BR: Range = [0.24, 0.7];
const SAND_GR: Range = [0.6, 0.9];
/** Paving, kerbs and the halls' light decks (b/r 0.77 to 0.91); concrete (0.94) and white (0.98) are out. */
const PAVING_BR: Range = [0.72, 0.925];
const PAVING_GR: Range = [0.88, 1.0];
/** Cool greys: aluminium, light and mid grey, asphalt (g/r up to 1.09; 8-bit dark colours wander by a few hundredths). */
const GREY_BR: Range = [1.03, 1.32];
const GREY_GR: Range = [0.99, 1.15];
/** A cool grey on the ground darker than this is asphalt; lighter, a floor. */
const ASPHALT_VALUE = 0.2;
/** Wood, palm trunks and skin: not canopies. */
const BROWN_BR: Range = [0.15, 0.32];
const BROWN_GR = 0.6;
/** Faces turned up (normal y above CANOPY_UP) higher than CANOPY_Y are a marquee's or a tent's roof. */
const CANOPY_Y = 2.1;
const CANOPY_UP = 0.3;

type Range = readonly [number, number];
const within = (x: number, [lo, hi]: Range) => x > lo && x < hi;

/**
 * The kind of a surface of linear colour `rgb`, with world normal y `up`, at world height `y`;
 * `cloth` when its material is tent fabric.
 */
export function surfaceKind(rgb: readonly [number, number, number], up: number, y: number, cloth = false): SurfaceKind {
  if (cloth) return 'cloth';
  const [r, g, b] = rgb;
  const value = Math.max(r, g, b);
  if (value < MIN_VALUE) return 'none';
  const br = b / Math.max(r, 1e-4);
  const gr = g / Math.max(r, 1e-4);
  const grey = within(br, GREY_BR) && within(gr, GREY_GR);
  const green = gr > LAWN_GR && br < LAWN_BR;
  if (up > GROUND_UP && y < GROUND_TOP) {
    if (green) return 'lawn';
    if (within(br, SAND_BR) && within(gr, SAND_GR)) return 'sand';
    if (within(br, PAVING_BR) && within(gr, PAVING_GR)) return 'paving';
    if (grey) return value < ASPHALT_VALUE ? 'asphalt' : 'paving';
    return 'none';
  }
  if (grey) return 'metal';
  const brown = within(br, BROWN_BR) && gr < BROWN_GR;
  if (y > CANOPY_Y && up > CANOPY_UP && !green && !brown) return 'cloth';
  return 'none';
}

/** A GLSL float literal. */
const f = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));
const glslWithin = (v: string, [lo, hi]: Range) => `( ${v} > ${f(lo)} && ${v} < ${f(hi)} )`;

/** `int sdKind( vec3 rgb, float up, float y, float cloth )`: `surfaceKind` in GLSL, the kind's index in SURFACE_KINDS. */
export const SURFACE_KIND_GLSL = /* glsl */ `
int sdKind( vec3 c, float up, float y, float cloth ) {
  if ( cloth > 0.5 ) return ${SURFACE_KINDS.indexOf('cloth')};
  float value = max( c.r, max( c.g, c.b ) );
  if ( value < ${f(MIN_VALUE)} ) return 0;
  float br = c.b / max( c.r, 1e-4 );
  float gr = c.g / max( c.r, 1e-4 );
  bool grey = ${glslWithin('br', GREY_BR)} && ${glslWithin('gr', GREY_GR)};
  bool green = gr > ${f(LAWN_GR)} && br < ${f(LAWN_BR)};
  if ( up > ${f(GROUND_UP)} && y < ${f(GROUND_TOP)} ) {
    if ( green ) return ${SURFACE_KINDS.indexOf('lawn')};
    if ( ${glslWithin('br', SAND_BR)} && ${glslWithin('gr', SAND_GR)} ) return ${SURFACE_KINDS.indexOf('sand')};
    if ( ${glslWithin('br', PAVING_BR)} && ${glslWithin('gr', PAVING_GR)} ) return ${SURFACE_KINDS.indexOf('paving')};
    if ( grey ) return value < ${f(ASPHALT_VALUE)} ? ${SURFACE_KINDS.indexOf('asphalt')} : ${SURFACE_KINDS.indexOf('paving')};
    return 0;
  }
  if ( grey ) return ${SURFACE_KINDS.indexOf('metal')};
  bool brown = ${glslWithin('br', BROWN_BR)} && gr < ${f(BROWN_GR)};
  if ( y > ${f(CANOPY_Y)} && up > ${f(CANOPY_UP)} && !green && !brown ) return ${SURFACE_KINDS.indexOf('cloth')};
  return 0;
}
`;
