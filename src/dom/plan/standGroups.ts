/**
 * Stands grouped by place, each group by number: the stand list orders places by their first
 * number, the 2D twin follows the site's order. One group type for both, so search filters either.
 */
import type { Stand, Zone } from '../../edition/schema.ts';

export interface StandGroup {
  zoneId: string;
  /** Undefined for stands whose zone the site does not list. */
  zone: Zone | undefined;
  stands: Stand[];
}

/** The group of the twin's stands whose zone the site does not list. */
export const OTHER_PLACE = 'other';

/** Stands sorted by number (a copy). */
export function byNumber(stands: readonly Stand[]): Stand[] {
  return [...stands].sort((a, b) => a.number - b.number);
}

/** Stands grouped by zone, each group sorted by number, groups in the order of their first number. */
export function groupStandsByZone(stands: readonly Stand[], zones: readonly Zone[]): StandGroup[] {
  const byZone = new Map<string, Stand[]>();
  for (const s of byNumber(stands)) {
    const list = byZone.get(s.zone);
    if (list) list.push(s);
    else byZone.set(s.zone, [s]);
  }
  return [...byZone].map(([zoneId, list]) => ({ zoneId, zone: zones.find((z) => z.id === zoneId), stands: list }));
}

/** Every zone in the site's order (empty ones too), each with its stands by number; stands of an unknown zone last. */
export function groupStandsBySite(stands: readonly Stand[], zones: readonly Zone[]): StandGroup[] {
  const sorted = byNumber(stands);
  const groups: StandGroup[] = zones.map((zone) => ({ zoneId: zone.id, zone, stands: sorted.filter((s) => s.zone === zone.id) }));
  const known = new Set(zones.map((z) => z.id));
  const lost = sorted.filter((s) => !known.has(s.zone));
  if (lost.length) groups.push({ zoneId: OTHER_PLACE, zone: undefined, stands: lost });
  return groups;
}
