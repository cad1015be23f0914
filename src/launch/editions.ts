/**
 * The editions the app knows: every folder under scenes/ with its three files, each loaded on demand.
 * Which one runs is the launch's (`?edition=`, else scenes/editions.json's default: see launch.ts). Files were checked by
 * `npm run validate` before the build, so the app trusts their shape.
 */
import type { Edition, EditionData, Kiosk, Site, Stand, Tour } from '../edition/schema.ts';
import type { Programme } from '../edition/programme.ts';
import defaults from '../../scenes/editions.json';

// Scene files ship as JSON assets (hashed URLs) fetched at run time: data, not code, so they stay
// out of the JavaScript the first frame waits for, and a CDN caches them like any other file.
const byId = (files: Record<string, string>) => new Map(Object.entries(files).map(([f, url]) => [f.split('/').at(-2)!, url]));
const editions = byId(import.meta.glob<string>('../../scenes/*/edition.json', { query: '?url', import: 'default', eager: true }));
const sites = byId(import.meta.glob<string>('../../scenes/*/site.json', { query: '?url', import: 'default', eager: true }));
const stands = byId(import.meta.glob<string>('../../scenes/*/stands.json', { query: '?url', import: 'default', eager: true }));
// Optional files, fetched on demand (the tour picker, a kiosk), never for the first frame.
const tours = byId(import.meta.glob<string>('../../scenes/*/tours.json', { query: '?url', import: 'default', eager: true }));
const programmes = byId(
  import.meta.glob<string>('../../scenes/*/programme.json', { query: '?url', import: 'default', eager: true }),
);
const kiosks = byId(import.meta.glob<string>('../../scenes/*/kiosks.json', { query: '?url', import: 'default', eager: true }));

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** URL of a file of an edition folder (media paths in the data are relative to it). */
export function mediaUrl(editionId: string, path: string): string {
  return `${import.meta.env.BASE_URL}scenes/${editionId}/${path}`;
}

/** Ids of every edition folder. */
export const EDITION_IDS = [...editions.keys()].sort();
export const DEFAULT_EDITION: string = defaults.default;

export async function loadEdition(id: string): Promise<EditionData> {
  const e = editions.get(id);
  const s = sites.get(id);
  const t = stands.get(id);
  if (!e || !s || !t) throw new Error(`Unknown edition "${id}": scenes/${id}/ needs edition.json, site.json and stands.json`);
  const [edition, site, list] = await Promise.all([fetchJson<Edition>(e), fetchJson<Site>(s), fetchJson<{ stands: Stand[] }>(t)]);
  return { edition, site, stands: list.stands };
}

/** The edition's guided tours (none when it has no tours.json). */
export async function loadTours(id: string): Promise<Tour[]> {
  const url = tours.get(id);
  return url ? (await fetchJson<{ tours: Tour[] }>(url)).tours : [];
}

/** The edition's kiosks (none when it has no kiosks.json). */
export async function loadKiosks(id: string): Promise<Kiosk[]> {
  const url = kiosks.get(id);
  return url ? (await fetchJson<{ kiosks: Kiosk[] }>(url)).kiosks : [];
}

/** The edition's programme (null when it has no programme.json). */
export async function loadProgramme(id: string): Promise<Programme | null> {
  const url = programmes.get(id);
  return url ? fetchJson<Programme>(url) : null;
}
