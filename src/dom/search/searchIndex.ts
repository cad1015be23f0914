/**
 * One search index over the stands, the places (zones), the amenities and the programme's sessions
 * of an edition, in all three languages at once: a visitor finds a stand whatever the interface's language, in whatever
 * language they type.
 *
 * A stand is found by its number ("12", "stand 12", "رواق ١٢"), its name, its keywords, its theme,
 * its partner, the name of its zone, and the words of its description and hotspots; a place by its
 * name, keywords, kind and description; an amenity by its kind's words (`amenityWords.ts`) and its
 * name. Every word of the query must be found somewhere: it equals a word of the entry, starts one
 * (while being typed), or does either with typos (`editDistance.ts`: one in a word of 4–7 letters,
 * two from 8; a start with typos from 5 letters). Ranking, by tier: number > the name starts with
 * the query > a word of the name > a keyword > theme, partner or zone > description; within a tier,
 * a whole word > the start of one > a whole word with typos > the start of one with typos. A letter
 * alone is a whole word ("pavillon b") unless that finds nothing: then the start of one ("p").
 *
 * Pure: no DOM, no store. Texts are folded by `normalize`; Arabic words are also indexed without
 * their article and plural or feminine ending (الجوازات → جواز). Per keystroke, each query word is
 * compared once with each distinct word of the edition (its vocabulary, built here once), and each
 * entry only looks up how its own words matched.
 */
import { arabicLightStem, arabicStem, tokens } from '../../i18n/normalize.ts';
import type { Amenity, Stand, Zone } from '../../edition/schema.ts';
import type { Session } from '../../edition/programme.ts';
import { LANGS } from '../../i18n/lang.ts';
import { SESSION_KIND_NAMES } from '../../i18n/sessionKinds.ts';
import { boundedDistance, TYPO_PREFIX_MIN, typosAllowed } from './editDistance.ts';
import {
  amenitySource,
  sessionSource,
  standSource,
  zoneSource,
  type SearchKind,
  type SearchSource,
  type Texts,
} from './searchSources.ts';

export type { SearchKind };

export interface SearchResult {
  kind: SearchKind;
  id: string;
  score: number;
}

export interface SearchIndex {
  /** Entries matching every word of the query, best first; none for an empty query. */
  search(query: string): SearchResult[];
}

/** Scores of the ranking tiers; every score of a tier is above every score of the next. */
export const SCORES = {
  number: 1000,
  namePrefix: 500,
  nameWord: 300,
  nameWordStart: 250,
  nameTypo: 220,
  nameTypoStart: 210,
  keywordWord: 200,
  keywordWordStart: 180,
  keywordTypo: 170,
  keywordTypoStart: 165,
  tagWord: 150,
  tagWordStart: 120,
  tagTypo: 110,
  tagTypoStart: 100,
  textWord: 60,
  textWordStart: 40,
  textTypo: 30,
  textTypoStart: 20,
} as const;

/** How a query word meets a word of the vocabulary, worst to best: an index into `TIER_SCORES` rows. */
const TYPO_START = 1;
const TYPO = 2;
/** The start of a word by a query word of one or two letters: enough in names and tags, too loose in texts. */
const SHORT_START = 3;
const START = 4;
const WORD = 5;

const S = SCORES;
/** The score of each kind of match, tier by tier, best tier first (as `Entry.tiers`). */
const TIER_SCORES: readonly (readonly number[])[] = [
  [0, S.nameTypoStart, S.nameTypo, S.nameWordStart, S.nameWordStart, S.nameWord],
  [0, S.keywordTypoStart, S.keywordTypo, S.keywordWordStart, S.keywordWordStart, S.keywordWord],
  [0, S.tagTypoStart, S.tagTypo, S.tagWordStart, S.tagWordStart, S.tagWord],
  [0, S.textTypoStart, S.textTypo, 0, S.textWordStart, S.textWord],
];

/** Words that may stand before a number in a query: "stand 12", "n° 12", "رواق 12", "رقم 12". */
const NUMBER_WORDS = new Set(
  ['stand', 'stands', 'n', 'no', 'nr', 'num', 'numero', 'number', 'رواق', 'الرواق', 'رقم', 'الرقم'].flatMap((w) => tokens(w)),
);

interface Entry extends Omit<SearchSource, 'tiers'> {
  /** Vocabulary indices of each tier's words. */
  tiers: Int32Array[];
}

/** The number a query asks for ("12", "stand 12", "رواق ١٢"), or null. */
export function numberQuery(words: readonly string[]): number | null {
  const last = words.at(-1);
  if (!last || !/^\d{1,5}$/.test(last)) return null;
  if (!words.slice(0, -1).every((w) => NUMBER_WORDS.has(w))) return null;
  return Number(last);
}

export function buildSearchIndex(
  stands: readonly Stand[],
  zones: readonly Zone[],
  amenities: readonly Amenity[] = [],
  sessions: readonly Session[] = [],
): SearchIndex {
  const vocabulary: string[] = [];
  const indexOf = new Map<string, number>();
  /** Vocabulary indices of the words of some texts, with their Arabic stems. */
  const intern = (texts: Texts): Int32Array => {
    const out = new Set<number>();
    for (const text of texts) {
      if (!text) continue;
      for (const token of tokens(text)) {
        for (const w of [token, arabicStem(token), arabicLightStem(token)]) {
          let k = indexOf.get(w);
          if (k === undefined) {
            k = vocabulary.push(w) - 1;
            indexOf.set(w, k);
          }
          out.add(k);
        }
      }
    }
    return Int32Array.from(out);
  };
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const entries: Entry[] = [
    ...stands.map((s) => standSource(s, zoneById.get(s.zone))),
    ...zones.map(zoneSource),
    ...amenities.map(amenitySource),
    ...sessions.map((session, i) => {
      const place = zoneById.get(session.place)?.name ?? stands.find((st) => st.id === session.place)?.name;
      return sessionSource(
        session,
        place ? LANGS.map((l) => place[l]) : [],
        LANGS.map((l) => SESSION_KIND_NAMES[l][session.kind]),
        i,
      );
    }),
  ].map(({ tiers, ...rest }) => ({ ...rest, tiers: tiers.map(intern) }));
  // Numbers are never typo-matched: "2024" is not "2023".
  const typoable = Uint8Array.from(vocabulary, (w) => (/\d/.test(w) ? 0 : 1));
  const size = vocabulary.length;
  /** How each query word met each vocabulary word (query word q at q × size), reused between keystrokes. */
  let matches = new Uint8Array(0);
  /** The query words `matches` holds, by position: while typing, only the last word changes. */
  let matched: string[] = [];

  /** Fills `matches` from `at` for one query word, given as its folded forms; `shortest` start that counts. */
  const match = (forms: readonly string[], typoForms: readonly string[], shortest: number, at: number) => {
    for (let k = 0; k < size; k++) {
      const w = vocabulary[k]!;
      let code = 0;
      for (const f of forms) {
        if (w === f) {
          code = WORD;
          break;
        }
        if (code < START && f.length >= shortest && w.startsWith(f)) code = f.length >= 3 ? START : SHORT_START;
      }
      if (code < SHORT_START && typoable[k]) {
        for (const f of typoForms) {
          const max = typosAllowed(f.length);
          if (boundedDistance(f, w, max) <= max) {
            code = TYPO;
            break;
          }
          if (f.length >= TYPO_PREFIX_MIN && boundedDistance(f, w, max, true) <= max) code = TYPO_START;
        }
      }
      matches[at + k] = code;
    }
  };

  /** Best score of the query word matched at `at` in an entry, 0 when it is nowhere. */
  const wordScore = (entry: Entry, at: number): number => {
    for (let t = 0; t < entry.tiers.length; t++) {
      const words = entry.tiers[t]!;
      const scores = TIER_SCORES[t]!;
      let best = 0;
      for (let i = 0; i < words.length; i++) {
        const s = scores[matches[at + words[i]!]!]!;
        if (s > best) best = s;
      }
      if (best) return best;
    }
    return 0;
  };

  /** Entries matching every word, best first; one-letter words count as starts of words with `letterStarts`. */
  const rank = (words: readonly string[], letterStarts: boolean): SearchResult[] => {
    const wanted = numberQuery(words);
    const phrase = words.join(' ');
    const stemmed = words.map(arabicStem).join(' ');
    if (matches.length < words.length * size) {
      matches = new Uint8Array(words.length * size);
      matched = [];
    }
    words.forEach((w, q) => {
      const shortest = letterStarts ? 1 : 2;
      const key = `${shortest}${w}`;
      if (matched[q] === key) return;
      const forms = [...new Set([w, arabicStem(w), arabicLightStem(w)])];
      const typoForms = /\d/.test(w) ? [] : [...new Set([w, arabicStem(w)])].filter((f) => typosAllowed(f.length) > 0);
      match(forms, typoForms, shortest, q * size);
      matched[q] = key;
    });

    const found: Array<SearchResult & { order: number }> = [];
    for (const entry of entries) {
      let score = 0;
      if (wanted !== null && entry.number === wanted) score = SCORES.number;
      else {
        let total = 0;
        for (let q = 0; q < words.length; q++) {
          const s = wordScore(entry, q * size);
          if (!s) {
            total = 0;
            break;
          }
          total += s;
        }
        if (total > 0) {
          score = total / words.length;
          if (entry.names.some((n) => n.startsWith(phrase) || n.startsWith(stemmed))) score = SCORES.namePrefix;
        }
      }
      if (score > 0) found.push({ kind: entry.kind, id: entry.id, score, order: entry.order });
    }
    found.sort((a, b) => b.score - a.score || a.order - b.order);
    return found.map(({ kind, id, score }) => ({ kind, id, score }));
  };

  return {
    search(query) {
      const words = tokens(query);
      if (!words.length) return [];
      const found = rank(words, false);
      // A letter alone is a whole word ("pavillon b") unless that finds nothing: then it is a word
      // being typed ("p", "brigade c"), so the list never empties between two keystrokes.
      return found.length || !words.some((w) => w.length === 1) ? found : rank(words, true);
    },
  };
}
