/** Where a booth's counters, keep-out areas and low zones are: what its geometry and its prop layout both rely on. */
import { signAnchor, WALL_THICKNESS } from '../../../../src/edition/booths.ts';
import type { BoothKind } from '../../../../src/edition/schema.ts';

/** An axis-aligned rectangle on the floor plan, local frame: x0 < x1, z0 < z1. */
export interface Rect {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
}

/** Thickness of a shell-scheme wall: counters and keep-out areas sit clear of it. */
export const WALL_T = WALL_THICKNESS;
/** Reception counter: length along x, depth along z, height. */
export const COUNTER = { w: 1.6, d: 0.6, h: 1.05 } as const;
/**
 * Open-air marquee: header top; roof top at the back and at the front (a mono-pitch falling to the
 * front, so that from eye height the sign shows above it from a few metres away); roof thickness; valance.
 */
export const CANOPY = { headerTop: 4.25, roofBack: 2.45, roofFront: 2.25, roofT: 0.08, valance: 0.22 } as const;

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

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

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
