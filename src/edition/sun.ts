/** The sun of an edition (edition.json `sun`) as a direction in the scene's coordinates. */
import { DEG } from './geometry.ts';
import type { Edition } from './schema.ts';

/** A point `distance` metres toward the sun: x east, y up, z south (−z is north). */
export function sunPosition(sun: Edition['sun'], distance = 1): [number, number, number] {
  const az = sun.azimuth * DEG;
  const el = sun.elevation * DEG;
  const flat = Math.cos(el) * distance;
  return [Math.sin(az) * flat, Math.sin(el) * distance, -Math.cos(az) * flat];
}
