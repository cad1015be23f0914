/** The search index of the loaded edition, its results for a query, and what choosing a result does. */
import { useMemo } from 'react';
import { useVisit } from '../../state/visit.ts';
import { goToPoint, visitTarget } from '../../walk/travel.ts';
import type { EditionData } from '../../edition/schema.ts';
import { targetById } from '../../edition/targets.ts';
import type { StandGroup } from '../plan/standGroups.ts';
import { buildSearchIndex, type SearchIndex, type SearchResult } from './searchIndex.ts';

const built = new WeakMap<EditionData, SearchIndex>();

/** Built once per edition, not each time a search box mounts (the stand list's mounts with every opening). */
function indexOf(data: EditionData): SearchIndex {
  let index = built.get(data);
  if (!index) {
    index = buildSearchIndex(data.stands, data.site.zones, data.site.amenities);
    built.set(data, index);
  }
  return index;
}

export function useSearchIndex(): SearchIndex | null {
  const data = useVisit((s) => s.data);
  return useMemo(() => (data ? indexOf(data) : null), [data]);
}

/** Results for a query, best first; none for an empty one. */
export function useSearch(query: string): SearchResult[] {
  const index = useSearchIndex();
  return useMemo(() => index?.search(query) ?? [], [index, query]);
}

/** The groups of the stand list keeping only the stands found (in their usual order); all of them without a search. */
export function filterGroups(groups: readonly StandGroup[], results: readonly SearchResult[] | null): StandGroup[] {
  if (!results) return [...groups];
  const found = new Set(results.filter((r) => r.kind === 'stand').map((r) => r.id));
  return groups.map((g) => ({ ...g, stands: g.stands.filter((s) => found.has(s.id)) })).filter((g) => g.stands.length > 0);
}

/**
 * Travels to a result: a stand's viewpoint; a place with something to show (a target) its arrival
 * viewpoint, another place its middle; an amenity on foot beside it (the traveller finds a free spot
 * next to the point).
 */
export function travelTo(result: SearchResult, data: EditionData | null = useVisit.getState().data): void {
  const warn = (e: unknown) => console.warn(e);
  if (result.kind === 'stand' || (result.kind === 'zone' && targetById(data, result.id))) {
    // Asked for by name: a target with a single hotspot opens on arrival.
    visitTarget(result.id).catch(warn);
    return;
  }
  const point =
    result.kind === 'zone'
      ? data?.site.zones.find((z) => z.id === result.id)?.position
      : data?.site.amenities?.find((a) => a.id === result.id)?.position;
  if (point) goToPoint(point[0], point[1]).catch(warn);
}
