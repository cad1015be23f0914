/**
 * Flights of the rig: a short arc, eased, its duration, and how one ends (its state is `flight` in
 * src/state/frame.ts). With reduced motion there is no flight: the view fades through instead.
 */
import { flight, player } from '../state/frame.ts';

/** Smooth start and end. */
export function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** Flight time for a distance: short hops are quick, long ones capped so a flight stays short. */
export function flightDuration(distance: number): number {
  return Math.min(2.2, 0.6 + distance / 60);
}

/** Ends the flight in progress where it is, on the ground, and resolves whoever waits for it. */
export function endFlight(): void {
  if (!flight.active) return;
  flight.active = false;
  player.position.y = 0;
  const done = flight.done;
  flight.done = null;
  done?.();
}
