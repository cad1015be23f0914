/**
 * Covered zones: the large white exhibition tents (pavilions), the children's pavilion, the seminar
 * hall and the blood-donation tent. Built in the zone's local frame (centred, unrotated, front = +z);
 * the roof comes back on its own so the app can fade it away in the aerial view.
 *
 * A hall is built in a "canonical" frame first, ridge along x (length L) and span S along z, then
 * turned a quarter when the zone is deeper than wide, so the ridge always runs along the longer side.
 */
import type { Opening, Side, Zone } from '../../../src/edition/schema.ts';
import { C, hex } from './colors.ts';
import {
  add,
  appendAll as append,
  beam,
  box,
  doubleSided,
  emptyGeo,
  fan,
  merge,
  mergeBuilt,
  place,
  placeBuilt,
  quad,
  solid,
  triangle,
  type RGB,
  type V3,
} from './geo.ts';
import type { Built, CollisionBox, Geo, Parts } from './types.ts';

/** Clear height under every doorway's header, metres. */
export const DOOR_CLEAR_HEIGHT = 3.2;

const ALU = hex('#b4b9c0');
const RED_BAND = C.moroccoRed;

interface HallStyle {
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

function styleOf(kind: Zone['kind']): HallStyle {
  switch (kind) {
    case 'children':
      return {
        eave: 3.6,
        pitch: 0.07,
        wall: C.white,
        wallThickness: 0.08,
        band: [C.yellow, C.orange, C.skyBlue],
        bandHeight: 0.4,
        floor: hex('#dfe6ea'),
      };
    case 'seminar':
      return {
        eave: 4.4,
        pitch: 0.08,
        wall: C.lightGrey,
        wallThickness: 0.2,
        band: [C.policeBlue],
        bandHeight: 0.35,
        base: C.grey,
        floor: C.carpet,
      };
    case 'blood-donation':
      return {
        eave: 3.8,
        pitch: 0.1,
        wall: C.white,
        wallThickness: 0.08,
        band: [RED_BAND],
        bandHeight: 0.45,
        base: RED_BAND,
        floor: C.white,
      };
    default:
      return {
        eave: 4.0,
        pitch: 0.075,
        wall: C.white,
        wallThickness: 0.08,
        band: [C.policeBlue],
        bandHeight: 0.55,
        floor: hex('#dcdad3'),
      };
  }
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
function canonicalOpenings(openings: readonly Opening[], turned: boolean): Opening[] {
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

function hallShell(L: number, S: number, style: HallStyle, openings: Opening[]): { shell: Built; roof: Built } {
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

// --- Interiors ------------------------------------------------------------------------------------

/** A chair facing +z: block seat and backrest. */
function chair(color: RGB): Geo {
  const y0 = 0.45,
    y1 = 0.95,
    zb = -0.26,
    zf = -0.18,
    w = 0.25;
  return merge(
    box([0.5, 0.45, 0.48], [0, 0.225, 0], color),
    quad([-w, y0, zf], [w, y0, zf], [w, y1, zf], [-w, y1, zf], color),
    quad([w, y0, zb], [-w, y0, zb], [-w, y1, zb], [w, y1, zb], color),
    quad([-w, y1, zf], [w, y1, zf], [w, y1, zb], [-w, y1, zb], color),
  );
}

/** A reclining blood-donation chair, feet toward +z. */
function donationChair(): Geo {
  const pad = hex('#3a6ea5');
  return merge(
    box([0.5, 0.45, 0.6], [0, 0.225, 0], C.grey),
    beam([0, 0.55, -0.35], [0, 0.55, 0.35], 0.62, 0.14, pad),
    beam([0, 0.58, -0.38], [0, 1.05, -1.05], 0.62, 0.14, pad),
    beam([0, 0.55, 0.35], [0, 0.42, 1.05], 0.55, 0.12, pad),
    beam([0.36, 0.75, -0.35], [0.36, 0.75, 0.3], 0.1, 0.08, C.darkGrey),
    beam([-0.36, 0.75, -0.35], [-0.36, 0.75, 0.3], 0.1, 0.08, C.darkGrey),
    // Drip stand with a bag.
    box([0.04, 1.8, 0.04], [0.6, 0.9, -0.4], C.lightGrey),
    box([0.14, 0.22, 0.05], [0.6, 1.6, -0.4], C.moroccoRed),
  );
}

/** A blood drop on a panel, facing +z, centred on `c` with radius r. */
function bloodDrop(r: number, c: V3): Geo {
  const pts: V3[] = [[c[0], c[1] + 1.8 * r, c[2]]];
  for (let k = 0; k <= 8; k++) {
    const a = (30 - (240 * k) / 8) * (Math.PI / 180);
    pts.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a), c[2]]);
  }
  return fan(pts, [0, 0, 1], C.moroccoRed);
}

/**
 * Interiors are built in a frame with the "far end" at −z and the main doorway on +z, then turned
 * onto the hall: returns the turn (radians) and the interior frame's width and depth.
 */
function interiorFrame(zone: Zone): { theta: number; iw: number; id: number; doorOffset: number } {
  const openings = zone.openings ?? [];
  const main = openings.reduce<Opening | undefined>((best, o) => (!best || o.width > best.width ? o : best), undefined);
  const doorSide: Side = main?.side ?? 'front';
  // Rotation that brings interior +z onto the door side.
  const theta = { front: 0, back: Math.PI, left: -Math.PI / 2, right: Math.PI / 2 }[doorSide];
  const quarter = doorSide === 'left' || doorSide === 'right';
  // Offsets run along +x (front/back) or +z (left/right); the interior x axis maps onto those.
  const sign = { front: 1, back: -1, left: 1, right: -1 }[doorSide];
  return {
    theta,
    iw: quarter ? zone.depth : zone.width,
    id: quarter ? zone.width : zone.depth,
    doorOffset: (main?.offset ?? 0) * sign,
  };
}

function seminarInterior(iw: number, id: number, doorOffset: number, wallTh: number): Built {
  const matte = emptyGeo();
  const screen = emptyGeo();
  const col: CollisionBox[] = [];
  const back = -id / 2 + wallTh;
  // Stage against the far wall.
  const stageW = Math.min(iw - 4, 14);
  const stageD = 4;
  const stageC: V3 = [0, 0.3, back + 0.3 + stageD / 2];
  append(matte, box([stageW, 0.6, stageD], stageC, C.charcoal));
  append(matte, box([stageW + 0.02, 0.12, 0.02], [0, 0.54, back + 0.3 + stageD + 0.005], C.policeBlue));
  col.push(solid([stageW, 0.6, stageD], stageC));
  // Screen on the wall behind the stage, in a dark frame.
  const sw = Math.min(stageW - 2, 6.4),
    sh = sw * 0.5625;
  const sy = 1.25;
  append(matte, box([sw + 0.3, sh + 0.3, 0.12], [0, sy + sh / 2, back + 0.45], C.charcoal));
  const z = back + 0.52;
  const sq = quad([-sw / 2, sy, z], [sw / 2, sy, z], [sw / 2, sy + sh, z], [-sw / 2, sy + sh, z], C.screenGlow);
  // Darker at the top, like a slide's header.
  for (const i of [2, 3]) sq.colors.splice(i * 3, 3, C.navy[0], C.navy[1], C.navy[2]);
  append(screen, sq);
  // Lectern and a panel table with chairs on the stage.
  const lecternC: V3 = [stageW / 2 - 1.4, 0.6 + 0.55, back + 0.3 + stageD - 1];
  append(
    matte,
    box([0.7, 1.1, 0.5], lecternC, C.wood),
    box([0.72, 0.12, 0.04], [lecternC[0], 1.45, lecternC[2] + 0.26], C.policeBlue),
  );
  col.push(solid([0.7, 1.1, 0.5], lecternC));
  append(matte, box([4.2, 0.75, 0.8], [-1.2, 0.6 + 0.375, back + 0.3 + 1.6], C.white));
  for (let k = 0; k < 4; k++) append(matte, place(chair(C.navy), [-2.7 + k, 0.6, back + 0.3 + 0.9], 0));
  // Audience: two blocks of rows facing the stage either side of an aisle lined up on the door.
  const aisle = 2.4;
  const rowsStart = back + 0.3 + stageD + 2.2;
  const rowsEnd = id / 2 - 4;
  const rows = Math.max(1, Math.min(8, Math.floor((rowsEnd - rowsStart) / 1.0)));
  const ax = Math.max(-iw / 4, Math.min(iw / 4, doorOffset));
  for (const [x0, x1] of [
    [-iw / 2 + wallTh + 1.5, ax - aisle / 2],
    [ax + aisle / 2, iw / 2 - wallTh - 1.5],
  ] as const) {
    const per = Math.min(8, Math.floor((x1 - x0) / 0.6));
    if (per < 1) continue;
    const span = per * 0.6;
    const cx = (x0 + x1) / 2;
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < per; k++)
        append(matte, place(chair(C.policeBlue), [cx - span / 2 + 0.3 + k * 0.6, 0, rowsStart + r * 1.0], Math.PI));
    }
    const depth = (rows - 1) * 1.0 + 0.6;
    col.push(solid([span, 0.95, depth], [cx, 0.475, rowsStart + depth / 2 - 0.3]));
  }
  const parts: Parts = { matte, screen };
  return { parts, collision: col };
}

function bloodInterior(iw: number, id: number, wallTh: number): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  const back = -id / 2 + wallTh;
  // Donation chairs along both long sides of the interior, feet toward the middle, screens between.
  const perSide = Math.max(1, Math.min(3, Math.floor((id / 2 - 1) / 3.2)));
  for (const sx of [-1, 1]) {
    const x = sx * (iw / 2 - wallTh - 1.6);
    for (let k = 0; k < perSide; k++) {
      const z = back + 2.2 + k * 3.2;
      append(matte, place(donationChair(), [x, 0, z], sx < 0 ? Math.PI / 2 : -Math.PI / 2));
      col.push(solid([2.2, 1.1, 0.9], [x, 0.55, z]));
      // A white privacy screen with a red foot between neighbours.
      const sz = z + 1.6;
      const sc: V3 = [sx * (iw / 2 - wallTh - 1.2), 0.9, sz];
      append(matte, box([1.8, 1.6, 0.05], [sc[0], 1.0, sz], C.white), box([1.8, 0.2, 0.07], [sc[0], 0.1, sz], C.moroccoRed));
      col.push(solid([1.8, 1.8, 0.1], sc));
    }
  }
  // The drop on the far wall.
  append(matte, box([2.4, 2.4, 0.05], [0, 2.2, back + 0.4], C.white));
  append(matte, bloodDrop(0.55, [0, 1.75, back + 0.44]));
  // Reception table by the door (off the doorway's axis), with two chairs and a roll-up banner.
  const tz = id / 2 - 5;
  const tx = iw / 4;
  append(matte, box([2.4, 0.9, 0.8], [tx, 0.45, tz], C.white), box([2.42, 0.5, 0.02], [tx, 0.5, tz + 0.41], C.moroccoRed));
  col.push(solid([2.4, 0.9, 0.8], [tx, 0.45, tz]));
  for (const dx of [-0.6, 0.6]) append(matte, place(chair(C.darkGrey), [tx + dx, 0, tz - 0.8], 0));
  const bx = tx + 2.2;
  append(
    matte,
    box([0.85, 2.0, 0.04], [bx, 1.05, tz - 0.2], C.white),
    box([0.87, 0.8, 0.02], [bx, 1.3, tz - 0.17], C.moroccoRed),
  );
  append(matte, bloodDrop(0.16, [bx, 1.3, tz - 0.155]));
  return { parts: { matte }, collision: col };
}

function childrenInterior(zone: Zone): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  // Play mats in a grid in the middle, and soft blocks.
  const colors = [C.yellow, C.orange, C.skyBlue, C.grass, C.moroccoRed, C.skyBlue];
  const n = 3;
  const s = Math.min(zone.width, zone.depth) / 8;
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = (i - 1) * s;
      const z = (j - 1) * s;
      const h = s / 2 - 0.05;
      append(
        matte,
        quad(
          [x - h, 0.04, z + h],
          [x + h, 0.04, z + h],
          [x + h, 0.04, z - h],
          [x - h, 0.04, z - h],
          colors[k++ % colors.length]!,
        ),
      );
    }
  const blocks: [number, number, RGB][] = [
    [-1.6 * s, -1.2 * s, C.yellow],
    [1.7 * s, -1.3 * s, C.skyBlue],
    [-1.7 * s, 1.1 * s, C.orange],
  ];
  for (const [x, z, c] of blocks) {
    append(matte, box([0.8, 0.8, 0.8], [x, 0.43, z], c), box([0.6, 0.6, 0.6], [x + 0.9, 0.33, z + 0.2], C.moroccoRed, 0.4));
    col.push(solid([1.8, 0.8, 1.2], [x + 0.45, 0.4, z + 0.1]));
  }
  return { parts: { matte }, collision: col };
}

/** A covered zone's hall in its local frame; the roof (fabric only) comes back separately. */
export function hall(zone: Zone): { shell: Built; roof: Built } {
  const style = styleOf(zone.kind);
  const turned = zone.depth > zone.width;
  const L = turned ? zone.depth : zone.width;
  const S = turned ? zone.width : zone.depth;
  const { shell: cShell, roof: cRoof } = hallShell(L, S, style, canonicalOpenings(zone.openings ?? [], turned));
  const shell0 = turned ? placeBuilt(cShell, [0, 0, 0], Math.PI / 2) : cShell;
  const roof = turned ? placeBuilt(cRoof, [0, 0, 0], Math.PI / 2) : cRoof;

  const inside: Built[] = [];
  if (zone.kind === 'seminar' || zone.kind === 'blood-donation') {
    const f = interiorFrame(zone);
    const b =
      zone.kind === 'seminar'
        ? seminarInterior(f.iw, f.id, f.doorOffset, style.wallThickness)
        : bloodInterior(f.iw, f.id, style.wallThickness);
    inside.push(placeBuilt(b, [0, 0, 0], f.theta));
  }
  if (zone.kind === 'blood-donation') {
    // A drop sign outside by the main doorway, so the tent reads from the paths: above the doorway
    // on a gable, beside it (at eye height) on a long wall, whose eaves are too low for it.
    const f = interiorFrame(zone);
    const main = (zone.openings ?? []).reduce<Opening | undefined>((b, o) => (!b || o.width > b.width ? o : b), undefined);
    const dz = f.id / 2 + 0.02;
    const gableDoor = (f.theta === 0 || f.theta === Math.PI) === turned;
    const x = gableDoor ? f.doorOffset : Math.min(f.iw / 2 - 1.2, f.doorOffset + (main?.width ?? 0) / 2 + 1.3);
    const y = gableDoor ? style.eave + 0.95 : 2.2;
    const drop: Parts = {};
    add(drop, 'matte', box([1.6, 1.6, 0.04], [x, y, dz - 0.02], C.white), bloodDrop(0.4, [x, y - 0.25, dz + 0.01]));
    inside.push(placeBuilt({ parts: drop, collision: [] }, [0, 0, 0], f.theta));
  }
  if (zone.kind === 'children') inside.push(childrenInterior(zone));
  return { shell: mergeBuilt(shell0, ...inside), roof };
}
