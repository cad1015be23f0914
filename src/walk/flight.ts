/**
 * A travel in progress: a short flight of the rig along an arc, eased. Per-frame state, outside React.
 * With reduced motion there is no flight: the view fades out, the rig jumps, the view fades in.
 */
export const flight = {
  active: false,
  from: [0, 0] as [number, number],
  to: [0, 0] as [number, number],
  fromYaw: 0,
  toYaw: 0,
  /** Seconds elapsed and total. */
  t: 0,
  duration: 1,
  /** Top of the arc, metres above the ground. */
  height: 0,
  done: null as null | (() => void),
};

/** Smooth start and end. */
export function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** Flight time for a distance: short hops are quick, long ones capped so a flight stays short. */
export function flightDuration(distance: number): number {
  return Math.min(2.2, 0.6 + distance / 60);
}
