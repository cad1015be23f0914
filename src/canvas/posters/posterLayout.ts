/**
 * Where the stands' posters go: one cell of one canvas atlas per stand that has wall graphics, and
 * one quad per graphic, 1 cm in front of it, at the anchors the kit builds the graphics at
 * (`graphicAnchors`, src/edition/booths.ts), so every poster lies exactly over its panel. Pure
 * (arrays out, no three), so the placement and the atlas are tested in Node.
 *
 * Texture budget: cells of 256 × 320 px, 8 to a row, the atlas at most 2048 × 2048 (48 stands;
 * 16 MiB RGBA, 21.3 MiB with mipmaps). This edition: 32 stands with graphics (the 5 open-air pitches
 * have no walls), 2048 × 1280 px = 10 MiB, 13.3 MiB with mipmaps. A poster is 1.2 m wide on a
 * shell-scheme wall (213 px a metre) or 0.9 × 2 m on an island's tower; every poster fills its whole
 * cell, stretched to the cell and back by the quad.
 */
import { GRAPHIC_DEPTH, graphicAnchors, type GraphicAnchor } from '../../edition/booths.ts';
import { toPlan } from '../../edition/geometry.ts';
import type { Stand } from '../../edition/schema.ts';
import type { PxRect } from './paintPoster.ts';

export const POSTER_CELL = { width: 256, height: 320 } as const;
export const POSTER_COLUMNS = 8;
/** The atlas's largest side, pixels: stands past what it holds keep the kit's plain graphics. */
export const POSTER_ATLAS_MAX = 2048;
/** Pixels left round each poster in its cell, so mipmaps do not bleed a neighbour's edge into it. */
const GUTTER = 2;
/** A poster's height in its own layout units (./paintPoster.ts); its width follows the graphic's proportions. */
export const POSTER_UNITS_HIGH = 320;
/** How far a poster hangs off the wall: the graphic's panel and print, and 1 cm more. */
export const POSTER_OFFSET = GRAPHIC_DEPTH.panel + GRAPHIC_DEPTH.print + 0.01;

/** One stand's poster: its cell, the rectangle painted in it, its layout units and its graphics. */
export interface PosterSlot {
  stand: Stand;
  cell: number;
  rect: PxRect;
  units: { w: number; h: number };
  anchors: GraphicAnchor[];
}

export interface PosterAtlas {
  slots: PosterSlot[];
  /** Canvas size, pixels. */
  width: number;
  height: number;
}

/** The wall graphics a stand's booth carries: none for a stand with a hand-made model (no kit booth). */
export function standGraphics(stand: Stand): GraphicAnchor[] {
  return stand.model ? [] : graphicAnchors(stand.booth, stand.width, stand.depth);
}

/** The atlas: one cell for each stand with graphics, in the edition's order, as many as fit. */
export function posterAtlas(stands: readonly Stand[]): PosterAtlas {
  const capacity = POSTER_COLUMNS * Math.floor(POSTER_ATLAS_MAX / POSTER_CELL.height);
  const slots: PosterSlot[] = [];
  for (const stand of stands) {
    const anchors = standGraphics(stand);
    if (!anchors.length || slots.length >= capacity) continue;
    const cell = slots.length;
    const x = (cell % POSTER_COLUMNS) * POSTER_CELL.width;
    const y = Math.floor(cell / POSTER_COLUMNS) * POSTER_CELL.height;
    const a = anchors[0]!;
    slots.push({
      stand,
      cell,
      rect: { x: x + GUTTER, y: y + GUTTER, w: POSTER_CELL.width - 2 * GUTTER, h: POSTER_CELL.height - 2 * GUTTER },
      units: { w: Math.round((POSTER_UNITS_HIGH * a.width) / a.height), h: POSTER_UNITS_HIGH },
      anchors,
    });
  }
  const rows = Math.max(1, Math.ceil(slots.length / POSTER_COLUMNS));
  return { slots, width: POSTER_COLUMNS * POSTER_CELL.width, height: rows * POSTER_CELL.height };
}

type V3 = [number, number, number];

/**
 * A poster's corners in the world, seen from its front: bottom left, bottom right, top right, top
 * left (counter-clockwise, so its face is the quad's front face).
 */
export function posterCorners(stand: Stand, a: GraphicAnchor): [V3, V3, V3, V3] {
  const c = Math.cos(a.rotationY);
  const s = Math.sin(a.rotationY);
  // The graphic's face looks along its turned +z; its width runs along its turned +x.
  const cx = a.position[0] + s * POSTER_OFFSET;
  const cz = a.position[2] + c * POSTER_OFFSET;
  const hx = (c * a.width) / 2;
  const hz = (-s * a.width) / 2;
  const y0 = a.position[1] - a.height / 2;
  const y1 = a.position[1] + a.height / 2;
  const at = (lx: number, y: number, lz: number): V3 => {
    const [x, z] = toPlan(stand, lx, lz);
    return [x, y, z];
  };
  return [at(cx - hx, y0, cz - hz), at(cx + hx, y0, cz + hz), at(cx + hx, y1, cz + hz), at(cx - hx, y1, cz - hz)];
}

/** The merged quads of every poster: positions, texture coordinates (v up, as three maps a canvas) and indices. */
export function posterMesh(atlas: PosterAtlas): { positions: Float32Array; uvs: Float32Array; indices: number[] } {
  const quads = atlas.slots.reduce((n, s) => n + s.anchors.length, 0);
  const positions = new Float32Array(quads * 12);
  const uvs = new Float32Array(quads * 8);
  const indices: number[] = [];
  let q = 0;
  for (const slot of atlas.slots) {
    const { x, y, w, h } = slot.rect;
    const u0 = x / atlas.width;
    const u1 = (x + w) / atlas.width;
    const v1 = 1 - y / atlas.height;
    const v0 = 1 - (y + h) / atlas.height;
    for (const a of slot.anchors) {
      positions.set(posterCorners(slot.stand, a).flat(), q * 12);
      uvs.set([u0, v0, u1, v0, u1, v1, u0, v1], q * 8);
      const b = q * 4;
      indices.push(b, b + 1, b + 2, b, b + 2, b + 3);
      q++;
    }
  }
  return { positions, uvs, indices };
}

/** The atlas's GPU memory, bytes: RGBA, and with its mipmap chain (a third more). */
export function atlasBytes(atlas: Pick<PosterAtlas, 'width' | 'height'>): { base: number; mipmapped: number } {
  const base = atlas.width * atlas.height * 4;
  let mipmapped = 0;
  for (let w = atlas.width, h = atlas.height; ; w = Math.max(1, w >> 1), h = Math.max(1, h >> 1)) {
    mipmapped += w * h * 4;
    if (w === 1 && h === 1) break;
  }
  return { base, mipmapped };
}
