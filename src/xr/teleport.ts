/**
 * Teleport in the headset, as plain maths: the arc thrown from a controller's (or a pinching hand's)
 * ray, where it lands, and whether the visitor may land there, by the walk's own collision world
 * (src/walk/collide.ts). The view draws `points` green or red and the marker at `landing`; the
 * locomotion then moves the rig with rigForLanding (./turn.ts).
 *
 * The rules, and why:
 * - The site is flat: the walker's rig is always at y = 0 (src/walk/step.ts), the ground of the
 *   models is at 0 and paths are paved 4 cm above it (tools/models/kit/ground/paths.ts), so the arc
 *   lands on the plane y = 0.
 * - The landing must be free ground for the walker's circle (CollisionWorld.isFree with
 *   WALKER_RADIUS): not in a wall, a fence, a prop or a counter, nor so close to one that the visitor
 *   would stand in it; and inside the site's boundary.
 * - Not in a booth: a stand's footprint is refused even where its floor is free to walk on (most
 *   booths are open at the front, 28 of the 37 stand centres are free ground), because a teleport
 *   there lands among the exhibits, facing a wall; a visitor who wants in walks in (smooth movement)
 *   or lands in front, where the arrival viewpoints are.
 * - The arc may pass over things (a counter, a barrier: teleport is a jump) but not through them: each
 *   segment is tested against the solids' boxes with their heights (Obstacle.minY, maxY, kept by the
 *   collision world). The collision world holds only what blocks a walker (src/walk/collide.ts drops
 *   what is stepped over, under 0.35 m, or walked under, above 1.9 m), so an arc through an awning is
 *   not seen, nor a hall's roof: a solid 3 m tall or more is taken as a building's wall, reaching up
 *   to its roof, which no arc passes over (a landing arc rises up to 3.8 m, over the 3.6 m eaves of the
 *   lowest halls), so an arc enters a hall only through its doorway.
 *
 * Allocation-free once a TeleportArc is made: it runs every frame while the visitor aims.
 */
import type { Rect } from '../edition/geometry.ts';
import type { Obstacle } from '../walk/obstacles.ts';
import { pointRectangleDistance } from '../walk/planDistances.ts';
import { WALKER_RADIUS } from '../walk/walkWorld.ts';
import { firstHit, gatherUnder, insidePolygon } from './arcHits.ts';
import type { Point3 } from './pose.ts';

export { BUILDING_WALL } from './arcHits.ts';

/**
 * Launch speed of the arc, m/s, and gravity, m/s². With a hand at about 1.2 m, 8 m/s carries the arc
 * at most 7.6 m (aimed 40° up), its top 2.6 m above the ground: a hop of a few booths' widths, short
 * enough that the landing is seen clearly and aimed precisely. Real gravity
 * makes the curve look thrown, which is how people read it.
 */
export const LAUNCH_SPEED = 8;
export const GRAVITY = 9.81;
/**
 * Longest flight the arc is followed for, s. Aimed 60° up from 1.2 m, it lands after 1.57 s; aimed
 * higher than that, it does not land (the visitor is pointing at the sky, not choosing a spot).
 */
export const ARC_TIME = 1.6;
/** Segments the arc is sampled in: 0.05 s each, chords of at most 0.4 m that sag 3 mm from the curve. */
export const ARC_SEGMENTS = 32;
/** The ground: the site is flat. */
export const GROUND_Y = 0;

export type TeleportReason =
  /** Free ground: the visitor may land there. */
  | 'ok'
  /** The arc does not come down within ARC_TIME (aimed too high), or starts below the ground. */
  | 'no-landing'
  /** The arc meets a solid before it lands (a wall, a booth's side, a fence). */
  | 'hits-obstacle'
  /** It lands outside the site's boundary. */
  | 'outside-site'
  /** It lands in a stand's footprint (a booth). */
  | 'booth'
  /** It lands where the walker's circle would overlap a solid or the boundary. */
  | 'not-free';

/** The arc as the view draws it, refreshed in place by traceTeleport. */
export interface TeleportArc {
  /** x, y, z of each point of the arc, from the hand to where it ends; `count` points hold. */
  points: Float32Array;
  count: number;
  /** Where the arc ends: on the ground when `landed`, else on what it hit or at its last point. */
  landing: Point3;
  /** Whether it ended on the ground. */
  landed: boolean;
  /** Whether the visitor may teleport to `landing`. */
  allowed: boolean;
  reason: TeleportReason;
}

export function makeTeleportArc(): TeleportArc {
  return {
    points: new Float32Array((ARC_SEGMENTS + 1) * 3),
    count: 0,
    landing: { x: 0, y: 0, z: 0 },
    landed: false,
    allowed: false,
    reason: 'no-landing',
  };
}

/** What teleport reads of the collision world: CollisionWorld (src/walk/collide.ts) is one. */
export interface TeleportCollider {
  readonly obstacles: readonly Obstacle[];
  readonly boundary: readonly (readonly [number, number])[];
  isFree(x: number, z: number, radius: number): boolean;
}

/** A stand's footprint as a centred rectangle on the plan, precomputed (see keepOutOf). */
export interface KeepOut {
  cx: number;
  cz: number;
  cos: number;
  sin: number;
  hx: number;
  hz: number;
}

/** The world teleport checks against: the walk's collision world and the booths' footprints. */
export interface TeleportWorld {
  collision: TeleportCollider | null;
  keepOut: readonly KeepOut[];
}

/**
 * The footprints (stands from the edition, by src/edition/geometry.ts's Rect and toPlan convention:
 * rotation in degrees, counter-clockwise from above) in the form the landing test reads, built once.
 */
export function keepOutOf(footprints: readonly Rect[]): KeepOut[] {
  return footprints.map((r) => {
    const a = (r.rotation * Math.PI) / 180;
    // toLocal's rotation: local = (c·dx − s·dz, s·dx + c·dz).
    return { cx: r.position[0], cz: r.position[1], cos: Math.cos(a), sin: Math.sin(a), hx: r.width / 2, hz: r.depth / 2 };
  });
}

/**
 * Throws the arc from `origin` along `direction` (any length; normalised here), into `out`: its
 * points, where it ends and whether the visitor may land there, and why not.
 */
export function traceTeleport(origin: Point3, direction: Point3, world: TeleportWorld, out: TeleportArc): TeleportArc {
  out.count = 0;
  out.landed = false;
  out.allowed = false;
  out.reason = 'no-landing';
  const length = Math.hypot(direction.x, direction.y, direction.z);
  const { x: ox, y: oy, z: oz } = origin;
  if (!(length > 0) || !Number.isFinite(ox + oy + oz) || oy <= GROUND_Y) {
    setLanding(out, ox, oy, oz);
    return out;
  }
  const vx = (direction.x / length) * LAUNCH_SPEED;
  const vy = (direction.y / length) * LAUNCH_SPEED;
  const vz = (direction.z / length) * LAUNCH_SPEED;
  // When it comes down to the ground: the later root of oy + vy·t − g·t²/2 = GROUND_Y.
  const tGround = (vy + Math.sqrt(vy * vy + 2 * GRAVITY * (oy - GROUND_Y))) / GRAVITY;
  const landsInTime = tGround <= ARC_TIME;
  const tEnd = Math.min(tGround, ARC_TIME);
  const dt = ARC_TIME / ARC_SEGMENTS;

  // On the plan the arc is a straight line (only y curves): the solids it may meet are those under it.
  const solids = world.collision?.obstacles ?? [];
  const count = gatherUnder(solids, ox, oz, ox + vx * tEnd, oz + vz * tEnd);

  pushPoint(out, ox, oy, oz);
  let t0 = 0;
  let x0 = ox;
  let y0 = oy;
  let z0 = oz;
  for (let k = 1; k <= ARC_SEGMENTS && t0 < tEnd; k++) {
    const t1 = k === ARC_SEGMENTS ? tEnd : Math.min(k * dt, tEnd);
    const x1 = ox + vx * t1;
    const y1 = t1 === tGround ? GROUND_Y : oy + vy * t1 - (GRAVITY * t1 * t1) / 2;
    const z1 = oz + vz * t1;
    const hit = firstHit(solids, count, x0, y0, z0, x1, y1, z1);
    if (hit <= 1) {
      // Through a solid: the arc stops on it, red.
      const hx = x0 + (x1 - x0) * hit;
      const hy = y0 + (y1 - y0) * hit;
      const hz = z0 + (z1 - z0) * hit;
      pushPoint(out, hx, hy, hz);
      setLanding(out, hx, hy, hz);
      out.reason = 'hits-obstacle';
      return out;
    }
    pushPoint(out, x1, y1, z1);
    t0 = t1;
    x0 = x1;
    y0 = y1;
    z0 = z1;
  }
  setLanding(out, x0, y0, z0);
  if (!landsInTime) return out;
  out.landed = true;
  out.reason = landingVerdict(world, x0, z0);
  out.allowed = out.reason === 'ok';
  return out;
}

/**
 * Whether the walker may stand at (x, z) after a teleport, and if not why. Before the collision world
 * is loaded nothing can be told free, so nothing is (walking goes straight on then; a teleport would
 * be a blind jump).
 */
export function landingVerdict(world: TeleportWorld, x: number, z: number, radius = WALKER_RADIUS): TeleportReason {
  const collision = world.collision;
  if (!collision) return 'not-free';
  if (!insidePolygon(collision.boundary, x, z)) return 'outside-site';
  for (const k of world.keepOut) {
    const dx = x - k.cx;
    const dz = z - k.cz;
    if (pointRectangleDistance(k.cos * dx - k.sin * dz, k.sin * dx + k.cos * dz, k.hx, k.hz) < radius) return 'booth';
  }
  if (!collision.isFree(x, z, radius)) return 'not-free';
  return 'ok';
}

function pushPoint(out: TeleportArc, x: number, y: number, z: number): void {
  const i = out.count * 3;
  out.points[i] = x;
  out.points[i + 1] = y;
  out.points[i + 2] = z;
  out.count++;
}

function setLanding(out: TeleportArc, x: number, y: number, z: number): void {
  out.landing.x = x;
  out.landing.y = y;
  out.landing.z = z;
}
