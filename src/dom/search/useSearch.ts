/** The search index of the loaded edition, its results for a query, and what choosing a result does. */
import { useMemo } from 'react';
import { useVisit } from '../../state/visit.ts';
import { goToPoint, goToStand } from '../../walk/travel.ts';
import type { EditionData } from '../../edition/schema.ts';
import type { StandGroup } from '../plan/standGroups.ts';
import { buildSearchIndex, type SearchIndex, type SearchResult } from './searchIndex.ts';

/** Built once per edition. */
export function useSearchIndex(): SearchIndex | null {
  const data = useVisit((s) => s.data);
  return useMemo(() => (data ? buildSearchIndex(data.stands, data.site.zones) : null), [data]);
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

/** Travels to a result: a stand's viewpoint, or the middle of a place. */
export function travelTo(result: SearchResult, data: EditionData | null = useVisit.getState().data): void {
  const warn = (e: unknown) => console.warn(e);
  if (result.kind === 'stand') {
    goToStand(result.id).catch(warn);
    return;
  }
  const zone = data?.site.zones.find((z) => z.id === result.id);
  if (zone) goToPoint(zone.position[0], zone.position[1]).catch(warn);
}
