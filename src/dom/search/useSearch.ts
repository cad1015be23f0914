/** The search index of the loaded edition, its results for a query, and what choosing a result does. */
import { useEffect, useMemo } from 'react';
import { useVisit } from '../../state/visit.ts';
import { openProgramme, useProgramme, wantProgramme } from '../../state/programme.ts';
import type { TimedSession } from '../../edition/eventClock.ts';
import { goToPoint, visitTarget } from '../../walk/travel.ts';
import type { EditionData } from '../../edition/schema.ts';
import { targetById } from '../../edition/targets.ts';
import type { StandGroup } from '../plan/standGroups.ts';
import { buildSearchIndex, type SearchIndex, type SearchResult } from './searchIndex.ts';

const built = new WeakMap<EditionData, SearchIndex>();
const withSessions = new WeakMap<readonly TimedSession[], SearchIndex>();

/**
 * Built once per edition, not each time a search box mounts (the stand list's mounts with every
 * opening); once more when the programme has come, with its sessions.
 */
function indexOf(data: EditionData, sessions: readonly TimedSession[] | null): SearchIndex {
  const cache = sessions?.length ? withSessions : built;
  const key = sessions?.length ? sessions : data;
  let index = (cache as WeakMap<object, SearchIndex>).get(key);
  if (!index) {
    index = buildSearchIndex(data.stands, data.site.zones, data.site.amenities, sessions ?? []);
    (cache as WeakMap<object, SearchIndex>).set(key, index);
  }
  return index;
}

export function useSearchIndex(): SearchIndex | null {
  const data = useVisit((s) => s.data);
  const sessions = useProgramme((s) => s.sessions);
  return useMemo(() => (data ? indexOf(data, sessions) : null), [data, sessions]);
}

/** Results for a query, best first; none for an empty one. Typing asks for the programme, so sessions are found too. */
export function useSearch(query: string): SearchResult[] {
  const index = useSearchIndex();
  const typing = query.trim() !== '';
  useEffect(() => {
    if (typing) wantProgramme();
  }, [typing]);
  return useMemo(() => index?.search(query) ?? [], [index, query]);
}

/** The groups of the stand list keeping only the stands found (in their usual order); all of them without a search. */
export function filterGroups(groups: readonly StandGroup[], results: readonly SearchResult[] | null): StandGroup[] {
  if (!results) return [...groups];
  const found = new Set(results.filter((r) => r.kind === 'stand').map((r) => r.id));
  return groups.map((g) => ({ ...g, stands: g.stands.filter((s) => found.has(s.id)) })).filter((g) => g.stands.length > 0);
}

/**
 * Goes to a result: a session opens the programme on it; a stand travels to its viewpoint; a place with something to show (a target) its arrival
 * viewpoint, another place its middle; an amenity on foot beside it (the traveller finds a free spot
 * next to the point).
 */
export function travelTo(result: SearchResult, data: EditionData | null = useVisit.getState().data): void {
  const warn = (e: unknown) => console.warn(e);
  // A session opens in the programme, where its time, place and "Take me there" are.
  if (result.kind === 'session') return openProgramme(result.id);
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
