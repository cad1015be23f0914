/**
 * Rules an edition must follow beyond its schema: ids, places, overlaps, media and figures.
 * Pure: the caller says which files exist, so the same rules run in Node (validate, models) and tests.
 */
import { corners, polygonContains, rectContains, rectOverlap, type Rect } from './geometry.ts';
import { deriveFigures, relativeGap } from './figures.ts';
import { hotspotMedia } from './mediaRules.ts';
import type { EditionData, Vec2 } from './schema.ts';

/** One problem in one file: `file: path: message`. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Answers whether a file exists; `edition` paths are relative to the edition folder, `models` to public/models. */
export interface FileCheck {
  edition(path: string): boolean;
  models(path: string): boolean;
}

/** Overlaps under this depth (metres) are treated as touching. */
const OVERLAP_TOLERANCE = 0.01;
/** Derived figures must match the announced ones within this ratio. */
export const FIGURE_TOLERANCE = 0.01;

/** Calls `report` for each item whose key an earlier item already had. */
export function duplicates<T>(items: T[], key: (t: T) => string | number, report: (t: T, i: number, first: number) => void) {
  const seen = new Map<string | number, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else report(item, i, first);
  });
}

export function checkEdition(data: EditionData, files: FileCheck): Problem[] {
  const problems: Problem[] = [];
  const E = 'edition.json';
  const S = 'site.json';
  const T = 'stands.json';
  const add = (file: string, path: string, message: string) => problems.push({ file, path, message });
  const { edition, site, stands } = data;
  const inSite = (p: Vec2) => polygonContains(site.boundary, p, 1e-6);
  const zones = new Map(site.zones.map((z) => [z.id, z]));

  // Ids.
  duplicates(
    site.zones,
    (z) => z.id,
    (z, i, f) => add(S, `zones[${i}].id`, `duplicate id "${z.id}" (first at zones[${f}])`),
  );
  duplicates(
    site.paths,
    (p) => p.id,
    (p, i, f) => add(S, `paths[${i}].id`, `duplicate id "${p.id}" (first at paths[${f}])`),
  );
  duplicates(
    stands,
    (s) => s.id,
    (s, i, f) => add(T, `stands[${i}].id`, `duplicate id "${s.id}" (first at stands[${f}])`),
  );
  duplicates(
    stands,
    (s) => s.number,
    (s, i, f) => add(T, `stands[${i}].number`, `duplicate stand number ${s.number} (first at stands[${f}])`),
  );

  // The figures shown to visitors: each named by its id (`data-figure`), so one id once.
  duplicates(
    edition.figures?.items ?? [],
    (f) => f.id,
    (f, i, first) => add(E, `figures.items[${i}].id`, `duplicate figure id "${f.id}" (first at items[${first}])`),
  );

  // The site.
  if (!inSite(edition.spawn.position)) add(E, 'spawn.position', 'the start point lies outside the site boundary');
  const replayDay = edition.replayAt?.slice(0, 10);
  if (replayDay && (replayDay < edition.dates.start || replayDay > edition.dates.end))
    add(E, 'replayAt', `${edition.replayAt} is not one of the edition's days (${edition.dates.start} to ${edition.dates.end})`);
  site.zones.forEach((z, i) => {
    if (!corners(z).every(inSite)) add(S, `zones[${i}]`, `zone "${z.id}" lies partly outside the site boundary`);
    if (z.kind === 'demonstration' && !z.discipline) add(S, `zones[${i}].discipline`, 'a demonstration area needs a discipline');
    (z.openings ?? []).forEach((o, j) => {
      const side = o.side === 'front' || o.side === 'back' ? z.width : z.depth;
      if (Math.abs(o.offset) + o.width / 2 > side / 2)
        add(S, `zones[${i}].openings[${j}]`, `opening does not fit on the ${o.side} side (${side} m long)`);
    });
  });
  const covered = site.zones.filter((z) => z.covered);
  covered.forEach((a, i) =>
    covered.slice(i + 1).forEach((b) => {
      if (rectOverlap(a, b) > OVERLAP_TOLERANCE)
        add(S, `zones[${site.zones.indexOf(b)}]`, `covered zone "${b.id}" overlaps covered zone "${a.id}"`);
    }),
  );
  site.paths.forEach((p, i) =>
    p.points.forEach((pt, j) => {
      if (!inSite(pt)) add(S, `paths[${i}].points[${j}]`, `path "${p.id}" leaves the site boundary`);
    }),
  );
  const blocked = (p: Vec2): string | undefined =>
    covered.find((z) => rectContains(z, p, 0))?.id ?? stands.find((s) => rectContains(s, p, 0))?.id;
  const checkPoint = (path: string, p: Vec2, what: string) => {
    if (!inSite(p)) add(S, path, `${what} lies outside the site boundary`);
    const on = blocked(p);
    if (on) add(S, path, `${what} stands inside "${on}"`);
  };
  site.landscape.palms.forEach((p, i) => checkPoint(`landscape.palms[${i}]`, p, 'palm'));
  site.landscape.lamps.forEach((p, i) => checkPoint(`landscape.lamps[${i}]`, p, 'lamp'));
  site.landscape.flags.forEach((f, i) => checkPoint(`landscape.flags[${i}].position`, f.position, 'flag'));

  // Places: their hotspots sit inside them; a stand and a place never share an id (a panel, a deep
  // link and a search result name either by id alone).
  site.zones.forEach((z, i) => {
    const at = `zones[${i}]`;
    const hotspots = z.hotspots ?? [];
    duplicates(
      hotspots,
      (h) => h.id,
      (h, j, f) => add(S, `${at}.hotspots[${j}].id`, `duplicate hotspot id "${h.id}" (first at hotspots[${f}])`),
    );
    hotspots.forEach((h, j) => {
      const [x, y, zz] = h.position;
      if (Math.abs(x) > z.width / 2 || Math.abs(zz) > z.depth / 2 || y < 0 || y > 12)
        add(
          S,
          `${at}.hotspots[${j}].position`,
          `hotspot "${h.id}" lies outside its place (${z.width} × ${z.depth} m, 0–12 m high)`,
        );
      for (const { field, src } of hotspotMedia(h))
        if (!files.edition(src)) add(S, `${at}.hotspots[${j}].${field}`, `file not found: ${src}`);
    });
    const stand = stands.findIndex((s) => s.id === z.id);
    if (stand >= 0) add(T, `stands[${stand}].id`, `id "${z.id}" is also a place's id (site.json ${at})`);
  });
  duplicates(
    site.amenities ?? [],
    (a) => a.id,
    (a, i, f) => add(S, `amenities[${i}].id`, `duplicate id "${a.id}" (first at amenities[${f}])`),
  );
  (site.amenities ?? []).forEach((a, i) => checkPoint(`amenities[${i}].position`, a.position, a.kind));

  // Stands.
  stands.forEach((s, i) => {
    const at = `stands[${i}]`;
    const zone = zones.get(s.zone);
    const cs = corners(s);
    if (!cs.every(inSite)) add(T, `${at}.position`, `stand "${s.id}" lies partly outside the site boundary`);
    if (!zone) add(T, `${at}.zone`, `unknown zone "${s.zone}"`);
    else if (!cs.every((c) => rectContains(zone, c, 1e-6)))
      add(T, `${at}.position`, `stand "${s.id}" lies partly outside its zone "${zone.id}"`);
    duplicates(
      s.hotspots,
      (h) => h.id,
      (h, j, f) => add(T, `${at}.hotspots[${j}].id`, `duplicate hotspot id "${h.id}" (first at hotspots[${f}])`),
    );
    s.hotspots.forEach((h, j) => {
      const [x, y, z] = h.position;
      if (Math.abs(x) > s.width / 2 || Math.abs(z) > s.depth / 2 || y < 0 || y > 6)
        add(
          T,
          `${at}.hotspots[${j}].position`,
          `hotspot "${h.id}" lies outside its stand (${s.width} × ${s.depth} m, 0–6 m high)`,
        );
      for (const { field, src } of hotspotMedia(h))
        if (!files.edition(src)) add(T, `${at}.hotspots[${j}].${field}`, `file not found: ${src}`);
    });
    if (s.model && !files.models(s.model)) add(T, `${at}.model`, `file not found: public/models/${s.model}`);
  });
  stands.forEach((a, i) =>
    stands.slice(i + 1).forEach((b, k) => {
      if (rectOverlap(a as Rect, b as Rect) > OVERLAP_TOLERANCE)
        add(T, `stands[${i + 1 + k}].position`, `stand "${b.id}" overlaps stand "${a.id}"`);
    }),
  );
  stands.forEach((s, i) => {
    const hall = covered.find((z) => z.id !== s.zone && rectOverlap(z, s) > OVERLAP_TOLERANCE);
    if (hall) add(T, `stands[${i}].position`, `stand "${s.id}" overlaps covered zone "${hall.id}"`);
  });

  // Figures against the announced ones.
  const derived = deriveFigures(data);
  for (const key of ['siteArea', 'coveredArea', 'stands', 'childrenPavilionArea'] as const) {
    const announced = edition.announced[key];
    if (relativeGap(derived[key], announced) > FIGURE_TOLERANCE)
      add(E, `announced.${key}`, `the data gives ${round(derived[key])}, more than 1% away from the announced ${announced}`);
  }
  return problems;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
