/**
 * The way on foot from a spot on the real site (a kiosk) to a stand or place: the path the
 * click-to-go walker would take (the navigation grid), ending where the visit itself arrives at it
 * (its arrival viewpoint, in front of its approach side), with its length and the time it takes a
 * person in the crowd of an open day.
 */
import type { EditionData } from '../edition/schema.ts';
import { targetById } from '../edition/targets.ts';
import { arrivalViewpoint } from './framing.ts';
import { navGrid, walkWorld, WALKER_RADIUS } from './walkWorld.ts';

/**
 * A visitor's pace on a busy site, m/s (about 4.3 km/h, slower than the visit's 1.4 m/s walk: a
 * real crowd, children, stops). Minutes are rounded up: "about 3 min" should not be a promise broken.
 */
export const CROWD_PACE = 1.2;

export interface Way {
  points: Array<[number, number]>;
  metres: number;
  minutes: number;
}

/** Metres along a polyline. */
export function lengthOf(points: ReadonlyArray<readonly [number, number]>): number {
  let m = 0;
  for (let i = 1; i < points.length; i++) m += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return m;
}

export function minutesFor(metres: number): number {
  return Math.max(1, Math.ceil(metres / CROWD_PACE / 60));
}

/** The way from a plan point to a target, or null when the target is unknown or cannot be reached. */
export async function wayFrom(data: EditionData, from: [number, number], targetId: string): Promise<Way | null> {
  const target = targetById(data, targetId);
  const nav = await navGrid();
  if (!target || !nav) return null;
  // A landscape screen's framing: where the visitor would stand, the stand in full view.
  const end = arrivalViewpoint(target, { aspect: 16 / 9 }, (x, z) => walkWorld.world?.isFree(x, z, WALKER_RADIUS) ?? true);
  const points = nav.findPath(from, [end.x, end.z]);
  if (!points || points.length < 2) return null;
  const metres = lengthOf(points);
  return { points, metres, minutes: minutesFor(metres) };
}
