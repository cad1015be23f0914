/**
 * Booths of the kit: shell-scheme stands (inline, corner), island stands around a sign tower, and
 * open-air pitches under a marquee. Pure geometry in the stand's local frame: metres, y up, centred on
 * the origin at ground level, the open front toward +z (visitors stand at +z).
 *
 * The app hangs each stand's sign at `signAnchor` (src/edition/booths.ts); every kind puts a solid
 * 'accent' panel right behind that rectangle and nothing in front of it.
 */
import { signAnchor, WALL_HEIGHT } from '../../../src/edition/booths.ts';
import type { BoothKind } from '../../../src/edition/schema.ts';
import { C } from './colors.ts';
import { add, boxBetween, merge, place, prismX, quad, solid, type RGB } from './geo.ts';
import type { Built, CollisionBox, Geo, Parts } from './types.ts';

/** An axis-aligned rectangle on the floor plan, local frame: x0 < x1, z0 < z1. */
export interface Rect {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
}

/** Pure white: the pipeline multiplies it by the stand's theme colour. */
const ACCENT: RGB = [1, 1, 1];
/** A darker accent tone (tint × 0.72) for edges, so the theme colour reads in two values. */
const ACCENT_DARK: RGB = [0.72, 0.72, 0.72];

const WALL_T = 0.1;
const FLOOR_H = 0.05;
const EDGE = 0.08;
/** Reception counter: length along x, depth along z, height. */
const COUNTER = { w: 1.6, d: 0.6, h: 1.05 } as const;
/** Island tower: square side, body height, header top. */
const TOWER = { side: 1.2, body: 3.0, top: 4.0 } as const;
/**
 * Open-air marquee: header top; roof top at the back and at the front (a mono-pitch falling to the
 * front, so that from eye height the sign shows above it from a few metres away); roof thickness; valance.
 */
const CANOPY = { headerTop: 4.25, roofBack: 2.45, roofFront: 2.25, roofT: 0.08, valance: 0.22 } as const;
const BARRIER_H = 0.95;

/** A counter placed on the plan: centre and facing (+1: front toward +z, -1: toward -z). */
interface CounterSpot {
  x: number;
  z: number;
  facing: 1 | -1;
}

/** The layout of a booth kind at a size: what the geometry and the prop layout both rely on. */
export interface BoothPlan {
  kind: BoothKind;
  width: number;
  depth: number;
  counters: CounterSpot[];
  /** Floor areas kept free of props: the entry from the front, staff space behind counters. */
  keepOut: Rect[];
  /** Areas under something low (a canopy roof) or in front of the sign: see LowZone. */
  lowZones: LowZone[];
  /** Open-air pitch only: the marquee's width, depth and back-post line, and the barrier's entry gap. */
  canopy?: { width: number; depth: number; zBack: number; zFront: number; gap: number };
}

/**
 * A floor area where props must stay low: at depth z, nothing higher than
 * `clearance - drop * (z - zRef)` (drop 0: a flat ceiling, like a canopy roof; drop > 0: the sight
 * line from a visitor's eye to the sign's bottom edge).
 */
export interface LowZone {
  rect: Rect;
  clearance: number;
  zRef: number;
  drop: number;
}

/** Distance in front of a sign, metres, from which a visitor (eye at EYE_HEIGHT) must see all of it. */
export const SIGHT_DISTANCE = 10;
export const EYE_HEIGHT = 1.6;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** The band in front of a sign where props must stay under the sight line from 10 m away. */
function signZone(kind: BoothKind, W: number, D: number): LowZone {
  const sign = signAnchor(kind, W, D);
  const bottom = sign.position[1] - sign.height / 2;
  return {
    rect: { x0: -sign.width / 2, x1: sign.width / 2, z0: sign.position[2], z1: D / 2 },
    clearance: bottom,
    zRef: sign.position[2],
    drop: (bottom - EYE_HEIGHT) / SIGHT_DISTANCE,
  };
}

/** The width of the entry gap in an open-air pitch's front barrier. */
function barrierGap(width: number): number {
  return clamp(width * 0.25, 1.6, 3);
}

/** Where a booth's counters, keep-out areas and low zones are, for its geometry and its prop layout. */
export function boothPlan(kind: BoothKind, width: number, depth: number): BoothPlan {
  const W = width,
    D = depth;
  const sign = signAnchor(kind, W, D);
  const counters: CounterSpot[] = [];
  const keepOut: Rect[] = [];
  const lowZones: LowZone[] = [signZone(kind, W, D)];
  // A clear way in from the front, in the middle.
  const entryHalf = 0.8;
  const behind = (c: CounterSpot): Rect => {
    const z0 = c.facing === 1 ? c.z - COUNTER.d / 2 - 0.8 : c.z + COUNTER.d / 2;
    return { x0: c.x - COUNTER.w / 2, x1: c.x + COUNTER.w / 2, z0, z1: z0 + 0.8 };
  };
  switch (kind) {
    case 'inline':
    case 'corner': {
      // Reception counter at the front, on the right (the open side of a corner stand).
      const c: CounterSpot = { x: W / 2 - WALL_T - 0.25 - COUNTER.w / 2, z: D / 2 - 0.35 - COUNTER.d / 2, facing: 1 };
      counters.push(c);
      keepOut.push(behind(c), { x0: -entryHalf, x1: entryHalf, z0: D / 2 - 1.5, z1: D / 2 });
      break;
    }
    case 'island': {
      // Two counters on a diagonal: front-left facing front, back-right facing back.
      const x = W / 2 - 0.3 - COUNTER.w / 2;
      const z = D / 2 - 0.35 - COUNTER.d / 2;
      counters.push({ x: -x, z, facing: 1 }, { x, z: -z, facing: -1 });
      for (const c of counters) keepOut.push(behind(c));
      keepOut.push({ x0: -entryHalf, x1: entryHalf, z0: D / 2 - 1.5, z1: D / 2 });
      break;
    }
    case 'outdoor': {
      const cw = Math.min(W - 0.6, Math.max(sign.width + 1, Math.min(0.5 * W, 8)));
      const cd = clamp(0.3 * D, 2, Math.min(2.5, D - 2));
      const zBack = -D / 2 + 0.45;
      const zFront = zBack + cd;
      const gap = barrierGap(W);
      keepOut.push({ x0: -gap / 2, x1: gap / 2, z0: D / 2 - 2, z1: D / 2 });
      // Under the marquee: below its valance.
      lowZones.push({
        rect: { x0: -cw / 2 - 0.03, x1: cw / 2 + 0.03, z0: zBack - 0.1, z1: zFront + 0.13 },
        clearance: CANOPY.roofFront - CANOPY.roofT - CANOPY.valance,
        zRef: 0,
        drop: 0,
      });
      return { kind, width: W, depth: D, counters, keepOut, lowZones, canopy: { width: cw, depth: cd, zBack, zFront, gap } };
    }
  }
  return { kind, width: W, depth: D, counters, keepOut, lowZones };
}

/** A reception counter centred on the origin, front toward +z: body, accent front, top. */
function counter(): { matte: Geo; accent: Geo } {
  const { w, d, h } = COUNTER;
  const matte = merge(
    boxBetween([-w / 2, 0, -d / 2], [w / 2, h - 0.05, d / 2], C.offWhite),
    boxBetween([-w / 2 - 0.04, h - 0.05, -d / 2 - 0.02], [w / 2 + 0.04, h, d / 2 + 0.06], C.lightGrey),
    // A stack of brochures on the worktop.
    boxBetween([-w / 2 + 0.15, h, -0.05], [-w / 2 + 0.45, h + 0.04, 0.17], C.white),
  );
  const accent = merge(
    boxBetween([-w / 2 + 0.02, 0.08, d / 2], [w / 2 - 0.02, h - 0.09, d / 2 + 0.03], ACCENT),
    boxBetween([-w / 2 + 0.02, 0, d / 2], [w / 2 - 0.02, 0.08, d / 2 + 0.01], ACCENT_DARK),
  );
  return { matte, accent };
}

/** A wall graphic: an accent panel with a photo and two lines of text, on a wall face looking +z. */
function graphic(w: number, y0: number, y1: number, faceZ: number): { accent: Geo; matte: Geo } {
  const t = 0.03;
  const z = faceZ + t + 0.004;
  const accent = boxBetween([-w / 2, y0, faceZ], [w / 2, y1, faceZ + t], ACCENT);
  const ph = (y1 - y0) * 0.48;
  const m = 0.1;
  const photoTop = y1 - m;
  const photoBot = photoTop - ph;
  const line = (ya: number, len: number): Geo =>
    quad([-w / 2 + m, ya, z], [-w / 2 + m + len, ya, z], [-w / 2 + m + len, ya + 0.05, z], [-w / 2 + m, ya + 0.05, z], C.white);
  const matte = merge(
    quad([-w / 2 + m, photoBot, z], [w / 2 - m, photoBot, z], [w / 2 - m, photoTop, z], [-w / 2 + m, photoTop, z], C.lightGrey),
    line(photoBot - 0.16, (w - 2 * m) * 0.9),
    line(photoBot - 0.28, (w - 2 * m) * 0.6),
  );
  return { accent, matte };
}

function addCounters(parts: Parts, collision: CollisionBox[], plan: BoothPlan): void {
  for (const c of plan.counters) {
    const k = counter();
    const rot = c.facing === 1 ? 0 : Math.PI;
    add(parts, 'matte', place(k.matte, [c.x, 0, c.z], rot));
    add(parts, 'accent', place(k.accent, [c.x, 0, c.z], rot));
    collision.push(solid([COUNTER.w + 0.08, COUNTER.h, COUNTER.d + 0.08], [c.x, COUNTER.h / 2, c.z]));
  }
}

/** Shell-scheme stand: back wall, one or two side walls, fascia, spotlights, counter, graphics. */
function wallBooth(kind: 'inline' | 'corner', W: number, D: number): Built {
  const plan = boothPlan(kind, W, D);
  const sign = signAnchor(kind, W, D);
  const parts: Parts = {};
  const collision: CollisionBox[] = [];
  const H = WALL_HEIGHT;
  const back = -D / 2;
  const hasRight = kind === 'inline';

  // Floor: carpet with an accent edge along the open sides.
  const carpetX1 = hasRight ? W / 2 : W / 2 - EDGE;
  add(parts, 'matte', boxBetween([-W / 2, 0, back], [carpetX1, FLOOR_H, D / 2 - EDGE], C.carpet));
  add(parts, 'accent', boxBetween([-W / 2, 0, D / 2 - EDGE], [W / 2, FLOOR_H, D / 2], ACCENT_DARK));
  if (!hasRight) add(parts, 'accent', boxBetween([W / 2 - EDGE, 0, back], [W / 2, FLOOR_H, D / 2 - EDGE], ACCENT_DARK));

  // Walls, with an accent band along their tops.
  const band = 0.15;
  add(parts, 'matte', boxBetween([-W / 2, 0, back], [W / 2, H - band, back + WALL_T], C.white));
  add(parts, 'accent', boxBetween([-W / 2, H - band, back], [W / 2, H, back + WALL_T], ACCENT_DARK));
  collision.push(solid([W, H, WALL_T], [0, H / 2, back + WALL_T / 2]));
  const sides = hasRight ? [-1, 1] : [-1];
  for (const s of sides) {
    const x0 = s < 0 ? -W / 2 : W / 2 - WALL_T;
    add(parts, 'matte', boxBetween([x0, 0, back + WALL_T], [x0 + WALL_T, H - band, D / 2], C.white));
    add(parts, 'accent', boxBetween([x0, H - band, back + WALL_T], [x0 + WALL_T, H, D / 2], ACCENT_DARK));
    collision.push(solid([WALL_T, H, D - WALL_T], [x0 + WALL_T / 2, H / 2, (back + WALL_T + D / 2) / 2]));
  }

  // Fascia above the back wall, right behind the sign (sign plane 1 cm in front of its face).
  const fasciaW = Math.min(W, sign.width + 1);
  const signTop = sign.position[1] + sign.height / 2;
  const fasciaFront = sign.position[2] - 0.01;
  add(
    parts,
    'accent',
    boxBetween([-fasciaW / 2, H, back], [fasciaW / 2, Math.max(signTop + 0.05, H + 1), fasciaFront], ACCENT, true),
  );

  // Spotlight bar in front of the back wall, below the sign, on two arms.
  const barZ = back + 0.65;
  const barY = H - 0.1;
  const barHalf = W / 2 - 0.6;
  const metal = C.darkGrey;
  add(parts, 'matte', boxBetween([-barHalf, barY, barZ - 0.02], [barHalf, barY + 0.04, barZ + 0.02], metal, true));
  for (const s of [-1, 1]) {
    const ax = s * (barHalf - 0.4);
    add(parts, 'matte', boxBetween([ax - 0.015, barY, back + WALL_T], [ax + 0.015, barY + 0.03, barZ - 0.02], metal, true));
  }
  const spots = clamp(Math.round((W - 1.2) / 1.8), 3, 7);
  for (let i = 0; i < spots; i++) {
    const x = -barHalf + 0.3 + ((2 * barHalf - 0.6) * i) / (spots - 1);
    add(parts, 'matte', boxBetween([x - 0.045, barY - 0.14, barZ - 0.045], [x + 0.045, barY, barZ + 0.045], C.charcoal));
    const y = barY - 0.141;
    add(
      parts,
      'screen',
      quad(
        [x - 0.035, y, barZ - 0.035],
        [x + 0.035, y, barZ - 0.035],
        [x + 0.035, y, barZ + 0.035],
        [x - 0.035, y, barZ + 0.035],
        C.offWhite,
      ),
    );
  }

  // Wall graphics: on the back wall, away from the middle, and one on each side wall.
  const gw = 1.2;
  const backXs = W >= 12 ? [-(W / 2 - 1.1), -W / 4, W / 4, W / 2 - 1.1] : W >= 5 ? [-(W / 2 - 1.1), W / 2 - 1.1] : [];
  for (const x of backXs) {
    const g = graphic(gw, 1.0, 2.2, 0);
    add(parts, 'accent', place(g.accent, [x, 0, back + WALL_T]));
    add(parts, 'matte', place(g.matte, [x, 0, back + WALL_T]));
  }
  for (const s of D >= 3.5 ? sides : []) {
    const g = graphic(gw, 1.0, 2.2, 0);
    // Turned to face the inside of the stand: the left wall's graphic faces +x, the right's -x.
    const x = s < 0 ? -W / 2 + WALL_T : W / 2 - WALL_T;
    const z = back + Math.max(WALL_T + 0.2 + gw / 2, Math.min(D * 0.4, D - 2.2));
    add(parts, 'accent', place(g.accent, [x, 0, z], s < 0 ? Math.PI / 2 : -Math.PI / 2));
    add(parts, 'matte', place(g.matte, [x, 0, z], s < 0 ? Math.PI / 2 : -Math.PI / 2));
  }

  addCounters(parts, collision, plan);
  return { parts, collision };
}

/** Island stand: open on all sides, a sign tower in the middle, two counters. */
function islandBooth(W: number, D: number): Built {
  const plan = boothPlan('island', W, D);
  const sign = signAnchor('island', W, D);
  const parts: Parts = {};
  const collision: CollisionBox[] = [];

  // Floor: carpet framed by an accent edge.
  add(parts, 'matte', boxBetween([-W / 2 + EDGE, 0, -D / 2 + EDGE], [W / 2 - EDGE, FLOOR_H, D / 2 - EDGE], C.carpet));
  add(
    parts,
    'accent',
    boxBetween([-W / 2, 0, D / 2 - EDGE], [W / 2, FLOOR_H, D / 2], ACCENT_DARK),
    boxBetween([-W / 2, 0, -D / 2], [W / 2, FLOOR_H, -D / 2 + EDGE], ACCENT_DARK),
    boxBetween([-W / 2, 0, -D / 2 + EDGE], [-W / 2 + EDGE, FLOOR_H, D / 2 - EDGE], ACCENT_DARK),
    boxBetween([W / 2 - EDGE, 0, -D / 2 + EDGE], [W / 2, FLOOR_H, D / 2 - EDGE], ACCENT_DARK),
  );

  // Tower: a white body, and a wide accent header on top whose front face carries the sign.
  const t = TOWER.side / 2;
  add(parts, 'matte', boxBetween([-t, 0, -t], [t, TOWER.body, t], C.white));
  const headerHalf = Math.min(W / 2, sign.width / 2 + 0.2);
  const front = sign.position[2] - 0.01;
  add(parts, 'accent', boxBetween([-headerHalf, TOWER.body, -front], [headerHalf, TOWER.top, front], ACCENT, true));
  // Accent band at the foot, screens on the front and back faces, graphics on the sides.
  add(parts, 'accent', boxBetween([-t - 0.01, 0, -t - 0.01], [t + 0.01, 0.25, t + 0.01], ACCENT_DARK));
  for (const rot of [0, Math.PI]) {
    add(parts, 'matte', place(boxBetween([-0.5, 1.45, t], [0.5, 2.06, t + 0.04], C.black), [0, 0, 0], rot));
    const z = t + 0.045;
    add(
      parts,
      'screen',
      place(quad([-0.46, 1.49, z], [0.46, 1.49, z], [0.46, 2.02, z], [-0.46, 2.02, z], C.screenGlow), [0, 0, 0], rot),
    );
  }
  for (const rot of [Math.PI / 2, -Math.PI / 2]) {
    const g = graphic(0.9, 0.6, 2.6, 0);
    add(parts, 'accent', place(place(g.accent, [0, 0, t]), [0, 0, 0], rot));
    add(parts, 'matte', place(place(g.matte, [0, 0, t]), [0, 0, 0], rot));
  }
  collision.push(solid([TOWER.side, TOWER.top, TOWER.side], [0, TOWER.top / 2, 0]));

  addCounters(parts, collision, plan);
  return { parts, collision };
}

/** Open-air pitch: paving, a marquee at the back with a tall sign header, a rope barrier at the front. */
function outdoorBooth(W: number, D: number): Built {
  const plan = boothPlan('outdoor', W, D);
  const cp = plan.canopy!;
  const sign = signAnchor('outdoor', W, D);
  const parts: Parts = {};
  const collision: CollisionBox[] = [];
  const cw = cp.width;

  add(parts, 'matte', boxBetween([-W / 2, 0, -D / 2], [W / 2, 0.06, D / 2], C.paving));

  // Roof: a slab falling from the back to the front; y of its top at z.
  const r0 = cp.zBack - 0.1;
  const r1 = cp.zFront + 0.1;
  const roofTop = (z: number): number => CANOPY.roofBack + ((CANOPY.roofFront - CANOPY.roofBack) * (z - r0)) / (r1 - r0);
  const T = CANOPY.roofT;

  // Posts: the back two rise to the top of the header, the front two carry the roof's front edge.
  const post = 0.1;
  const alu = C.lightGrey;
  for (const s of [-1, 1]) {
    const x = s * (cw / 2 - post / 2);
    const backH = CANOPY.headerTop;
    const frontH = roofTop(cp.zFront) - T;
    add(parts, 'matte', boxBetween([x - post / 2, 0, cp.zBack - post / 2], [x + post / 2, backH, cp.zBack + post / 2], alu));
    add(parts, 'matte', boxBetween([x - post / 2, 0, cp.zFront - post / 2], [x + post / 2, frontH, cp.zFront + post / 2], alu));
    collision.push(solid([post, backH, post], [x, backH / 2, cp.zBack]));
    collision.push(solid([post, frontH, post], [x, frontH / 2, cp.zFront]));
  }

  // Roof panels in marquee stripes, accent and white, closed underneath (seen from below).
  const slab: Array<[number, number]> = [
    [r0, roofTop(r0) - T],
    [r1, roofTop(r1) - T],
    [r1, roofTop(r1)],
    [r0, roofTop(r0)],
  ];
  const stripes = 2 * Math.round(cw / 2.2) + 1;
  for (let i = 0; i < stripes; i++) {
    const x0 = -cw / 2 + (cw * i) / stripes;
    const x1 = -cw / 2 + (cw * (i + 1)) / stripes;
    if (i % 2 === 0) add(parts, 'accent', prismX(slab, x0, x1, ACCENT));
    else add(parts, 'matte', prismX(slab, x0, x1, C.white));
  }
  // Valance on the front and both sides, hanging below the roof's edge.
  const V = CANOPY.valance;
  const yFront = roofTop(r1);
  add(parts, 'accent', boxBetween([-cw / 2 - 0.03, yFront - T - V, r1], [cw / 2 + 0.03, yFront, r1 + 0.03], ACCENT, true));
  const side: Array<[number, number]> = [
    [r0, roofTop(r0) - T - V],
    [r1, yFront - T - V],
    [r1, yFront],
    [r0, roofTop(r0)],
  ];
  add(parts, 'accent', prismX(side, -cw / 2 - 0.03, -cw / 2, ACCENT), prismX(side, cw / 2, cw / 2 + 0.03, ACCENT));

  // Header: a tall accent board standing on the back of the roof, between the back posts; its front
  // face is right behind the sign, whose bottom edge stays above the roof.
  const headerFront = sign.position[2] - 0.01;
  add(
    parts,
    'accent',
    boxBetween([-cw / 2, roofTop(r0) - T, cp.zBack + post / 2], [cw / 2, CANOPY.headerTop, headerFront], ACCENT),
  );

  // Front barrier: stanchions with a rope, a gap in the middle for the entry.
  const zb = D / 2 - 0.15;
  const xIn = cp.gap / 2,
    xOut = W / 2 - 0.2;
  if (xOut - xIn > 0.3) {
    const n = clamp(Math.ceil((xOut - xIn) / 2) + 1, 2, 6);
    for (const s of [-1, 1]) {
      for (let i = 0; i < n; i++) {
        const x = s * (xIn + ((xOut - xIn) * i) / (n - 1));
        add(parts, 'matte', boxBetween([x - 0.11, 0.06, zb - 0.11], [x + 0.11, 0.09, zb + 0.11], C.charcoal));
        add(parts, 'matte', boxBetween([x - 0.025, 0.09, zb - 0.025], [x + 0.025, BARRIER_H, zb + 0.025], C.lightGrey));
      }
      const a = s * xIn,
        b = s * xOut;
      add(
        parts,
        'accent',
        boxBetween([Math.min(a, b), BARRIER_H - 0.1, zb - 0.015], [Math.max(a, b), BARRIER_H - 0.06, zb + 0.015], ACCENT),
      );
      collision.push(solid([xOut - xIn + 0.22, BARRIER_H, 0.24], [(s * (xIn + xOut)) / 2, BARRIER_H / 2, zb]));
    }
  }
  return { parts, collision };
}

/** A booth of the given kind and size (metres), centred on the origin, open front toward +z. */
export function booth(kind: BoothKind, width: number, depth: number): Built {
  switch (kind) {
    case 'inline':
    case 'corner':
      return wallBooth(kind, width, depth);
    case 'island':
      return islandBooth(width, depth);
    case 'outdoor':
      return outdoorBooth(width, depth);
  }
}
