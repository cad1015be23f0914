/**
 * The contract between the kit of parts (geometry builders) and the pipeline that assembles them
 * into glTF. Builders are pure functions: same inputs, same numbers, so the models are reproducible.
 */

/** Materials of the site. Each builder groups its triangles by material so a mesh is one draw call per material. */
export type MaterialName =
  /** Opaque, vertex-coloured, rough: most of the world. */
  | 'matte'
  /** Opaque white that the pipeline tints per instance (a stand's theme colour). */
  | 'accent'
  /** Emissive, vertex-coloured: screens and lit panels. */
  | 'screen'
  /** Tent fabric and hall roofs: white, double-sided, slightly translucent. */
  | 'fabric'
  /** Showcase glass, e-gate doors: transparent. */
  | 'glass';

/** Indexed triangles in metres (y up). Colours are linear RGB in 0..1, one per vertex. */
export interface Geo {
  positions: number[];
  normals: number[];
  colors: number[];
  indices: number[];
}

/** Triangles of one object, grouped by material. */
export type Parts = Partial<Record<MaterialName, Geo>>;

/** An axis-aligned box in the object's frame, then turned by rotationY (radians) about its centre. */
export interface CollisionBox {
  center: [number, number, number];
  size: [number, number, number];
  rotationY: number;
}

/** What every builder returns: what to draw, and the low-poly solid volume for walking. */
export interface Built {
  parts: Parts;
  collision: CollisionBox[];
}

/**
 * A screen's picture on a prop, where a stand's still can be shown (tools/models/stills.ts): a
 * rectangle in the prop's frame, a hair in front of the screen face it covers, and the part of the
 * still it shows, in 0..1 of the still from its top left: [left, top, right, bottom].
 */
export interface Picture {
  /** Bottom-left, bottom-right, top-right, top-left, seen from the front. */
  corners: [[number, number, number], [number, number, number], [number, number, number], [number, number, number]];
  normal: readonly [number, number, number];
  uv: readonly [number, number, number, number];
}
