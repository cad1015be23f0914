/**
 * The poses a headset visit works with, as plain maths (no three, no WebXR session): the rig (the XR
 * origin, `player` in src/state/frame.ts, moved by locomotion) and the head (the headset's pose, given
 * by the session in the rig's frame). The other src/xr modules and their tests share these.
 *
 * Conventions are the walk's: metres, y up, yaw in radians about y as three.js `rotation.y` (0 looks
 * toward −z, positive turns left). A point p of the rig's frame is at rig.position + Ry(yaw)·p in the
 * world, with Ry(θ)·(x, z) = (x cos θ + z sin θ, −x sin θ + z cos θ).
 */

/** A point, or a position in place of one: three's Vector3 fits, so the canvas passes its own. */
export interface Point3 {
  x: number;
  y: number;
  z: number;
}

/** The XR origin: where locomotion puts it and how it is turned. Its y stays on the ground (0). */
export interface XrRig {
  position: Point3;
  yaw: number;
}

/**
 * The head as the session reports it in the rig's frame (local-floor: y is the eye's height above
 * the floor): its position, and its yaw (the facing on the ground, from `headYaw`).
 */
export interface HeadPose {
  position: Point3;
  yaw: number;
}

/** Angle in (−π, π]. The same as src/walk/travel.ts normalizeAngle, kept here so src/xr/pose has no imports. */
export function wrapAngle(a: number): number {
  return Math.atan2(Math.sin(a), Math.cos(a));
}

/** The head's world position and yaw for a rig and a head in the rig's frame, into `out`. */
export function headInWorld(rig: XrRig, head: HeadPose, out: HeadPose): HeadPose {
  const c = Math.cos(rig.yaw);
  const s = Math.sin(rig.yaw);
  const { x, y, z } = head.position;
  out.position.x = rig.position.x + c * x + s * z;
  out.position.y = rig.position.y + y;
  out.position.z = rig.position.z - s * x + c * z;
  out.yaw = wrapAngle(rig.yaw + head.yaw);
  return out;
}

/**
 * The yaw a head faces, from its orientation quaternion (x, y, z, w): the direction of its forward
 * axis (−z) flattened onto the ground, so pitch and roll do not count. Looking straight down or up,
 * forward has no horizontal part; the top of the head then points the way the face turns (ahead when
 * looking down, behind when looking up), so that is used instead.
 */
export function headYaw(qx: number, qy: number, qz: number, qw: number): number {
  // Forward = q·(0, 0, −1), the third column of the rotation matrix negated.
  const fx = -2 * (qx * qz + qw * qy);
  const fy = -2 * (qy * qz - qw * qx);
  const fz = -(1 - 2 * (qx * qx + qy * qy));
  if (Math.hypot(fx, fz) > 1e-6) return Math.atan2(-fx, -fz);
  // Up = q·(0, 1, 0), the second column.
  const ux = 2 * (qx * qy - qw * qz);
  const uz = 2 * (qy * qz + qw * qx);
  const sign = fy < 0 ? 1 : -1;
  return Math.atan2(-ux * sign, -uz * sign);
}

/** A fresh pose, for the few places that hold one (allocated once, not per frame). */
export function makeHeadPose(x = 0, y = 0, z = 0, yaw = 0): HeadPose {
  return { position: { x, y, z }, yaw };
}

/** A point of the rig's frame (a controller's position, say) in the world, into `out`. */
export function rigPointToWorld(rig: XrRig, p: Point3, out: Point3): Point3 {
  const c = Math.cos(rig.yaw);
  const s = Math.sin(rig.yaw);
  const { x, y, z } = p;
  out.x = rig.position.x + c * x + s * z;
  out.y = rig.position.y + y;
  out.z = rig.position.z - s * x + c * z;
  return out;
}

/** A direction of the rig's frame in the world (turned, not moved), into `out`. */
export function rigDirectionToWorld(rig: XrRig, d: Point3, out: Point3): Point3 {
  const c = Math.cos(rig.yaw);
  const s = Math.sin(rig.yaw);
  const { x, y, z } = d;
  out.x = c * x + s * z;
  out.y = y;
  out.z = -s * x + c * z;
  return out;
}

/** The forward axis (−z) of an orientation quaternion, into `out`. */
export function forwardOf(qx: number, qy: number, qz: number, qw: number, out: Point3): Point3 {
  out.x = -2 * (qx * qz + qw * qy);
  out.y = -2 * (qy * qz - qw * qx);
  out.z = -(1 - 2 * (qx * qx + qy * qy));
  return out;
}
