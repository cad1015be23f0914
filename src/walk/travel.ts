/**
 * Taking the visitor somewhere: to a stand's viewpoint (in front of it, facing it) or to a point
 * on foot. A short flight, or a fade when the system asks for reduced motion. Moves the rig only.
 */
import { player } from '../state/frame.ts';
import { useVisit } from '../state/visit.ts';
import { targetById } from '../edition/targets.ts';

export type { Viewpoint } from './framing.ts';

/** How far from where they arrived a visitor may step and still be at that stand, metres. */
const AT_ARRIVAL = 3;

/** The last arrival at a stand or place: which, and where the visitor stood. */
const arrival = { id: null as string | null, x: 0, z: 0 };

/** Written by the traveller when a travel to a target ends. */
export function noteArrival(id: string | null, x = 0, z = 0): void {
  arrival.id = id;
  arrival.x = x;
  arrival.z = z;
}

/**
 * The stand or place the visitor stands at: the one they last travelled to, as long as they have
 * not walked more than a few steps away (the panel hides "Go to this stand" there; the twin opens
 * at it). Null in the air or after walking off.
 */
export function standingAt(): string | null {
  if (!arrival.id || useVisit.getState().view !== 'ground') return null;
  return Math.hypot(player.position.x - arrival.x, player.position.z - arrival.z) <= AT_ARRIVAL ? arrival.id : null;
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

/** Travels to a stand's or a place's arrival viewpoint (framed for the screen); resolves on arrival. */
export function goToStand(id: string): Promise<void> {
  if (!traveller) return Promise.reject(new Error('the site is not loaded yet'));
  return traveller.goToStand(id);
}

/** Travels to a point on foot (from the plan or the aerial view); resolves on arrival. */
export function goToPoint(x: number, z: number, yaw?: number): Promise<void> {
  if (!traveller) return Promise.reject(new Error('the site is not loaded yet'));
  return traveller.goToPoint(x, z, yaw);
}

/**
 * Goes to a stand or place as a visitor asked for it by name (search, the stand list, the plan, an
 * aerial label), and on arrival opens its panel when it has one thing to show: a single hotspot is
 * the reason to come, so the visitor need not find and tap its marker. A target with several
 * hotspots is left on screen, its markers in view (the arrival frames them), for the visitor to pick.
 */
export function visitTarget(id: string): Promise<void> {
  return goToStand(id).then(() => {
    const { data, setOpenStand } = useVisit.getState();
    const target = targetById(data, id);
    if (target && target.hotspots.length === 1) setOpenStand(id, target.hotspots[0]!.id);
  });
}
