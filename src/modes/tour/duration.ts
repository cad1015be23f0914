/** About how long a tour takes: its dwells, plus a short travel to each stop (a flight is at most 2.2 s, a fade less). */
import type { Tour } from '../../edition/schema.ts';

const TRAVEL_S = 2.5;

/** Whole minutes, at least one. */
export function tourMinutes(tour: Tour): number {
  const seconds = tour.stops.reduce((sum, s) => sum + s.dwell + TRAVEL_S, 0);
  return Math.max(1, Math.round(seconds / 60));
}
