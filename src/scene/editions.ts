/**
 * The editions the app knows: every folder under scenes/ with its three files, each loaded on demand.
 * Which one runs comes from `?edition=`, else scenes/editions.json's default. Files were checked by
 * `npm run validate` before the build, so the app trusts their shape.
 */
import type { Edition, EditionData, Site, Stand } from './schema.ts';
import defaults from '../../scenes/editions.json';

type Json<T> = () => Promise<{ default: T }>;
const editionFiles = import.meta.glob<{ default: Edition }>('../../scenes/*/edition.json');
const siteFiles = import.meta.glob<{ default: Site }>('../../scenes/*/site.json');
const standFiles = import.meta.glob<{ default: { stands: Stand[] } }>('../../scenes/*/stands.json');

const idOf = (file: string) => file.split('/').at(-2)!;
const byId = <T>(files: Record<string, Json<T>>) => new Map(Object.entries(files).map(([f, load]) => [idOf(f), load]));
const editions = byId(editionFiles);
const sites = byId(siteFiles);
const stands = byId(standFiles);

/** Ids of every edition folder. */
export const EDITION_IDS = [...editions.keys()].sort();
export const DEFAULT_EDITION: string = defaults.default;

/** The edition asked for in the URL, if it exists, else the default. */
export function chooseEdition(search: string): string {
  const asked = new URLSearchParams(search).get('edition');
  return asked && editions.has(asked) ? asked : DEFAULT_EDITION;
}

export async function loadEdition(id: string): Promise<EditionData> {
  const e = editions.get(id);
  const s = sites.get(id);
  const t = stands.get(id);
  if (!e || !s || !t) throw new Error(`Unknown edition "${id}": scenes/${id}/ needs edition.json, site.json and stands.json`);
  const [edition, site, list] = await Promise.all([e(), s(), t()]);
  return { edition: edition.default, site: site.default, stands: list.default.stands };
}
