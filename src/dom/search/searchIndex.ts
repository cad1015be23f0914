/**
 * One search index over the stands and the places (zones) of an edition, in all three languages at
 * once: a visitor finds a stand whatever the interface's language, in whatever language they type.
 *
 * A stand is found by its number ("12", "stand 12", "رواق ١٢"), its name, its theme, its partner,
 * the name of its zone, and the words of its description and of its hotspots (titles and bodies); a
 * place by its name, its kind and its description. Every word of the query must be found somewhere
 * (a word is found when it equals a word of the entry or, while being typed, starts one). Ranking:
 * number > the name starts with the query > a word of the name > theme, partner or zone > description.
 *
 * Pure: no DOM, no store. Texts are folded by `normalize` (case, accents, Arabic diacritics and letter
 * variants, Eastern digits); Arabic words are also indexed without their article (الأمن → امن).
 */
import { LANGS } from '../../i18n/lang.ts';
import { arabicStem, tokens } from '../../i18n/normalize.ts';
import type { Stand, Text, Zone } from '../../edition/schema.ts';
import { PLAN_STRINGS } from '../plan/strings.ts';

export type SearchKind = 'stand' | 'zone';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  score: number;
}

export interface SearchIndex {
  /** Entries matching every word of the query, best first; none for an empty query. */
  search(query: string): SearchResult[];
}

/** Scores of the ranking tiers; within a tier, a whole word scores above a word being typed. */
export const SCORES = {
  number: 1000,
  namePrefix: 500,
  nameWord: 300,
  nameWordStart: 250,
  tagWord: 150,
  tagWordStart: 120,
  textWord: 60,
  textWordStart: 40,
} as const;

/** Words that may stand before a number in a query: "stand 12", "n° 12", "رواق 12", "رقم 12". */
const NUMBER_WORDS = new Set(
  ['stand', 'stands', 'n', 'no', 'nr', 'num', 'numero', 'number', 'رواق', 'الرواق', 'رقم', 'الرقم'].flatMap((w) => tokens(w)),
);

interface Entry {
  kind: SearchKind;
  id: string;
  /** Rank among entries of equal score: stands by number, then places in the site's order. */
  order: number;
  number?: number;
  /** Whole names, folded, with and without Arabic articles. */
  names: string[];
  nameWords: string[];
  /** Theme, partner, zone name (stands); kind (places). */
  tagWords: string[];
  /** Description and hotspots. */
  textWords: string[];
}

/** Unique words of some texts in every language, with the article-less form of Arabic words. */
function wordsOf(texts: ReadonlyArray<string | undefined>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of tokens(text)) {
      out.add(w);
      out.add(arabicStem(w));
    }
  }
  return [...out];
}

const allLangs = (t: Text | undefined): string[] => (t ? LANGS.map((l) => t[l]) : []);

function namesOf(t: Text): string[] {
  const out = new Set<string>();
  for (const l of LANGS) {
    const words = tokens(t[l]);
    out.add(words.join(' '));
    out.add(words.map(arabicStem).join(' '));
  }
  return [...out];
}

function standEntry(stand: Stand, zone: Zone | undefined): Entry {
  const themes = LANGS.map((l) => PLAN_STRINGS[l].themes[stand.theme]);
  return {
    kind: 'stand',
    id: stand.id,
    order: stand.number,
    number: stand.number,
    names: namesOf(stand.name),
    nameWords: wordsOf(allLangs(stand.name)),
    tagWords: wordsOf([...themes, stand.partner, ...allLangs(zone?.name)]),
    textWords: wordsOf([
      ...allLangs(stand.description),
      ...stand.hotspots.flatMap((h) => [...allLangs(h.title), ...allLangs(h.body)]),
    ]),
  };
}

function zoneEntry(zone: Zone, index: number): Entry {
  return {
    kind: 'zone',
    id: zone.id,
    order: 100_000 + index,
    names: namesOf(zone.name),
    nameWords: wordsOf(allLangs(zone.name)),
    tagWords: wordsOf(LANGS.map((l) => PLAN_STRINGS[l].zoneKinds[zone.kind])),
    textWords: wordsOf(allLangs(zone.description)),
  };
}

/** 'word' when a variant equals a word, 'start' when it starts one (long enough to mean something). */
function find(variants: readonly string[], words: readonly string[], minStart: number): 'word' | 'start' | null {
  let start = false;
  for (const w of words) {
    for (const v of variants) {
      if (w === v) return 'word';
      if (!start && v.length >= minStart && w.startsWith(v)) start = true;
    }
  }
  return start ? 'start' : null;
}

/** Best score of one query word in an entry, 0 when it is nowhere. */
function wordScore(entry: Entry, variants: readonly string[]): number {
  const name = find(variants, entry.nameWords, 2);
  if (name) return name === 'word' ? SCORES.nameWord : SCORES.nameWordStart;
  const tag = find(variants, entry.tagWords, 2);
  if (tag) return tag === 'word' ? SCORES.tagWord : SCORES.tagWordStart;
  const text = find(variants, entry.textWords, 3);
  if (text) return text === 'word' ? SCORES.textWord : SCORES.textWordStart;
  return 0;
}

/** The number a query asks for ("12", "stand 12", "رواق ١٢"), or null. */
export function numberQuery(words: readonly string[]): number | null {
  const last = words.at(-1);
  if (!last || !/^\d{1,5}$/.test(last)) return null;
  if (!words.slice(0, -1).every((w) => NUMBER_WORDS.has(w))) return null;
  return Number(last);
}

export function buildSearchIndex(stands: readonly Stand[], zones: readonly Zone[]): SearchIndex {
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const entries: Entry[] = [...stands.map((s) => standEntry(s, zoneById.get(s.zone))), ...zones.map(zoneEntry)];

  return {
    search(query) {
      const words = tokens(query);
      if (!words.length) return [];
      const wanted = numberQuery(words);
      const phrase = words.join(' ');
      const stemmed = words.map(arabicStem).join(' ');
      const variants = words.map((w) => [...new Set([w, arabicStem(w)])]);
      const found: Array<SearchResult & { order: number }> = [];
      for (const entry of entries) {
        let score = 0;
        if (wanted !== null && entry.number === wanted) score = SCORES.number;
        else {
          let total = 0;
          for (const v of variants) {
            const s = wordScore(entry, v);
            if (!s) {
              total = 0;
              break;
            }
            total += s;
          }
          if (total > 0) {
            score = total / variants.length;
            if (entry.names.some((n) => n.startsWith(phrase) || n.startsWith(stemmed))) score = SCORES.namePrefix;
          }
        }
        if (score > 0) found.push({ kind: entry.kind, id: entry.id, score, order: entry.order });
      }
      found.sort((a, b) => b.score - a.score || a.order - b.order);
      return found.map(({ kind, id, score }) => ({ kind, id, score }));
    },
  };
}
