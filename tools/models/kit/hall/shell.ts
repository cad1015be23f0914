/** A hall's shell in its canonical frame (ridge along x): walls with their doorways, portal frames, floor and roof. */
import type { Opening, Side } from '../../../../src/edition/schema.ts';
import { C, hex } from '../colors.ts';
import { appendAll as append, beam, box, doubleSided, emptyGeo, solid, triangle, type RGB, type V3 } from '../geo.ts';
import type { Built, CollisionBox, Geo } from '../types.ts';

/** Clear height under every doorway's header, metres. */
export const DOOR_CLEAR_HEIGHT = 3.2;

const ALU = hex('#b4b9c0');

/** How a kind of hall looks; its interior, if any, is built apart (hall/interiors.ts). */
export interface HallStyle {
  /** Height of the walls at the eaves. */
  eave: number;
  /** Ridge rise per metre of span. */
  pitch: number;
  wall: RGB;
  wallThickness: number;
  /** Colours of the valance under the eaves, cycled bay by bay. */
  band: RGB[];
  bandHeight: number;
  /** Optional band at the foot of the walls. */
  base?: RGB;
  floor: RGB;
}

/** A side of the canonical hall: its length, the unit vector offsets run along and its outward normal. */
function sideFrame(side: Side, L: number, S: number): { len: number; half: number; t: V3; n: V3 } {
  switch (side) {
    case 'front':
      return { len: L, half: S / 2, t: [1, 0, 0], n: [0, 0, 1] };
    case 'back':
      return { len: L, half: S / 2, t: [1, 0, 0], n: [0, 0, -1] };
    case 'left':
      return { len: S, half: L / 2, t: [0, 0, 1], n: [-1, 0, 0] };
    case 'right':
      return { len: S, half: L / 2, t: [0, 0, 1], n: [1, 0, 0] };
  }
}

/** Openings of the zone expressed on the canonical hall (identity, or turned a quarter). */
export function canonicalOpenings(openings: readonly Opening[], turned: boolean): Opening[] {
  if (!turned) return openings.slice();
  const map: Record<Side, [Side, number]> = { front: ['left', 1], back: ['right', 1], left: ['back', -1], right: ['front', -1] };
  return openings.map((o) => ({ side: map[o.side][0], offset: o.offset * map[o.side][1], width: o.width }));
}

/** Intervals of [lo, hi] left once the holes are cut out. */
function solidIntervals(lo: number, hi: number, holes: [number, number][]): [number, number][] {
  const sorted = holes
    .map(([a, b]) => [Math.max(lo, a), Math.min(hi, b)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  let at = lo;
  for (const [a, b] of sorted) {
    if (a > at + 0.05) out.push([at, a]);
    at = Math.max(at, b);
  }
  if (hi > at + 0.05) out.push([at, hi]);
  return out;
}

/** A box on a side of the hall: from u0 to u1 along it, y0 to y1, `inset` from the outer face, `thick` deep. */
function sideBox(
  f: ReturnType<typeof sideFrame>,
  u0: number,
  u1: number,
  y0: number,
  y1: number,
  thick: number,
  color: RGB,
  inset = 0,
): { geo: Geo; col: CollisionBox } {
  const along = u1 - u0;
  const um = (u0 + u1) / 2;
  const d = f.half - inset - thick / 2;
  const center: V3 = [f.t[0] * um + f.n[0] * d, (y0 + y1) / 2, f.t[2] * um + f.n[2] * d];
  const size: V3 = f.t[0] !== 0 ? [along, y1 - y0, thick] : [thick, y1 - y0, along];
  return { geo: box(size, center, color), col: solid(size, center) };
}

export function hallShell(L: number, S: number, style: HallStyle, openings: Opening[]): { shell: Built; roof: Built } {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  const { eave, wallThickness: th } = style;
  const ridge = eave + style.pitch * S;
  const roofY = (z: number): number => ridge - ((ridge - eave) * Math.abs(z)) / (S / 2);
  const bandBottom = eave - style.bandHeight;
  const baseTop = style.base ? 0.35 : 0;

  const doorsOn = (side: Side): [number, number][] =>
    openings.filter((o) => o.side === side).map((o) => [o.offset - o.width / 2, o.offset + o.width / 2]);
  const inDoor = (side: Side, u: number, margin: number): boolean =>
    doorsOn(side).some(([a, b]) => u > a - margin && u < b + margin);

  // Walls, valance bands, lintels, door frames.
  for (const side of ['front', 'back', 'left', 'right'] as const) {
    const f = sideFrame(side, L, S);
    const gable = side === 'left' || side === 'right';
    const lo = -f.len / 2 + (gable ? th : 0);
    const hi = f.len / 2 - (gable ? th : 0);
    const doors = doorsOn(side);
    for (const [u0, u1] of solidIntervals(lo, hi, doors)) {
      if (style.base) append(matte, sideBox(f, u0, u1, 0, baseTop, th + 0.02, style.base).geo);
      append(matte, sideBox(f, u0, u1, baseTop, bandBottom, th, style.wall).geo);
      col.push(sideBox(f, u0, u1, 0, eave, Math.max(th, 0.25), style.wall).col);
    }
    // The valance runs the whole side, bay by bay in the style's colours.
    const bays = Math.max(1, Math.round((hi - lo) / 5));
    for (let i = 0; i < bays; i++) {
      const u0 = lo + ((hi - lo) * i) / bays;
      const u1 = lo + ((hi - lo) * (i + 1)) / bays;
      append(matte, sideBox(f, u0, u1, bandBottom, eave, th + 0.04, style.band[i % style.band.length]!).geo);
    }
    for (const [a, b] of doors) {
      if (bandBottom > DOOR_CLEAR_HEIGHT + 0.05)
        append(matte, sideBox(f, a, b, DOOR_CLEAR_HEIGHT + 0.12, bandBottom, th, style.wall).geo);
      // Jambs and header: an aluminium door frame.
      for (const u of [a - 0.1, b + 0.1]) {
        const j = sideBox(f, u - 0.1, u + 0.1, 0, eave, 0.2, ALU, th);
        append(matte, j.geo);
        col.push(j.col);
      }
      append(matte, sideBox(f, a, b, DOOR_CLEAR_HEIGHT, DOOR_CLEAR_HEIGHT + 0.12, 0.2, ALU, th).geo);
    }
    if (gable) {
      // Gable triangle above the eaves, seen from outside and inside.
      const x = f.n[0] * (f.half - th / 2);
      const out = f.n[0];
      const pts: V3[] = [
        [x, eave, -S / 2],
        [x, eave, S / 2],
        [x, ridge, 0],
      ];
      const tri = triangle(pts[0]!, pts[1]!, pts[2]!, style.wall);
      // Make it face outward, then add the inward copy.
      const facingOut = tri.normals[0]! > 0 === out > 0 ? tri : triangle(pts[1]!, pts[0]!, pts[2]!, style.wall);
      append(matte, doubleSided(facingOut));
    }
  }

  // Portal frames every ~5 m: posts at the long walls and rafters up to the ridge.
  const n = Math.max(2, Math.round(L / 5));
  const zPost = S / 2 - th - 0.13;
  for (let i = 0; i <= n; i++) {
    const x = Math.max(-L / 2 + th + 0.12, Math.min(L / 2 - th - 0.12, -L / 2 + (L * i) / n));
    for (const [side, sz] of [
      ['front', 1],
      ['back', -1],
    ] as const) {
      if (inDoor(side, x, 0.4)) continue;
      const size: V3 = [0.2, eave, 0.26];
      const center: V3 = [x, eave / 2, sz * zPost];
      append(matte, box(size, center, ALU));
      col.push(solid(size, center));
    }
    for (const sz of [1, -1]) append(matte, beam([x, eave - 0.1, sz * zPost], [x, ridge - 0.2, 0], 0.14, 0.34, ALU));
  }
  // Gable posts.
  const gn = Math.max(2, Math.round(S / 5));
  for (const [side, sx] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    for (let j = 1; j < gn; j++) {
      const z = -S / 2 + (S * j) / gn;
      if (inDoor(side, z, 0.4)) continue;
      const h = roofY(z) - 0.2;
      const size: V3 = [0.26, h, 0.2];
      const center: V3 = [sx * (L / 2 - th - 0.13), h / 2, z];
      append(matte, box(size, center, ALU));
      col.push(solid(size, center));
    }
  }
  // Ridge, eave and mid-slope purlins.
  const xs = L / 2 - th;
  append(matte, beam([-xs, ridge - 0.25, 0], [xs, ridge - 0.25, 0], 0.16, 0.22, ALU));
  for (const sz of [1, -1]) {
    append(matte, beam([-xs, eave - 0.05, sz * zPost], [xs, eave - 0.05, sz * zPost], 0.16, 0.2, ALU));
    const zm = (sz * zPost) / 2;
    append(matte, beam([-xs, roofY(zm) - 0.3, zm], [xs, roofY(zm) - 0.3, zm], 0.12, 0.16, ALU));
  }

  // Floor: a slightly raised light deck over the whole footprint.
  append(matte, box([L, 0.03, S], [0, 0.015, 0], style.floor));

  // Roof: two slopes with a small overhang, bay by bay; frame lines a shade darker than mid-bay (seams).
  const ov = 0.3;
  const slope = (ridge - eave) / (S / 2);
  const yEdge = eave - slope * ov;
  const roof = emptyGeo();
  const seam: RGB = [C.white[0] * 0.86, C.white[1] * 0.86, C.white[2] * 0.86];
  for (const sz of [1, -1]) {
    const nl = Math.hypot(slope, 1);
    const normal: V3 = [0, 1 / nl, (sz * slope) / nl];
    const cols = 2 * n;
    const base = roof.positions.length / 3;
    for (let k = 0; k <= cols; k++) {
      const x = -L / 2 - ov + ((L + 2 * ov) * k) / cols;
      const color = k % 2 === 0 ? seam : C.white;
      for (const [y, z] of [
        [yEdge, sz * (S / 2 + ov)],
        [ridge, 0],
      ] as const) {
        roof.positions.push(x, y, z);
        roof.normals.push(normal[0], normal[1], normal[2]);
        roof.colors.push(color[0], color[1], color[2]);
      }
    }
    for (let k = 0; k < cols; k++) {
      const a = base + 2 * k,
        b = a + 1,
        c = a + 2,
        d = a + 3;
      // Counter-clockwise seen from above the slope.
      if (sz > 0) roof.indices.push(a, c, b, b, c, d);
      else roof.indices.push(a, b, c, b, d, c);
    }
  }
  return { shell: { parts: { matte }, collision: col }, roof: { parts: { fabric: roof }, collision: [] } };
}
