/**
 * Where a visitor stands on arriving at a stand or a place, for the screen they have: outside the
 * target's approach edge, on a line across it, facing in, as far back as it takes for the target's
 * sign and every one of its markers to be on screen with a margin (the interface covers the top and
 * bottom of a phone), and no farther than the free ground in front of it allows.
 *
 * A phone held upright sees a narrow slice of the world: the ground camera's field of view widens on
 * upright screens (`groundFov`) and the viewpoint backs away; on a desktop it stays close.
 *
 * Pure: no three.js, no store. The caller gives the screen's aspect and a test of free ground.
 */
import { signAnchor } from '../edition/booths.ts';
import { toPlan } from '../edition/geometry.ts';
import type { Side } from '../edition/schema.ts';
import { placeApproach, type Target } from '../edition/targets.ts';
import { EYE_HEIGHT } from '../state/frame.ts';

const DEG = Math.PI / 180;

/** The ground camera's vertical field of view on a landscape screen, degrees. */
export const GROUND_FOV = 70;
/** Narrowest horizontal field of view an upright screen gets, degrees… */
const MIN_HORIZONTAL_FOV = 50;
/** …as long as the vertical one stays under this, degrees (beyond it the picture stretches). */
const MAX_VERTICAL_FOV = 92;

/** Vertical field of view of the ground camera for a screen of this aspect (width / height), degrees. */
export function groundFov(aspect: number): number {
  const a = Math.max(aspect, 0.1);
  const forHorizontal = (2 * Math.atan(Math.tan((MIN_HORIZONTAL_FOV * DEG) / 2) / a)) / DEG;
  return Math.min(MAX_VERTICAL_FOV, Math.max(GROUND_FOV, forHorizontal));
}

/** Closest a visitor stands to the target's edge, metres (the whole stand in a comfortable view on a desktop). */
export const MIN_VIEW_DISTANCE = 2.8;
/** Farthest, metres (an 18 m open-air pitch on an upright phone needs about 23). */
const MAX_VIEW_DISTANCE = 24;
/** Share of the half-screen the framed points may use, across and up-down (the top bar and the joystick take the rest). */
const MARGIN_ACROSS = 0.92;
const MARGIN_UP_DOWN = 0.72;
/** A marker's radius on screen as a share of its distance once it keeps a constant size (markerMaterial: 0.2 m at 4 m, emphasised ×1.3). */
const MARKER_ANGLE = (0.2 * 1.3) / 4;
/** Closer than this a marker has a fixed world size, metres. */
const MARKER_GROW_FROM = 4;
/** Keep this much free ground around the standing point, metres. */
const CLEARANCE = 0.6;

export interface Viewpoint {
  x: number;
  z: number;
  /** Radians (the rig's yaw): facing the target. */
  yaw: number;
}

export interface Screen {
  /** Width over height of the 3D view. */
  aspect: number;
  /** Vertical field of view, degrees (`groundFov(aspect)` when absent). */
  fov?: number;
}

/** Whether a visitor fits at a plan point; absent, the ground is taken as free. */
export type FreeGround = (x: number, z: number) => boolean;

/** Across (a) and outward (b) axes of an approach side, in the footprint's local frame. */
const AXES: Record<Side, { t: [number, number]; n: [number, number] }> = {
  front: { t: [1, 0], n: [0, 1] },
  back: { t: [-1, 0], n: [0, -1] },
  right: { t: [0, -1], n: [1, 0] },
  left: { t: [0, 1], n: [-1, 0] },
};

/** A point to keep on screen, in approach coordinates: a across, b outward, y up, r its radius. */
interface Framed {
  a: number;
  b: number;
  y: number;
  /** Radius in metres close up; markers add MARKER_ANGLE × distance. */
  r: number;
  marker: boolean;
}

/** The side a target is arrived at from: a stand's front, a place's approach. */
export function approachOf(target: Target): Side {
  return target.kind === 'stand' ? 'front' : placeApproach(target.place);
}

function framedPoints(target: Target, side: Side): Framed[] {
  const { t, n } = AXES[side];
  const at = (x: number, y: number, z: number, r: number, marker: boolean): Framed => ({
    a: x * t[0] + z * t[1],
    b: x * n[0] + z * n[1],
    y,
    r,
    marker,
  });
  const points = target.hotspots.map((h) => at(h.position[0], h.position[1], h.position[2], 0, true));
  if (target.kind === 'stand') {
    const s = signAnchor(target.stand.booth, target.width, target.depth);
    const [x, y, z] = s.position;
    for (const dx of [-s.width / 2, s.width / 2])
      for (const dy of [-s.height / 2, s.height / 2]) points.push(at(x + dx, y + dy, z, 0.1, false));
  }
  return points;
}

/**
 * The forward distance (from the eye, along the view) at which a point fits the screen, given the
 * half-screen tangents; markers grow with distance beyond MARKER_GROW_FROM, so solve in two parts.
 */
function fitDistance(offset: number, p: Framed, tan: number): number {
  const room = tan;
  if (!p.marker) return (offset + p.r) / room;
  const near = (offset + 0.2 * 1.3) / room;
  if (near <= MARKER_GROW_FROM) return near;
  return room > MARKER_ANGLE ? offset / (room - MARKER_ANGLE) : Infinity;
}

/**
 * The viewpoint for a target on this screen. `free` tests the ground: the visitor backs away only
 * over free ground, so a narrow aisle keeps them in it.
 */
export function arrivalViewpoint(target: Target, screen: Screen, free?: FreeGround): Viewpoint {
  const side = approachOf(target);
  const { t, n } = AXES[side];
  const halfDepth = side === 'front' || side === 'back' ? target.depth / 2 : target.width / 2;
  const halfAcross = side === 'front' || side === 'back' ? target.width / 2 : target.depth / 2;
  const points = framedPoints(target, side);
  const fov = (screen.fov ?? groundFov(screen.aspect)) * DEG;
  const tanV = Math.tan(fov / 2);
  const tanH = tanV * Math.max(screen.aspect, 0.1);

  // Across: centre on the framed points (a stand's sign is centred; markers may lean to a side).
  let a = 0;
  if (points.length) {
    const lo = Math.min(...points.map((p) => p.a));
    const hi = Math.max(...points.map((p) => p.a));
    a = Math.max(-halfAcross + 0.5, Math.min(halfAcross - 0.5, (lo + hi) / 2));
  }
  // Back: the farthest any point needs.
  let d = MIN_VIEW_DISTANCE;
  for (const p of points) {
    const across = fitDistance(Math.abs(p.a - a), p, tanH * MARGIN_ACROSS);
    const upDown = fitDistance(Math.abs(p.y - EYE_HEIGHT), p, tanV * MARGIN_UP_DOWN);
    d = Math.max(d, Math.max(across, upDown) - (halfDepth - p.b));
  }
  d = Math.min(d, MAX_VIEW_DISTANCE);

  const world = (along: number): [number, number] => {
    const lx = a * t[0] + along * n[0];
    const lz = a * t[1] + along * n[1];
    return toPlan(target, lx, lz);
  };
  // Over free ground only: step out from the edge until the wanted distance or the first obstacle.
  if (free) {
    const step = 0.25;
    let reached = MIN_VIEW_DISTANCE;
    for (let s = MIN_VIEW_DISTANCE; s <= d + 1e-9; s += step) {
      const [x, z] = world(halfDepth + s + CLEARANCE);
      if (!free(x, z)) break;
      reached = s;
    }
    d = Math.min(d, reached);
  }
  const [x, z] = world(halfDepth + d);
  const [lookX, lookZ] = world(halfDepth);
  return { x, z, yaw: Math.atan2(-(lookX - x), -(lookZ - z)) };
}

/** How far inside the outer fence a landing from the air puts the visitor, at least, metres. */
const FENCE_CLEARANCE = 6;

/**
 * Where a click on open ground from the air lands the visitor: at that point, but never against the
 * outer fence (pushed inside it), facing the middle of the site rather than the fence.
 */
export function landingSpot(x: number, z: number, boundary: readonly (readonly [number, number])[]): Viewpoint {
  let px = x;
  let pz = z;
  if (boundary.length >= 3) {
    // The boundary's centre (its vertices' mean): the inward side of every edge near it.
    let cx = 0;
    let cz = 0;
    for (const [bx, bz] of boundary) {
      cx += bx / boundary.length;
      cz += bz / boundary.length;
    }
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < boundary.length; i++) {
        const [ax, az] = boundary[i]!;
        const [bx, bz] = boundary[(i + 1) % boundary.length]!;
        const ex = bx - ax;
        const ez = bz - az;
        const len = Math.hypot(ex, ez) || 1;
        let nx = -ez / len;
        let nz = ex / len;
        if ((cx - ax) * nx + (cz - az) * nz < 0) {
          nx = -nx;
          nz = -nz;
        }
        const t = Math.max(0, Math.min(1, ((px - ax) * ex + (pz - az) * ez) / (len * len)));
        const inside = (px - (ax + ex * t)) * nx + (pz - (az + ez * t)) * nz;
        if (inside < FENCE_CLEARANCE) {
          px += nx * (FENCE_CLEARANCE - inside);
          pz += nz * (FENCE_CLEARANCE - inside);
        }
      }
    }
    const dx = cx - px;
    const dz = cz - pz;
    if (Math.hypot(dx, dz) > 1) return { x: px, z: pz, yaw: Math.atan2(-dx, -dz) };
  }
  return { x: px, z: pz, yaw: 0 };
}
