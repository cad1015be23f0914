/**
 * Where props go in a booth: theme defaults, and a deterministic placement in the booth's local frame
 * (metres, front toward +z). Props keep clear of the booth's solids (walls, counters, tower, canopy posts,
 * barrier), of each other, of the entry from the front and the staff space behind counters; tall props
 * keep out from under low things (a canopy roof, a sign). Whatever does not fit is dropped.
 */
import type { BoothKind, PropKind, Theme } from '../../../src/scene/schema.ts';
import { booth, boothPlan, type Rect } from './booths.ts';
import { prop, PROP_SIZE } from './props.ts';
import type { CollisionBox } from './types.ts';

/** Default props of each theme, most important first (the first ones get the best spots). */
export const THEME_PROPS: Record<Theme, PropKind[]> = {
  forensics: ['lab-bench', 'showcase'],
  intervention: ['mannequin', 'showcase'],
  technology: ['screen-wall', 'kiosk'],
  recruitment: ['desk', 'chairs'],
  training: ['simulator'],
  social: ['desk', 'kiosk'],
  'identity-borders': ['e-gate', 'passport-desk'],
  'security-professions': ['mannequin', 'screen-wall'],
  'human-rights': ['screen-wall', 'chairs'],
  'road-safety': ['road-set'],
};

export interface PropPlacement {
  kind: PropKind;
  /** Centre of the prop's footprint, booth frame. */
  x: number;
  z: number;
  /** Radians about y, counter-clockwise seen from above; a multiple of π/2. */
  rotationY: number;
}

const VEHICLES: ReadonlySet<PropKind> = new Set(['police-car', 'armored-truck', 'motorbike']);
const STEP = 0.1;
const EPS = 1e-7;

/** The footprint rectangle of a prop placed at (x, z), turned by a multiple of π/2. */
export function propRect(kind: PropKind, x: number, z: number, rotationY: number): Rect {
  const [w, d] = PROP_SIZE[kind];
  const quarter = Math.round(rotationY / (Math.PI / 2));
  const [rw, rd] = quarter % 2 === 0 ? [w, d] : [d, w];
  return { x0: x - rw / 2, x1: x + rw / 2, z0: z - rd / 2, z1: z + rd / 2 };
}

/** The floor rectangle of a collision box turned by a multiple of π/2. */
export function boxRect(b: CollisionBox): Rect {
  const quarter = Math.round(b.rotationY / (Math.PI / 2));
  const [w, d] = quarter % 2 === 0 ? [b.size[0], b.size[2]] : [b.size[2], b.size[0]];
  return { x0: b.center[0] - w / 2, x1: b.center[0] + w / 2, z0: b.center[2] - d / 2, z1: b.center[2] + d / 2 };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.z0 < b.z1 - EPS && b.z0 < a.z1 - EPS;
}

const heights = new Map<PropKind, number>();
/** Height of a prop's geometry, metres. */
function propHeight(kind: PropKind): number {
  let h = heights.get(kind);
  if (h === undefined) {
    h = 0;
    for (const g of Object.values(prop(kind).parts)) {
      if (!g) continue;
      for (let i = 1; i < g.positions.length; i += 3) h = Math.max(h, g.positions[i]!);
    }
    heights.set(kind, h);
  }
  return h;
}

/** Candidate centres along one axis within [lo, hi]: a grid (symmetric about 0 when `centred`), the ends, and flush spots. */
function axisCandidates(lo: number, hi: number, centred: boolean, flush: number[]): number[] {
  if (hi < lo - EPS) return [];
  if (hi < lo) hi = lo;
  const out = new Set<number>([lo, hi]);
  if (centred) {
    const k = Math.floor(hi / STEP + EPS);
    for (let i = -k; i <= k; i++) {
      const v = Math.round(i * STEP * 1e6) / 1e6;
      if (v >= lo - EPS && v <= hi + EPS) out.add(v);
    }
  } else {
    for (let i = 0; lo + i * STEP <= hi + EPS; i++) out.add(Math.min(hi, lo + i * STEP));
  }
  for (const v of flush) if (v >= lo - EPS && v <= hi + EPS) out.add(Math.min(hi, Math.max(lo, v)));
  return [...out].sort((a, b) => a - b);
}

/**
 * Places props in a booth, in order, each at the first free spot by preference: against the back
 * (wall booths, open-air pitches: back rows first, then nearest the middle) or beside the tower
 * (islands: nearest the tower's line first). Vehicles stay facing front, side by side; other props turn
 * a quarter toward the middle when they fit no other way. Props that do not fit are dropped.
 */
export function layoutProps(kind: BoothKind, width: number, depth: number, props: PropKind[]): PropPlacement[] {
  const plan = boothPlan(kind, width, depth);
  const solids = booth(kind, width, depth).collision.map(boxRect);
  const blocked: Rect[] = [...solids, ...plan.keepOut];
  const placed: Rect[] = [];
  const out: PropPlacement[] = [];
  const island = kind === 'island';

  for (const k of props) {
    const h = propHeight(k);
    const obstacles = [...blocked, ...plan.lowZones.filter((z) => h > z.clearance + EPS).map((z) => z.rect), ...placed];
    const rotations = VEHICLES.has(k) ? [0] : [0, Math.PI / 2];
    let found: PropPlacement | null = null;
    for (const rot of rotations) {
      const r0 = propRect(k, 0, 0, rot);
      const hw = r0.x1, hd = r0.z1;
      const xs = axisCandidates(-width / 2 + hw, width / 2 - hw, true, obstacles.flatMap((o) => [o.x0 - hw, o.x1 + hw]));
      const zs = axisCandidates(-depth / 2 + hd, depth / 2 - hd, island, obstacles.flatMap((o) => [o.z0 - hd, o.z1 + hd]));
      const cands: Array<[number, number]> = [];
      for (const z of zs) for (const x of xs) cands.push([x, z]);
      cands.sort(([xa, za], [xb, zb]) =>
        island
          ? Math.abs(za) - Math.abs(zb) || Math.abs(xa) - Math.abs(xb) || xa - xb || zb - za
          : za - zb || Math.abs(xa) - Math.abs(xb) || xa - xb,
      );
      for (const [x, z] of cands) {
        const r = propRect(k, x, z, rot);
        if (obstacles.some((o) => overlaps(r, o))) continue;
        // Turned props face the middle of the booth.
        found = { kind: k, x, z, rotationY: rot === 0 ? 0 : x <= 0 ? Math.PI / 2 : -Math.PI / 2 };
        placed.push(r);
        break;
      }
      if (found) break;
    }
    if (found) out.push(found);
  }
  return out;
}
