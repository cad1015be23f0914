/**
 * One frame of motion on foot, as plain maths: the movement input, the rig, the click-to-go route and
 * the collision world go in, the rig comes out moved. No React and no scene, so a unit test drives it
 * with frames of any length (tests/walk-substep.test.ts); src/canvas/player/Walker.tsx calls it each
 * frame on foot, and flies the flights itself.
 *
 * A frame's time is clamped at MAX_DELTA and cut into equal sub-steps; each one turns, aims again at
 * the route's next corner and collides. So a frame of 0.25 s (4 frames per second) walks the path of
 * the fifteen frames of 1/60 s it stands for, curves and corners included, not one straight line.
 */
import type { PlanPoint } from './collide.ts';
import { MAX_DELTA, MAX_SUBSTEP, RUN_SPEED, TURN_SPEED, WALK_SPEED } from './pace.ts';
import { normalizeAngle } from './travel.ts';
import { WALKER_RADIUS } from './walkWorld.ts';

/** What the step reads of the one movement input (src/input/movement.ts). */
export interface WalkInput {
  keyForward: number;
  keyStrafe: number;
  keyTurn: number;
  stickForward: number;
  stickStrafe: number;
  run: boolean;
}

/** What the step moves: the rig (`player` in src/state/frame.ts). */
export interface WalkRig {
  position: { x: number; y: number; z: number };
  yaw: number;
}

/** A click-to-go route (`route` in src/state/frame.ts): its corners and the next one to reach. */
export interface WalkRoute {
  active: boolean;
  points: Array<[number, number]>;
  index: number;
  version: number;
}

/** The collision world's one call the step needs (CollisionWorld in ./collide.ts). */
export interface WalkCollider {
  move(position: PlanPoint, dx: number, dz: number, radius: number): void;
}

/** A click-to-go route longer than this is walked at the faster pace, metres. */
const LONG_ROUTE = 25;
/** A route's corner counts as reached this near, metres; the walker then aims at the next. */
const CORNER_REACHED = 0.25;
/** How quickly the walker on a route turns to face where it goes, 1/s. */
const ROUTE_TURN_RATE = 5;

/**
 * Longest sub-step, metres. CollisionWorld.move pushes an overlapping circle out on the side its
 * centre is on, and undoes a step that leaves the centre inside a solid; a walker touching a wall has
 * its centre WALKER_RADIUS from the near face, so any step shorter than the radius leaves the centre
 * in front of that face, whatever the wall's thickness (down to the collision model's thinnest boxes,
 * a few centimetres, and to zero), and it is pushed back to where it came from. move cuts its own
 * moves at half the radius for the same reason; keeping ours to half the radius too makes each of our
 * sub-steps one of its, so a long frame meets a wall exactly as a 60 fps frame does, and a step never
 * jumps across the 0.25 m within which a route's corner counts as reached. At today's fastest pace
 * MAX_SUBSTEP is the tighter bound (3.2 m/s × 1/50 s = 6.4 cm); this one binds if a faster pace comes.
 */
const MAX_SUBSTEP_DISTANCE = WALKER_RADIUS / 2;
/** Longest sub-step, seconds, from both bounds. */
const SUBSTEP_TIME = Math.min(MAX_SUBSTEP, MAX_SUBSTEP_DISTANCE / RUN_SPEED);

/** Scratch: the direction of a sub-step, a unit vector or shorter (a joystick half pushed). */
const aim = { x: 0, z: 0 };

/** Ends a route once walked, as cancelRoute in ./route.ts does for the route in the frame state. */
function endRoute(route: WalkRoute): void {
  route.active = false;
  route.points = [];
  route.version++;
}

/** Aims at the route's next corner, passing those already reached; returns the pace, 0 when there is none. */
function aimAlongRoute(route: WalkRoute, x: number, z: number): number {
  while (route.active) {
    const p = route.points[route.index];
    if (!p) return 0;
    const dx = p[0] - x;
    const dz = p[1] - z;
    const d = Math.hypot(dx, dz);
    if (d < CORNER_REACHED) {
      route.index++;
      if (route.index >= route.points.length) endRoute(route);
      continue;
    }
    let remaining = d;
    for (let i = route.index; i + 1 < route.points.length; i++) {
      const a = route.points[i]!;
      const b = route.points[i + 1]!;
      remaining += Math.hypot(b[0] - a[0], b[1] - a[1]);
    }
    aim.x = dx / d;
    aim.z = dz / d;
    return remaining > LONG_ROUTE ? RUN_SPEED : WALK_SPEED;
  }
  return 0;
}

/** Aims where the held keys and the joystick say, turned by the rig's yaw; returns the pace, 0 when idle. */
function aimByInput(input: WalkInput, yaw: number): number {
  const f = Math.max(-1, Math.min(1, input.keyForward + input.stickForward));
  const s = Math.max(-1, Math.min(1, input.keyStrafe + input.stickStrafe));
  const len = Math.hypot(f, s);
  if (len === 0) return 0;
  // Forward is −z turned by yaw; right is +x turned by yaw. A joystick half-pushed walks slower.
  const k = Math.min(1, len) / len;
  const sin = Math.sin(yaw);
  const cos = Math.cos(yaw);
  aim.x = (-sin * f + cos * s) * k;
  aim.z = (-cos * f - sin * s) * k;
  return input.run ? RUN_SPEED : WALK_SPEED;
}

/** Turns the rig by the held arrow keys over `dt` seconds (on foot and in the air alike). */
export function turnByKeys(input: WalkInput, rig: WalkRig, dt: number): void {
  if (input.keyTurn !== 0) rig.yaw = normalizeAngle(rig.yaw + input.keyTurn * TURN_SPEED * dt);
}

/**
 * Walks the rig for one frame of `delta` seconds: arrow-key turning, then the route if one is on,
 * else the held keys and joystick, against `world` (straight through when there is none yet).
 * Returns whether it moved, for the movement timings.
 */
export function walkStep(input: WalkInput, rig: WalkRig, route: WalkRoute, world: WalkCollider | null, delta: number): boolean {
  const dt = Math.min(Math.max(0, delta), MAX_DELTA);
  if (dt === 0) return false;
  if (!route.active && aimByInput(input, rig.yaw) === 0 && input.keyTurn === 0) return false;
  const steps = Math.ceil(dt / SUBSTEP_TIME);
  const h = dt / steps;
  let moved = false;
  for (let k = 0; k < steps; k++) {
    turnByKeys(input, rig, h);
    let speed: number;
    if (route.active) {
      speed = aimAlongRoute(route, rig.position.x, rig.position.z);
      if (speed > 0) {
        // Face where the route goes, turning smoothly.
        const heading = Math.atan2(-aim.x, -aim.z);
        rig.yaw = normalizeAngle(rig.yaw + normalizeAngle(heading - rig.yaw) * Math.min(1, h * ROUTE_TURN_RATE));
      }
    } else speed = aimByInput(input, rig.yaw);
    if (speed === 0) continue;
    const dx = aim.x * speed * h;
    const dz = aim.z * speed * h;
    if (world) world.move(rig.position, dx, dz, WALKER_RADIUS);
    else {
      rig.position.x += dx;
      rig.position.z += dz;
      rig.position.y = 0;
    }
    moved = true;
  }
  return moved;
}
