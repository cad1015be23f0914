/**
 * Rules for the optional files of an edition, beyond their schema: guided tours (tours.json) stop at
 * stands and places that exist, at hotspots they have; kiosks (kiosks.json) play a tour that exists
 * and stand where a person can stand. Pure, like rules.ts; problems name their file without folder.
 */
import { arenaField } from './arena.ts';
import { polygonContains, rectContains, toLocal } from './geometry.ts';
import { duplicates, type Problem } from './rules.ts';
import type { EditionData, Kiosk, Tour, Vec2 } from './schema.ts';
import { targetById } from './targets.ts';

/** Room a kiosk and the person at it need from a stand's footprint, a demonstration field or a tree, metres. */
export const KIOSK_ROOM = 0.5;
/** Half the depth of the band along a covered zone's edge taken by its wall and doorways, metres. */
export const WALL_BAND = 0.75;

const TOURS = 'tours.json';
const KIOSKS = 'kiosks.json';

/** The optional files of an edition, parsed: absent when the edition has no such file. */
export interface Extras {
  tours?: Tour[];
  kiosks?: Kiosk[];
}

export function checkExtras(data: EditionData, { tours, kiosks }: Extras): Problem[] {
  const problems: Problem[] = [];
  if (tours) checkTours(data, tours, problems);
  if (kiosks) checkKiosks(data, kiosks, tours, problems);
  return problems;
}

function checkTours(data: EditionData, tours: Tour[], problems: Problem[]) {
  const add = (path: string, message: string) => problems.push({ file: TOURS, path, message });
  duplicates(
    tours,
    (t) => t.id,
    (t, i, f) => add(`tours[${i}].id`, `duplicate tour id "${t.id}" (first at tours[${f}])`),
  );
  // A stop goes where goToStand goes: a target, i.e. a stand or a place with hotspots.
  const ids = [...data.stands.map((s) => s.id), ...data.site.zones.filter((z) => z.hotspots?.length).map((z) => z.id)];
  tours.forEach((tour, i) =>
    tour.stops.forEach((stop, j) => {
      const at = `tours[${i}].stops[${j}]`;
      const target = targetById(data, stop.target);
      if (!target) {
        const bare = data.site.zones.some((z) => z.id === stop.target);
        add(
          `${at}.target`,
          bare
            ? `place "${stop.target}" has no hotspots, so a tour cannot stop there (a stop is a stand or a place with hotspots)`
            : `unknown stand or place "${stop.target}"${didYouMean(stop.target, ids)}`,
        );
      } else if (stop.hotspot && !target.hotspots.some((h) => h.id === stop.hotspot)) {
        const has = target.hotspots.map((h) => h.id);
        add(
          `${at}.hotspot`,
          `no hotspot "${stop.hotspot}" on ${target.kind} "${target.id}" (it has: ${has.join(', ') || 'none'})`,
        );
      }
      const before = tour.stops[j - 1];
      if (before && before.target === stop.target && before.hotspot === stop.hotspot)
        add(
          `${at}.target`,
          `the same stop twice in a row ("${stop.target}"${stop.hotspot ? `, hotspot "${stop.hotspot}"` : ''}, as stops[${j - 1}]): merge them or go somewhere between`,
        );
    }),
  );
}

function checkKiosks(data: EditionData, kiosks: Kiosk[], tours: Tour[] | undefined, problems: Problem[]) {
  const add = (path: string, message: string) => problems.push({ file: KIOSKS, path, message });
  duplicates(
    kiosks,
    (k) => k.id,
    (k, i, f) => add(`kiosks[${i}].id`, `duplicate kiosk id "${k.id}" (first at kiosks[${f}])`),
  );
  const tourIds = (tours ?? []).map((t) => t.id);
  kiosks.forEach((k, i) => {
    const at = `kiosks[${i}]`;
    if (!tours) add(`${at}.tour`, `tour "${k.tour}" needs a tours.json, which this edition does not have`);
    else if (!tourIds.includes(k.tour))
      add(
        `${at}.tour`,
        `unknown tour "${k.tour}"${didYouMean(k.tour, tourIds) || ` (tours.json has: ${tourIds.join(', ') || 'none'})`}`,
      );
    const blocked = whereBlocked(data, k.position);
    if (blocked) add(`${at}.position`, `kiosk "${k.id}" ${blocked}`);
  });
}

/** Why a person could not stand at a plan point, or undefined where they can. */
export function whereBlocked({ site, stands }: EditionData, p: Vec2): string | undefined {
  if (!polygonContains(site.boundary, p)) return 'lies outside the site boundary';
  const stand = stands.find((s) => rectContains(s, p, KIOSK_ROOM));
  if (stand) return `stands inside stand "${stand.id}" (or less than ${KIOSK_ROOM} m from its footprint)`;
  for (const zone of site.zones) {
    if (zone.covered && rectContains(zone, p, WALL_BAND) && !rectContains(zone, p, -WALL_BAND))
      return `stands in the wall or a doorway of "${zone.id}" (less than ${WALL_BAND} m from its edge)`;
    if (zone.kind === 'demonstration') {
      const [x, z] = toLocal(zone, p[0], p[1]);
      const f = arenaField(zone);
      if (x > f.x0 - KIOSK_ROOM && x < f.x1 + KIOSK_ROOM && z > f.z0 - KIOSK_ROOM && z < f.z1 + KIOSK_ROOM)
        return `stands on the demonstration field of "${zone.id}"`;
    }
  }
  const { palms, lamps, flags } = site.landscape;
  const near = (q: Vec2) => Math.hypot(q[0] - p[0], q[1] - p[1]) < KIOSK_ROOM;
  if (palms.some(near)) return 'stands on a palm tree (landscape.palms)';
  if (lamps.some(near)) return 'stands on a lamp post (landscape.lamps)';
  if (flags.some((f) => near(f.position))) return 'stands on a flagpole (landscape.flags)';
  return undefined;
}

/** ` (did you mean "x"?)` for the closest id within a few edits, else nothing. */
function didYouMean(id: string, ids: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of ids) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance: enough for a few ids in an error message. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
