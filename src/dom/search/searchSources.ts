/**
 * What each entry of the search index is found by, tier by tier (name, keywords, tags, text): the
 * stands, the places (zones), the amenities and the programme's sessions of an edition, in all three
 * languages at once.
 */
import { LANGS } from '../../i18n/lang.ts';
import { arabicStem, tokens } from '../../i18n/normalize.ts';
import type { Amenity, Keywords, Stand, Text, Zone } from '../../edition/schema.ts';
import type { Session } from '../../edition/programme.ts';
import { PLAN_STRINGS } from '../plan/strings.ts';
import { AMENITY_WORDS } from './amenityWords.ts';

export type SearchKind = 'stand' | 'zone' | 'amenity' | 'session';

/** An entry before its words are put in the vocabulary. */
export interface SearchSource {
  kind: SearchKind;
  id: string;
  /** Rank among entries of equal score: stands by number, then places in the site's order, then amenities. */
  order: number;
  number?: number;
  /** Whole names, folded, with and without Arabic articles: "the name starts with the query". */
  names: string[];
  /** Texts of each tier: name, keywords, tags (theme, partner, zone name; a place's kind), description. */
  tiers: [name: Texts, keywords: Texts, tags: Texts, text: Texts];
}
export type Texts = ReadonlyArray<string | undefined>;

const allLangs = (t: Text | undefined): string[] => (t ? LANGS.map((l) => t[l]) : []);
const keywordsOf = (k: Keywords | undefined): string[] => (k ? LANGS.flatMap((l) => k[l]) : []);

/** Whole names, folded, with and without Arabic articles. */
function namesOf(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    const words = tokens(text);
    out.add(words.join(' '));
    out.add(words.map(arabicStem).join(' '));
  }
  return [...out];
}

/** A stand: name, keywords, theme, partner and zone name, description and hotspots. */
export function standSource(stand: Stand, zone: Zone | undefined): SearchSource {
  const themes = LANGS.map((l) => PLAN_STRINGS[l].themes[stand.theme]);
  return {
    kind: 'stand',
    id: stand.id,
    order: stand.number,
    number: stand.number,
    names: namesOf(allLangs(stand.name)),
    tiers: [
      allLangs(stand.name),
      keywordsOf(stand.keywords),
      [...themes, stand.partner, ...allLangs(zone?.name)],
      [...allLangs(stand.description), ...stand.hotspots.flatMap((h) => [...allLangs(h.title), ...allLangs(h.body)])],
    ],
  };
}

/** A place: name, keywords, kind, description. */
export function zoneSource(zone: Zone, index: number): SearchSource {
  return {
    kind: 'zone',
    id: zone.id,
    order: 100_000 + index,
    names: namesOf(allLangs(zone.name)),
    tiers: [
      allLangs(zone.name),
      keywordsOf(zone.keywords),
      LANGS.map((l) => PLAN_STRINGS[l].zoneKinds[zone.kind]),
      allLangs(zone.description),
    ],
  };
}

/** An amenity is named by its kind (every word for it) and by its own name, "near Pavilion A". */
export function amenitySource(amenity: Amenity, index: number): SearchSource {
  const words = AMENITY_WORDS[amenity.kind];
  const kind = LANGS.flatMap((l) => [words.label[l], ...words.synonyms[l]]);
  const own = allLangs(amenity.name);
  const labelled = amenity.name ? LANGS.map((l) => `${words.label[l]} ${amenity.name![l]}`) : [];
  return {
    kind: 'amenity',
    id: amenity.id,
    order: 200_000 + index,
    names: namesOf([...kind, ...labelled, ...own]),
    tiers: [[...kind, ...own], [], [], []],
  };
}

/**
 * A session of the programme: its title, its speakers, its kind and place's names, its description.
 * Ranked after everything on the site: a search for "drone" finds the stand before the seminar.
 */
export function sessionSource(session: Session, placeNames: Texts, kindNames: Texts, index: number): SearchSource {
  return {
    kind: 'session',
    id: session.id,
    order: 300_000 + index,
    names: namesOf(allLangs(session.title)),
    tiers: [allLangs(session.title), session.speakers ?? [], [...kindNames, ...placeNames], allLangs(session.description)],
  };
}
