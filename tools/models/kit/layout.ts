/**
 * Where props go in a booth: theme defaults, and a deterministic placement in the booth's local frame
 * (metres, front toward +z). Props keep clear of the booth's solids (walls, counters, tower, canopy posts,
 * barrier), of each other, of the entry from the front and the staff space behind counters; tall props
 * keep out from under low things (a canopy roof, a sign). Whatever does not fit is dropped.
 */
import type { BoothKind, PropKind, Theme } from '../../../src/edition/schema.ts';
import { booth, boothPlan, type LowZone, type Rect } from './booths.ts';
import { place } from './geo.ts';
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

/** Heights of a turned prop by depth: slices [z0, z1] (relative to its centre) and the most height there. */
type Profile = Array<{ z0: number; z1: number; h: number }>;
const PROFILE_STEP = 0.2;
const profiles = new Map<string, Profile>();

/** The height profile of a prop along z once turned by rotationY (conservative: per-triangle bounds). */
function heightProfile(kind: PropKind, rotationY: number): Profile {
  const key = `${kind}@${Math.round(rotationY / (Math.PI / 2))}`;
  let out = profiles.get(key);
  if (out) return out;
  const [, , z0, z1] = ((r) => [r.x0, r.x1, r.z0, r.z1])(propRect(kind, 0, 0, rotationY));
  const n = Math.max(1, Math.ceil((z1 - z0) / PROFILE_STEP - EPS));
  const hs = new Array<number>(n).fill(0);
  for (const g of Object.values(prop(kind).parts)) {
    if (!g) continue;
    const t = place(g, [0, 0, 0], rotationY);
    for (let i = 0; i < t.indices.length; i += 3) {
      let lo = Infinity,
        hi = -Infinity,
        top = 0;
      for (let k = 0; k < 3; k++) {
        const v = t.indices[i + k]!;
        lo = Math.min(lo, t.positions[3 * v + 2]!);
        hi = Math.max(hi, t.positions[3 * v + 2]!);
        top = Math.max(top, t.positions[3 * v + 1]!);
      }
      const a = Math.max(0, Math.floor((lo - z0) / PROFILE_STEP));
      const b = Math.min(n - 1, Math.floor((hi - z0) / PROFILE_STEP));
      for (let j = a; j <= b; j++) hs[j] = Math.max(hs[j]!, top);
    }
  }
  out = hs.map((h, j) => ({ z0: z0 + j * PROFILE_STEP, z1: Math.min(z1, z0 + (j + 1) * PROFILE_STEP), h }));
  profiles.set(key, out);
  return out;
}

/** Whether a prop at (x, z) keeps under a low zone: each slice inside the zone under the clearance at its far edge. */
function fitsUnder(zone: LowZone, r: Rect, profile: Profile, z: number): boolean {
  const zr = zone.rect;
  if (!(r.x0 < zr.x1 - EPS && zr.x0 < r.x1 - EPS)) return true;
  for (const s of profile) {
    const a = z + s.z0,
      b = z + s.z1;
    if (!(a < zr.z1 - EPS && zr.z0 < b - EPS)) continue;
    const far = Math.min(b, zr.z1);
    if (s.h > zone.clearance - zone.drop * Math.max(0, far - zone.zRef) + EPS) return false;
  }
  return true;
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
 * a quarter toward the middle when they fit no other way; chairs right in front of a screen wall face it.
 * Props that do not fit are dropped.
 */
export function layoutProps(kind: BoothKind, width: number, depth: number, props: PropKind[]): PropPlacement[] {
  const plan = boothPlan(kind, width, depth);
  const solids = booth(kind, width, depth).collision.map(boxRect);
  const blocked: Rect[] = [...solids, ...plan.keepOut];
  const placed: Rect[] = [];
  const out: PropPlacement[] = [];
  const island = kind === 'island';

  for (const k of props) {
    const obstacles = [...blocked, ...placed];
    const rotations = VEHICLES.has(k) ? [0] : [0, Math.PI / 2];
    let found: PropPlacement | null = null;
    for (const rot of rotations) {
      const r0 = propRect(k, 0, 0, rot);
      const hw = r0.x1,
        hd = r0.z1;
      const xs = axisCandidates(
        -width / 2 + hw,
        width / 2 - hw,
        true,
        obstacles.flatMap((o) => [o.x0 - hw, o.x1 + hw]),
      );
      const zs = axisCandidates(
        -depth / 2 + hd,
        depth / 2 - hd,
        island,
        obstacles.flatMap((o) => [o.z0 - hd, o.z1 + hd]),
      );
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
        const rotationY = rot === 0 ? 0 : x <= 0 ? Math.PI / 2 : -Math.PI / 2;
        const profile = heightProfile(k, rotationY);
        if (!plan.lowZones.every((zone) => fitsUnder(zone, r, profile, z))) continue;
        found = { kind: k, x, z, rotationY };
        placed.push(r);
        break;
      }
      if (found) break;
    }
    if (found) {
      // An audience turns round to face a screen wall placed right behind it.
      if (k === 'chairs' && found.rotationY === 0) {
        const r = propRect(k, found.x, found.z, 0);
        const screen = out.some((p) => {
          if (p.kind !== 'screen-wall' || p.rotationY !== 0) return false;
          const q = propRect(p.kind, p.x, p.z, 0);
          return q.z1 <= r.z0 + 0.5 && q.x0 < r.x1 && r.x0 < q.x1;
        });
        if (screen) found.rotationY = Math.PI;
      }
      out.push(found);
    }
  }
  return out;
}
