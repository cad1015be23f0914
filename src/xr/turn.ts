/**
 * Turning and placing the XR rig about the head, not about its own origin: a snap turn, the rig a
 * teleport ends at, and the hand-over between the walk and the headset (entering and leaving VR).
 *
 * Why about the head: in room-scale VR the visitor stands anywhere in their play area, often a metre
 * or more from the rig's origin. Turning the rig about its origin (what @react-three/xr's
 * useXRControllerLocomotion does) swings the visitor round a point beside them: the world slides
 * sideways at every turn, which is what makes snap turns sickening. Turned about the head, the
 * visitor stays exactly where they are and only the view turns.
 */
import { WALKER_RADIUS } from '../walk/walkWorld.ts';
import { headInWorld, makeHeadPose, wrapAngle, type HeadPose, type Point3, type XrRig } from './pose.ts';

/** The snap turn settings offered: 30° (the default, as in Quest's own home) or 45°. */
export const SNAP_ANGLES_DEG = [30, 45] as const;
export type SnapAngle = (typeof SNAP_ANGLES_DEG)[number];
export const DEFAULT_SNAP_ANGLE: SnapAngle = 30;

/** Scratch: the head in the world before a turn. */
const before = makeHeadPose();

/**
 * Puts the rig where the head (given in the rig's frame) is above `x`, `z` of the world, with the rig
 * turned to `yaw`. The rig's y stays as it is (on the ground).
 */
export function placeRigUnderHead(rig: XrRig, head: HeadPose, x: number, z: number, yaw: number): void {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  const hx = head.position.x;
  const hz = head.position.z;
  rig.yaw = wrapAngle(yaw);
  rig.position.x = x - (c * hx + s * hz);
  rig.position.z = z - (-s * hx + c * hz);
}

/**
 * Turns the rig by `angle` radians (positive: to the left) about the head's vertical axis: the head
 * stays where it is in the world, its facing turns by `angle`.
 */
export function turnAboutHead(rig: XrRig, head: HeadPose, angle: number): void {
  headInWorld(rig, head, before);
  placeRigUnderHead(rig, head, before.position.x, before.position.z, rig.yaw + angle);
}

/**
 * One snap turn of the setting's angle: `direction` 1 turns left, −1 right (0 does nothing).
 */
export function snapTurn(rig: XrRig, head: HeadPose, direction: number, angleDeg: SnapAngle = DEFAULT_SNAP_ANGLE): void {
  if (direction === 0) return;
  turnAboutHead(rig, head, Math.sign(direction) * angleDeg * (Math.PI / 180));
}

/** A thumbstick's x must go past this to ask for a snap turn… */
const SNAP_PRESS = 0.6;
/** …and come back under this before the next one: one push, one turn, with no chatter at the edge. */
const SNAP_RELEASE = 0.3;

/** Whether the turning thumbstick is held over, between two snaps (one per controller). */
export interface SnapStick {
  held: boolean;
}

/**
 * Reads the turning thumbstick's x axis (−1 left … 1 right, as the Gamepad API gives it) once a frame;
 * returns 1 (turn left) or −1 (turn right) on the frame a push goes past SNAP_PRESS, 0 otherwise.
 */
export function snapFromStick(stick: SnapStick, x: number): number {
  const push = Number.isFinite(x) ? x : 0;
  if (stick.held) {
    if (Math.abs(push) < SNAP_RELEASE) stick.held = false;
    return 0;
  }
  if (Math.abs(push) < SNAP_PRESS) return 0;
  stick.held = true;
  return push > 0 ? -1 : 1;
}

/**
 * The rig that puts the head (not the rig's origin) over a teleport's landing, keeping the rig's yaw:
 * the landing is where the visitor's feet go.
 */
export function rigForLanding(rig: XrRig, head: HeadPose, landing: Point3): void {
  placeRigUnderHead(rig, head, landing.x, landing.z, rig.yaw);
  rig.position.y = 0;
}

/**
 * The landing a @react-three/xr TeleportTarget meant, from the point its onTeleport gives: that point
 * is the hit less the camera's offset in the rig's frame, with y = 0 (makeTeleportTarget in
 * @pmndrs/xr), which is the right rig position only while the rig is not turned. Adding the offset
 * back gives the hit on the ground, for rigForLanding (right at any yaw).
 */
export function landingFromTeleportPoint(point: Point3, head: HeadPose, out: Point3): Point3 {
  out.x = point.x + head.position.x;
  out.y = 0;
  out.z = point.z + head.position.z;
  return out;
}

/** What the walk keeps of the visitor (`player` in src/state/frame.ts): the rig on the ground and its facing. */
export interface WalkPose {
  position: Point3;
  yaw: number;
  pitch: number;
}

/**
 * Entering VR from the walk: the rig that puts the head where the walker stood, facing where the
 * walker faced. `head` is the headset's first pose in the rig's frame (where the visitor stands in
 * their room and which way they face); before one is known, pass a head at the origin facing ahead.
 */
export function rigFromWalk(walk: WalkPose, head: HeadPose, rig: XrRig): void {
  rig.position.y = 0;
  placeRigUnderHead(rig, head, walk.position.x, walk.position.z, walk.yaw - head.yaw);
}

/** Something that settles a circle on free ground (CollisionWorld.resolve in src/walk/collide.ts). */
export interface Resolver {
  resolve(position: { x: number; z: number }, radius: number): void;
}

/**
 * Leaving VR: the walker stands where the head is and faces where it faced (looking level: the walk's
 * pitch is the mouse's, not the headset's). With a world, a walker the visitor's room-scale steps put
 * into a solid (the play area has no walls where the site has) is moved to the nearest free spot.
 */
export function walkFromRig(rig: XrRig, head: HeadPose, walk: WalkPose, world?: Resolver | null, radius = WALKER_RADIUS): void {
  headInWorld(rig, head, before);
  walk.position.x = before.position.x;
  walk.position.y = 0;
  walk.position.z = before.position.z;
  walk.yaw = before.yaw;
  walk.pitch = 0;
  world?.resolve(walk.position, radius);
}
