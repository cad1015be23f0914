/**
 * Smooth movement in the headset (optional; teleport is the default) and its comfort vignette, as
 * plain maths. The thumbstick writes the one movement input (src/input/movement.ts), like the touch
 * joystick; the same walk step (src/walk/step.ts walkStep: its pace, its frame clamp and sub-steps,
 * the same collision world) then moves the body, with two differences a headset needs:
 * - forward is where the head faces, not where the rig's origin is turned;
 * - what collides is the body under the head, not the rig's origin (a visitor standing a metre from
 *   the centre of their play area would otherwise walk into walls a metre away from them, or be
 *   stopped by nothing in front of their own feet).
 * The rig is then moved by what the body moved, so the head goes exactly where the walk took it.
 */
import { movement } from '../input/movement.ts';
import { TURN_SPEED, WALK_SPEED } from '../walk/pace.ts';
import { walkStep, type WalkCollider, type WalkInput, type WalkRig, type WalkRoute } from '../walk/step.ts';
import { headInWorld, makeHeadPose, wrapAngle, type HeadPose, type XrRig } from './pose.ts';
import { turnAboutHead } from './turn.ts';

/**
 * A thumbstick pushed less than this far from its centre reads as at rest: a stick rarely rests
 * exactly at its centre, and a thumb resting on it drifts; 0.15 is a common choice, small enough
 * that a deliberate push is never lost. Beyond it the push is rescaled to start again from 0, so a
 * gentle push walks slowly instead of jumping to 15 % of the pace.
 */
export const STICK_DEAD_ZONE = 0.15;

/** What a thumbstick writes of the one movement input. */
export type StickInput = Pick<typeof movement, 'stickForward' | 'stickStrafe'>;

/**
 * Writes the moving thumbstick's axes (the Gamepad API's x: −1 left … 1 right, y: −1 pushed forward …
 * 1 pulled back) into the movement input, with a radial dead zone; at rest it writes zeros, so
 * letting go stops the walk.
 */
export function thumbstickToMovement(x: number, y: number, input: StickInput = movement): void {
  const sx = Number.isFinite(x) ? x : 0;
  const sy = Number.isFinite(y) ? y : 0;
  const push = Math.hypot(sx, sy);
  if (push <= STICK_DEAD_ZONE) {
    input.stickForward = 0;
    input.stickStrafe = 0;
    return;
  }
  const k = Math.min(1, (push - STICK_DEAD_ZONE) / (1 - STICK_DEAD_ZONE)) / push;
  input.stickStrafe = sx * k;
  input.stickForward = -sy * k;
}

/** Scratch: the head in the world, and the body under it that the walk step moves. */
const headWorld = makeHeadPose();
const body: WalkRig = { position: { x: 0, y: 0, z: 0 }, yaw: 0 };
/** Smooth movement never follows a click-to-go route (there is no pointer on the ground in VR). */
const noRoute: WalkRoute = { active: false, points: [], index: 0, version: 0 };

/**
 * One frame of smooth movement: walks the body under the head by the movement input, relative to the
 * head's facing, through `world`, and moves the rig by as much. An arrow-key turn (a keyboard on the
 * emulator) turns about the head. Returns the metres the head moved, for the vignette.
 */
export function smoothStep(input: WalkInput, rig: XrRig, head: HeadPose, world: WalkCollider | null, delta: number): number {
  headInWorld(rig, head, headWorld);
  body.position.x = headWorld.position.x;
  body.position.y = 0;
  body.position.z = headWorld.position.z;
  body.yaw = headWorld.yaw;
  // Its answer is whether it moved, false when it only turned: the turn is read from the yaw below.
  walkStep(input, body, noRoute, world, delta);
  const dx = body.position.x - headWorld.position.x;
  const dz = body.position.z - headWorld.position.z;
  rig.position.x += dx;
  rig.position.z += dz;
  const turned = wrapAngle(body.yaw - headWorld.yaw);
  if (turned !== 0) turnAboutHead(rig, head, turned);
  return Math.hypot(dx, dz);
}

/**
 * The comfort vignette's strongest, 0 … 1: how far in the dark rim reaches, as a fraction of the way
 * from the edge of the view to its centre. 0.6 narrows the view well inside the lenses' edge, where
 * seen motion unsettles most, and still leaves the centre clear to see where one goes. Chosen, not
 * measured; a setting can lower it.
 */
export const VIGNETTE_MAX = 0.6;
/**
 * Speeds that give the full vignette: the walking pace (src/walk/pace.ts) and the arrow keys' turning
 * speed. Slower motion gives a lighter one, in proportion, so a gentle push is barely framed.
 */
const FULL_SPEED = WALK_SPEED;
const FULL_TURN = TURN_SPEED;
/**
 * Seconds to close in and to open again: closing at once as motion starts (the first instants of seen
 * motion are what unsettle), opening more slowly so it does not flicker between two pushes.
 */
const CLOSE_TIME = 0.08;
const OPEN_TIME = 0.35;

/** How strong the vignette should be for this motion: 0 at rest, VIGNETTE_MAX at walking pace or turning speed. */
export function vignetteTarget(speed: number, turnRate: number): number {
  const s = Number.isFinite(speed) ? Math.abs(speed) / FULL_SPEED : 0;
  const r = Number.isFinite(turnRate) ? Math.abs(turnRate) / FULL_TURN : 0;
  return VIGNETTE_MAX * Math.min(1, Math.max(s, r));
}

/** The vignette as drawn: one per session, a per-frame value (its place is src/state/frame.ts). */
export interface Vignette {
  strength: number;
}

/**
 * Eases the vignette toward the motion of the last frame (metres moved, radians turned, over
 * `delta` seconds) and returns its strength. Snap turns do not count: they are instant, so there is
 * no seen motion to frame.
 */
export function updateVignette(vignette: Vignette, moved: number, turned: number, delta: number): number {
  if (!(delta > 0)) return vignette.strength;
  const target = vignetteTarget(moved / delta, turned / delta);
  const tau = target > vignette.strength ? CLOSE_TIME : OPEN_TIME;
  vignette.strength += (target - vignette.strength) * (1 - Math.exp(-delta / tau));
  // The last percent of a fade cannot be seen: end it, so at rest the vignette is not drawn at all.
  if (vignette.strength < 0.01 && target === 0) vignette.strength = 0;
  return vignette.strength;
}
