/**
 * How a figure of the crowd sits on a chair, without a vertex more: the trouser leg, hip to ankle,
 * turns forward about the hip and shortens into a level thigh, its front on top; the shoe stretches
 * from the knee down to the floor into a shin and a foot, a little wider than the thigh so it closes
 * the thigh's open end (a child's feet hang short of the floor); the arms rest forward toward the lap;
 * the torso reaches down to the seat; and the figure comes down so its thighs lie on the seat. The
 * vertex shader does it (./crowdMaterial.ts, `crowdSit`); `sitVertex` is the same maths in TypeScript
 * for the tests, as crowdLanes.ts `loopPoint` is for the walk.
 */
import { ANKLE_Y, HIP_Y, LEG_HALF_DEPTH, LEG_X, LIMB, SHOE, SHOULDER_Y, TINT } from './figures.ts';

/** Hip to knee of the seated adult figure, metres: the trouser leg shortened to a thigh. */
export const THIGH = 0.45;
/** How far the thighs sink into the seat, metres of the adult figure. */
export const SINK = 0.01;
/** The longest a shin and foot reach below the hip, metres of the adult figure: shorter legs hang. */
export const SHIN_MAX = 0.62;
/** A shin's width over a shoe's. */
export const SHIN_WIDEN = 1.3;
/** The arms turned forward toward the lap, radians. */
export const ARM_REST = 0.3;

type V3 = [number, number, number];

/**
 * Where a vertex of the figure (`p`, in the standing figure's frame; `limb` and `tint` its aRig) lies
 * when a figure `scale` high sits on a seat `seatHeight` above the floor: metres in the instance's
 * frame, whose origin is on the seat (the floor is at −seatHeight). The figure's look (a child's head)
 * aside: that is the same standing or seated.
 */
export function sitVertex(p: readonly number[], limb: number, tint: number, scale: number, seatHeight: number): V3 {
  let [x, y, z] = p as V3;
  const leg = limb === LIMB.leftLeg || limb === LIMB.rightLeg;
  if (leg && tint !== TINT.fixed) {
    const u = (HIP_Y - y) / (HIP_Y - ANKLE_Y);
    [y, z] = [HIP_Y + z, u * THIGH];
  } else if (leg) {
    const top = y / ANKLE_Y;
    const side = x > 0 ? LEG_X : -LEG_X;
    const floor = Math.max(HIP_Y - LEG_HALF_DEPTH + SINK - seatHeight / scale, HIP_Y - SHIN_MAX);
    x = side + (x - side) * SHIN_WIDEN;
    const foot = THIGH + LEG_HALF_DEPTH + z;
    const shin = THIGH + ((z - SHOE.heel) * (2 * LEG_HALF_DEPTH)) / (SHOE.toe - SHOE.heel);
    z = foot + (shin - foot) * top;
    y = floor + (HIP_Y + LEG_HALF_DEPTH - floor) * top;
  } else if (limb === LIMB.leftArm || limb === LIMB.rightArm) {
    const c = Math.cos(-ARM_REST);
    const s = Math.sin(-ARM_REST);
    const dy = y - SHOULDER_Y;
    [y, z] = [SHOULDER_Y + dy * c - z * s, dy * s + z * c];
  } else if (limb === LIMB.body && y < HIP_Y) y = HIP_Y - LEG_HALF_DEPTH + SINK;
  return [x * scale, (y - HIP_Y + LEG_HALF_DEPTH - SINK) * scale, z * scale];
}
