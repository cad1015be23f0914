/**
 * Taking the visitor somewhere: to a stand's viewpoint (in front of it, facing it) or to a point
 * on foot. A short flight, or a fade when the system asks for reduced motion. Moves the rig only.
 */
import type { Stand } from '../edition/schema.ts';
import { DEG, toPlan } from '../edition/geometry.ts';

/** Distance in front of a stand's front edge where a visitor stands to see it whole, metres. */
const VIEW_DISTANCE = 2.8;

export interface Viewpoint {
  x: number;
  z: number;
  /** Radians: facing the stand. */
  yaw: number;
}

/** In front of the stand, on its axis, facing it. */
export function standViewpoint(stand: Stand): Viewpoint {
  const [x, z] = toPlan(stand, 0, stand.depth / 2 + VIEW_DISTANCE);
  // The stand's front faces local +z; looking back at it means looking toward local −z: yaw = rotation.
  return { x, z, yaw: normalizeAngle(stand.rotation * DEG) };
}

export function normalizeAngle(a: number): number {
  return Math.atan2(Math.sin(a), Math.cos(a));
}

type Traveller = {
  goToStand(id: string): Promise<void>;
  goToPoint(x: number, z: number, yaw?: number): Promise<void>;
};

let traveller: Traveller | null = null;

/** Installed by the canvas once the world can be travelled (collision loaded). */
export function setTraveller(t: Traveller | null): void {
  traveller = t;
}

/** Travels to a stand's viewpoint; resolves on arrival. */
export function goToStand(id: string): Promise<void> {
  if (!traveller) return Promise.reject(new Error('the site is not loaded yet'));
  return traveller.goToStand(id);
}

/** Travels to a point on foot (from the plan or the aerial view); resolves on arrival. */
export function goToPoint(x: number, z: number, yaw?: number): Promise<void> {
  if (!traveller) return Promise.reject(new Error('the site is not loaded yet'));
  return traveller.goToPoint(x, z, yaw);
}
