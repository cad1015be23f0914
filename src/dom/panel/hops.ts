/**
 * Where "Next stand" and "Previous stand" go. Pure: the caller says where the visitor is.
 *
 * One order, the tour: zone by zone, each zone's stands by number, zones in the order of their first
 * number (the stand list's order). Where an edition numbers its stands pavilion by pavilion (Agadir
 * 2024: A 1–12, B 13–24, C 25–32, outdoor 33–37) this is plain number order; where numbers
 * interleave between zones, it still finishes a pavilion before leaving it, then carries on with the
 * next zone in number order. So one pair of buttons is both the global order and "in this pavilion":
 * no toggle to explain, and no hop flies across the site and back. The last stand wraps to the first.
 *
 * Where a hop starts from:
 * - at a stand (its panel is open, or the visitor stands at it): next is the one after it;
 * - anywhere else, the visitor counts as just before a stand, so next takes them to it and previous
 *   to the one before it: a place that holds stands (a pavilion) sits before its first stand, any
 *   other place or point before the stand nearest to it.
 */
import type { EditionData, Stand } from '../../edition/schema.ts';
import { targetById } from '../../edition/targets.ts';
import { groupStandsByZone } from '../plan/standGroups.ts';

/** Where the visitor is in the tour: at a stand, or just before one. */
export type Anchor = { at: string } | { before: string };

const orders = new WeakMap<EditionData, readonly Stand[]>();

/** Every stand in tour order. */
export function tourOrder(data: EditionData): readonly Stand[] {
  let order = orders.get(data);
  if (!order) {
    order = groupStandsByZone(data.stands, data.site.zones).flatMap((g) => g.stands);
    orders.set(data, order);
  }
  return order;
}

/** The stand whose centre is nearest a point of the plan. */
export function nearestStand(stands: readonly Stand[], x: number, z: number): Stand | undefined {
  let best: Stand | undefined;
  let nearest = Infinity;
  for (const s of stands) {
    const d = Math.hypot(s.position[0] - x, s.position[1] - z);
    if (d < nearest) [best, nearest] = [s, d];
  }
  return best;
}

/** Where a hop from a stand or place (by id), or from a point of the plan (no id), starts. */
export function anchorOf(data: EditionData, id: string | null, point: { x: number; z: number }): Anchor | null {
  const target = targetById(data, id);
  if (target?.kind === 'stand') return { at: target.id };
  const order = tourOrder(data);
  const first = target ? order.find((s) => s.zone === target.id) : undefined;
  const [x, z] = target ? target.position : [point.x, point.z];
  const stand = first ?? nearestStand(order, x, z);
  return stand ? { before: stand.id } : null;
}

/** The stand a hop lands on: `step` 1 is next, −1 previous, wrapping at both ends. */
export function hopFrom(order: readonly Stand[], anchor: Anchor, step: 1 | -1): Stand | undefined {
  if (order.length === 0) return undefined;
  const id = 'at' in anchor ? anchor.at : anchor.before;
  const i = order.findIndex((s) => s.id === id);
  if (i < 0) return undefined;
  // Just before stand i: next is i itself, previous is i − 1.
  const to = 'at' in anchor ? i + step : step === 1 ? i : i - 1;
  return order[(to + order.length) % order.length];
}
