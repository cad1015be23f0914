/**
 * Search: text folding in three languages, typo distance, and the index over the stands, places and
 * amenities of an edition (with the edition's own data, and small made-up data where it has none yet).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { arabicLightStem, arabicStem, normalize, tokens } from '../src/i18n/normalize.ts';
import { buildSearchIndex, numberQuery, SCORES } from '../src/dom/search/searchIndex.ts';
import { boundedDistance, typosAllowed } from '../src/dom/search/editDistance.ts';
import { AMENITY_WORDS } from '../src/dom/search/amenityWords.ts';
import { travelTo } from '../src/dom/search/useSearch.ts';
import { goToPoint, visitTarget } from '../src/walk/travel.ts';
import { AMENITY_KINDS, LANGS } from '../src/edition/constants.ts';
import type { Amenity, EditionData, Site, Stand, Zone } from '../src/edition/schema.ts';

// Choosing a result travels: record where, without a canvas. The store is never reached (data is passed).
vi.mock('../src/walk/travel.ts', () => ({
  visitTarget: vi.fn(() => Promise.resolve()),
  goToPoint: vi.fn(() => Promise.resolve()),
}));
vi.mock('../src/state/visit.ts', () => ({ useVisit: { getState: () => ({ data: null }) } }));

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')) as { default: string }).default;
const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, file), 'utf8')) as T;
const stands = read<{ stands: Stand[] }>('stands.json').stands;
const site = read<Site>('site.json');
const index = buildSearchIndex(stands, site.zones, site.amenities);

const first = (q: string) => index.search(q)[0];
const ids = (q: string) => index.search(q).map((r) => `${r.kind}:${r.id}`);
const standWith = (pred: (s: Stand) => boolean) => {
  const s = stands.find(pred);
  if (!s) throw new Error('no such stand in the edition');
  return s;
};

describe('normalize', () => {
  it('lower-cases and strips Latin accents and ligatures', () => {
    expect(normalize('Sécurité Routière')).toBe('securite routiere');
    expect(normalize('ÉLÈVE Ça')).toBe('eleve ca');
    expect(normalize('Œuvres sociales')).toBe('oeuvres sociales');
  });

  it('removes Arabic tashkeel, superscript alef and tatweel', () => {
    expect(normalize('البَصْمَة الجِينِيَّة')).toBe(normalize('البصمة الجينية'));
    expect(normalize('رِوَاقٌ')).toBe('رواق');
    expect(normalize('الشـــرطة')).toBe(normalize('الشرطة'));
    expect(normalize('هٰذا')).toBe('هذا');
  });

  it('unifies alef variants, hamza carriers, alef maqsura and taa marbuta', () => {
    expect(normalize('أمن')).toBe('امن');
    expect(normalize('إدارة')).toBe('اداره');
    expect(normalize('آلة')).toBe('اله');
    expect(normalize('ٱلشرطة')).toBe('الشرطه');
    expect(normalize('مؤسسة')).toBe('موسسه');
    expect(normalize('مسائل')).toBe('مسايل');
    expect(normalize('مستشفى')).toBe('مستشفي');
    expect(normalize('الشرطة')).toBe(normalize('الشرطه'));
  });

  it('reads Arabic-Indic and Persian digits as 0–9', () => {
    expect(normalize('١٢٣٤٥٦٧٨٩٠')).toBe('1234567890');
    expect(normalize('۱۵')).toBe('15');
  });

  it('splits words on spaces, apostrophes and punctuation', () => {
    expect(tokens('Droits de l’Homme — CNDH !')).toEqual(['droits', 'de', 'l', 'homme', 'cndh']);
    expect(tokens('  الرواق ١٥، مراقبة الحدود.')).toEqual(['الرواق', '15', 'مراقبه', 'الحدود']);
    expect(tokens('')).toEqual([]);
  });

  it('takes the article off Arabic words, not off short ones', () => {
    expect(arabicStem(normalize('الأمن'))).toBe('امن');
    expect(arabicStem(normalize('للأمن'))).toBe('امن');
    expect(arabicStem(normalize('والشرطة'))).toBe('شرطه');
    expect(arabicStem('ال')).toBe('ال');
    expect(arabicStem('police')).toBe('police');
  });
});

describe('the search index', () => {
  it('finds a stand by its number, with or without the word for stand, in Latin or Arabic-Indic digits', () => {
    const s12 = standWith((s) => s.number === 12);
    const s15 = standWith((s) => s.number === 15);
    for (const q of ['12', 'stand 12', 'Stand n° 12', 'رواق 12', 'الرواق ١٢']) {
      expect(first(q), q).toEqual({ kind: 'stand', id: s12.id, score: SCORES.number });
    }
    expect(first('١٥')).toEqual({ kind: 'stand', id: s15.id, score: SCORES.number });
    expect(first('۱۵')?.id).toBe(s15.id);
    expect(numberQuery(['pavillon', '12'])).toBeNull();
  });

  it('is case- and accent-insensitive in French: "securite routiere" finds the NARSA stand', () => {
    const narsa = standWith((s) => s.partner === 'NARSA');
    expect(first('securite routiere')?.id).toBe(narsa.id);
    expect(first('SÉCURITÉ ROUTIÈRE')?.id).toBe(narsa.id);
    expect(first('narsa')?.id).toBe(narsa.id);
    expect(first('empreinte genetique')?.id).toBe('dna-profiling');
  });

  it('finds the same stand in Arabic with and without diacritics', () => {
    const withMarks = index.search('البَصْمَة الجِينِيَّة');
    const without = index.search('البصمة الجينية');
    expect(withMarks[0]?.id).toBe('dna-profiling');
    expect(withMarks).toEqual(without);
    // Without the article, too.
    expect(first('بصمة جينية')?.id).toBe('dna-profiling');
  });

  it('treats alef/hamza variants alike: "امن" and "أمن"', () => {
    const plain = index.search('امن');
    expect(plain.length).toBeGreaterThan(0);
    expect(index.search('أمن')).toEqual(plain);
    expect(index.search('إمن')).toEqual(plain);
    // The stand named for national security comes first (a word of its name).
    expect(plain[0]).toMatchObject({ kind: 'stand', id: 'dgsn-heritage', score: SCORES.nameWord });
  });

  it('treats taa marbuta and haa alike: "الشرطه" and "الشرطة"', () => {
    const marbuta = index.search('الشرطة');
    expect(marbuta.length).toBeGreaterThan(3);
    expect(index.search('الشرطه')).toEqual(marbuta);
    expect(marbuta[0]).toMatchObject({ kind: 'stand', score: SCORES.namePrefix });
    const top = standWith((s) => s.id === marbuta[0]!.id);
    expect(normalize(top.name.ar).startsWith('الشرطه')).toBe(true);
  });

  it('works in English', () => {
    expect(first('border')?.id).toBe('border-control');
    expect(first('Dog brigade')).toMatchObject({ kind: 'zone', id: 'dog-arena' });
    expect(first('fingerprint')?.id).toBe('fingerprints');
  });

  it('ranks number > name prefix > name word > theme or zone > description', () => {
    // "police": names that start with it, then names holding it, then the forensic-police theme, then texts.
    const results = index.search('police');
    const tiers = results.map((r) => r.score);
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    const tierOf = (id: string) => results.find((r) => r.id === id)?.score;
    expect(tierOf('judicial-police')).toBe(SCORES.namePrefix);
    expect(tierOf('police-sports')).toBe(SCORES.nameWord); // Sport et police
    expect(tierOf('dna-profiling')).toBe(SCORES.tagWord); // theme: Police scientifique
    expect(results.at(-1)!.score).toBeLessThan(SCORES.tagWordStart);

    // A place by its name first, then the stands that stand in it.
    const pavilion = index.search('pavillon b');
    expect(pavilion[0]).toMatchObject({ kind: 'zone', id: 'pavilion-b', score: SCORES.namePrefix });
    // (Amenities named after it may come between: "the prayer room, opposite Pavilion B".)
    const standsFound = pavilion.filter((r) => r.kind === 'stand');
    expect(standsFound.length).toBe(stands.filter((s) => s.zone === 'pavilion-b').length);
    expect(standsFound.every((r) => stands.find((s) => s.id === r.id)?.zone === 'pavilion-b')).toBe(true);
    expect(pavilion.every((r) => r.kind !== 'zone' || r.id === 'pavilion-b')).toBe(true);

    // A number beats a stand that merely mentions it.
    expect(index.search('1')[0]).toEqual({ kind: 'stand', id: standWith((s) => s.number === 1).id, score: SCORES.number });
  });

  it('finds words of descriptions and hotspots, while they are typed', () => {
    // "séquenceur" is only in a hotspot title of the DNA stand.
    expect(ids('sequenceur')).toEqual(['stand:dna-profiling']);
    expect(ids('sequen')).toContain('stand:dna-profiling');
    expect(first('sequen')?.score).toBe(SCORES.textWordStart);
  });

  it('needs every word of the query, and finds nothing for nothing', () => {
    expect(index.search('police xyzzy')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('—')).toEqual([]);
  });
});

const text = (fr: string, ar: string, en: string) => ({ fr, ar, en });
/** A made-up stand: the edition's first with another id, number and name, no text, maybe keywords. */
const madeStand = (id: string, number: number, name: Stand['name'], keywords?: Stand['keywords']): Stand => ({
  ...stands[0]!,
  id,
  number,
  name,
  keywords,
  partner: undefined,
  description: text('', '', ''),
  hotspots: [],
});
const dogArena = site.zones.find((z) => z.id === 'dog-arena')!;
const DOG_KEYWORDS = { fr: ['chiens', 'chien'], ar: ['كلاب', 'الكلاب'], en: ['dogs', 'canine'] };

describe('light Arabic stems', () => {
  it('takes off the article and one plural or feminine ending', () => {
    expect(arabicLightStem(normalize('جوازات'))).toBe('جواز');
    expect(arabicLightStem(normalize('الجوازات'))).toBe('جواز');
    expect(arabicLightStem(normalize('المدربين'))).toBe('مدرب');
    expect(arabicLightStem(normalize('الجينية'))).toBe('جين');
    expect(arabicLightStem(normalize('بصمات'))).toBe('بصم');
  });

  it('keeps three letters, and words in other scripts', () => {
    expect(arabicLightStem(normalize('بنات'))).toBe('بنات');
    expect(arabicLightStem('passports')).toBe('passports');
  });
});

describe('typo distance', () => {
  it('counts an insertion, a deletion, a substitution or a swap of neighbours as one', () => {
    expect(boundedDistance('pasport', 'passport', 1)).toBe(1);
    expect(boundedDistance('ballistique', 'balistique', 2)).toBe(1);
    expect(boundedDistance('passpart', 'passport', 1)).toBe(1);
    expect(boundedDistance('passpotr', 'passport', 1)).toBe(1);
    expect(boundedDistance('cybercrimminalite', 'cybercriminalite', 2)).toBe(1);
    expect(boundedDistance('passport', 'passport', 1)).toBe(0);
  });

  it('answers max + 1 beyond its bound, and measures to the closest start of a word while typing', () => {
    expect(boundedDistance('pazzpoxt', 'passport', 2)).toBe(3);
    expect(boundedDistance('pasport', 'passeport', 1)).toBe(2);
    expect(boundedDistance('paspo', 'passport', 1, true)).toBe(1);
    expect(boundedDistance('cybercrimm', 'cybercriminalite', 2, true)).toBe(1);
    expect(boundedDistance('cybercrimm', 'cybercriminalite', 2)).toBe(3);
  });

  it('forgives no typo under 4 letters, one up to 7, two from 8', () => {
    expect([3, 4, 7, 8, 17].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('search that forgives typos', () => {
  it('"pasport" finds the passport stand first, below the exact spelling', () => {
    expect(first('pasport')).toEqual({ kind: 'stand', id: 'passport', score: SCORES.nameTypo });
    expect(first('passport')).toEqual({ kind: 'stand', id: 'passport', score: SCORES.namePrefix });
    expect(first('passeprot')?.id).toBe('passport');
  });

  it('in French, English and Arabic', () => {
    for (const q of ['ballistique', 'balistique', 'Ballistics', 'balistics', 'البالستية'])
      expect(first(q)?.id, q).toBe('ballistics');
    for (const q of ['cybercrimminalité', 'cybercriminalite', 'cybercrim']) expect(first(q)?.id, q).toBe('cybercrime');
    expect(first('fingerprnts')?.id).toBe('fingerprints');
    expect(first('bomb dispsal')?.id).toBe('bomb-disposal');
    expect(first('empriente genetique')?.id).toBe('dna-profiling');
  });

  it('meets Arabic plurals and singulars: "جوازات" finds "جواز السفر"', () => {
    for (const q of ['جوازات', 'الجوازات', 'جواز', 'جوازات السفر'])
      expect(first(q), q).toMatchObject({ kind: 'stand', id: 'passport' });
  });

  it('while typing, too: the start of a word with typos, from 5 letters', () => {
    expect(first('cybercrimm')?.id).toBe('cybercrime');
    expect(first('paspo')?.id).toBe('passport');
    expect(first('balist')?.id).toBe('ballistics');
  });

  it('forgives one typo in 4–7 letters, two from 8, none under 4, and never in numbers', () => {
    const made = buildSearchIndex(
      [
        madeStand('abc', 1, text('Abc', 'Abc', 'Abc')),
        madeStand('chat', 2, text('Chat', 'Chat', 'Chat')),
        madeStand('brigade', 3, text('Grande brigade', 'Grande brigade', 'Grande brigade')),
        madeStand('passport', 4, text('Passport', 'Passport', 'Passport')),
        madeStand('year', 5, text('Edition 2024', 'Edition 2024', 'Edition 2024')),
      ],
      [],
    );
    const found = (q: string) => made.search(q).map((r) => r.id);
    expect(found('abd')).toEqual([]);
    expect(found('chta')).toEqual(['chat']);
    expect(found('brigdae')).toEqual(['brigade']);
    expect(found('brgdae')).toEqual([]);
    expect(found('pazzport')).toEqual(['passport']);
    expect(found('pazzpoxt')).toEqual([]);
    expect(found('2025')).toEqual([]);
    // A word being typed: with a typo from 5 letters, not under.
    expect(found('brigd')).toEqual(['brigade']);
    expect(found('brgd')).toEqual([]);
    // Within the name tier: a whole word > its start > a whole word with a typo > its start with one.
    const score = (q: string) => made.search(q)[0]?.score;
    expect([score('brigade'), score('briga'), score('brigdae'), score('brigda')]).toEqual([
      SCORES.nameWord,
      SCORES.nameWordStart,
      SCORES.nameTypo,
      SCORES.nameTypoStart,
    ]);
  });

  it('ranks typos below exact matches of the same tier, every tier above the next', () => {
    const order = [
      ['nameWord', 'nameWordStart', 'nameTypo', 'nameTypoStart'],
      ['keywordWord', 'keywordWordStart', 'keywordTypo', 'keywordTypoStart'],
      ['tagWord', 'tagWordStart', 'tagTypo', 'tagTypoStart'],
      ['textWord', 'textWordStart', 'textTypo', 'textTypoStart'],
    ] as const;
    const values = order.flat().map((k) => SCORES[k]);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('keywords', () => {
  const withKeywords: Zone = { ...dogArena, keywords: DOG_KEYWORDS };
  const made = buildSearchIndex(
    [
      madeStand('guard-dogs', 1, text('Chiens de garde', 'كلاب الحراسة', 'Guard dogs')),
      madeStand('kennel', 2, text('Chenil', 'مأوى', 'Kennel'), { fr: ['chiens'], ar: ['كلاب'], en: ['dogs'] }),
      {
        ...madeStand('vet', 3, text('Vétérinaire', 'بيطري', 'Vet')),
        description: text('Soins des chiens.', 'علاج الكلاب.', 'Dog care.'),
      },
    ],
    [withKeywords],
  );

  it('"chiens", "dogs" and "كلاب" all find the dog arena by its keywords', () => {
    for (const q of ['chiens', 'dogs', 'كلاب', 'canine', 'الكلاب']) {
      expect(
        made.search(q).map((r) => r.id),
        q,
      ).toContain('dog-arena');
    }
    expect(made.search('canine')[0]).toEqual({ kind: 'zone', id: 'dog-arena', score: SCORES.keywordWord });
    // With a typo, still a keyword.
    expect(made.search('caninne')[0]).toEqual({ kind: 'zone', id: 'dog-arena', score: SCORES.keywordTypo });
  });

  it('rank just below the name, above the description', () => {
    const results = made.search('chiens');
    // Equal scores: stands before places.
    expect(results.map((r) => r.id)).toEqual(['guard-dogs', 'kennel', 'dog-arena', 'vet']);
    expect(results.map((r) => r.score)).toEqual([SCORES.namePrefix, SCORES.keywordWord, SCORES.keywordWord, SCORES.textWord]);
    expect(made.search('كلاب')[0]?.id).toBe('guard-dogs');
  });

  it("every keyword of the edition's data finds its stand or place, in every language", () => {
    const withWords = [
      ...stands.map((s) => ({ kind: 'stand', id: s.id, keywords: s.keywords })),
      ...site.zones.map((z) => ({ kind: 'zone', id: z.id, keywords: z.keywords })),
    ];
    for (const { kind, id, keywords } of withWords) {
      for (const l of LANGS) {
        for (const k of keywords?.[l] ?? []) {
          const hit = index.search(k).find((r) => r.kind === kind && r.id === id);
          expect(hit?.score, `${l} "${k}" → ${id}`).toBeGreaterThanOrEqual(SCORES.keywordWord);
        }
      }
    }
  });
});

describe('every language from every interface', () => {
  it('finds every stand and place by its name in each language (the index has no interface language)', () => {
    for (const entry of [...stands.map((s) => ({ kind: 'stand', ...s })), ...site.zones.map((z) => ({ ...z, kind: 'zone' }))]) {
      for (const l of LANGS) {
        const results = index.search(entry.name[l]);
        expect(results[0], `${l}: ${entry.name[l]}`).toMatchObject({ kind: entry.kind, id: entry.id, score: SCORES.namePrefix });
      }
    }
  });

  it('finds the dog arena by French, English and Arabic words, whatever the language of the names shown', () => {
    // Its names and its keywords in the edition's data: "chiens" is only a keyword.
    for (const q of [
      'chiens',
      'cynotechnique',
      'brigade cynotechnique',
      'dog',
      'dogs',
      'K9',
      'كلاب',
      'الكلاب المدربة',
      'كلاب الشرطة',
    ]) {
      expect(first(q), q).toMatchObject({ kind: 'zone', id: 'dog-arena' });
    }
    expect(dogArena.name.fr.toLowerCase()).not.toContain('chien');
    expect(first('chiens')?.score).toBe(SCORES.keywordWord);
  });
});

describe('amenities', () => {
  const amenities: Amenity[] = [
    ...AMENITY_KINDS.map((kind, i): Amenity => ({ id: `${kind}-1`, kind, position: [i * 10, 80] })),
    { id: 'toilets-a', kind: 'toilets', position: [-45, -20], name: text('près du pavillon A', 'قرب الرواق أ', 'by Pavilion A') },
  ];
  const made = buildSearchIndex(stands, site.zones, amenities);
  const kindOf = (id: string | undefined) => amenities.find((a) => a.id === id)?.kind;

  it('"toilets" finds the toilets', () => {
    const results = made.search('toilets');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.kind === 'amenity' && kindOf(r.id) === 'toilets')).toBe(true);
    expect(results.map((r) => r.id).sort()).toEqual(['toilets-1', 'toilets-a']);
  });

  it('are found first by every word for their kind, in every language', () => {
    for (const kind of AMENITY_KINDS) {
      const { label, synonyms } = AMENITY_WORDS[kind];
      for (const l of LANGS) {
        for (const q of [label[l], ...synonyms[l]]) {
          const top = made.search(q)[0];
          expect(top?.kind, `${kind} ${l} "${q}"`).toBe('amenity');
          expect(kindOf(top?.id), `${kind} ${l} "${q}"`).toBe(kind);
        }
      }
    }
    for (const q of ['WC', 'sanitaires', 'restroom', 'bathroom', 'مراحيض', 'دورة المياه', 'مرافق صحية']) {
      expect(kindOf(made.search(q)[0]?.id), q).toBe('toilets');
    }
    for (const q of ['first aid', 'secours', 'infirmerie', 'إسعاف']) expect(kindOf(made.search(q)[0]?.id), q).toBe('first-aid');
    for (const q of ['exit', 'sortie', 'خروج', 'مخرج']) expect(kindOf(made.search(q)[0]?.id), q).toBe('exit');
    for (const q of ['parking', 'stationnement', 'موقف السيارات']) expect(kindOf(made.search(q)[0]?.id), q).toBe('parking');
    for (const q of ['information', 'accueil', 'renseignements', 'استعلامات']) {
      expect(kindOf(made.search(q)[0]?.id), q).toBe('information');
    }
    for (const q of ['water', 'eau', 'fontaine', 'ماء']) expect(kindOf(made.search(q)[0]?.id), q).toBe('water');
    for (const q of ['prayer', 'prière', 'priere', 'mosquée', 'مصلى', 'صلاة'])
      expect(kindOf(made.search(q)[0]?.id), q).toBe('prayer');
  });

  it('with typos, and by their own name', () => {
    expect(kindOf(made.search('toilettes')[0]?.id)).toBe('toilets');
    expect(kindOf(made.search('toillets')[0]?.id)).toBe('toilets');
    expect(kindOf(made.search('restrom')[0]?.id)).toBe('toilets');
    expect(made.search('toilettes pavillon a')[0]).toMatchObject({ kind: 'amenity', id: 'toilets-a' });
    expect(made.search('toilets pavilion a')[0]).toMatchObject({ kind: 'amenity', id: 'toilets-a' });
  });

  it('of the edition\'s data are found by their kind, in every language: "toilets" finds the toilets', () => {
    const real = site.amenities ?? [];
    expect(real.length).toBeGreaterThan(0);
    for (const a of real) {
      for (const l of LANGS) {
        const label = AMENITY_WORDS[a.kind].label[l];
        expect(
          index.search(label).some((r) => r.kind === 'amenity' && r.id === a.id),
          `${a.id}: ${label}`,
        ).toBe(true);
      }
    }
    const toilets = index.search('toilets');
    expect(toilets.length).toBe(real.filter((a) => a.kind === 'toilets').length);
    expect(toilets.every((r) => r.kind === 'amenity' && real.find((a) => a.id === r.id)?.kind === 'toilets')).toBe(true);
  });
});

describe('while typing', () => {
  it('every one of 100 prefixes of a few queries finds something, and the whole query what it means', () => {
    const queries: Array<[string, string]> = [
      ['cybercrimminalité', 'cybercrime'],
      ['pasport', 'passport'],
      ['ballistique', 'ballistics'],
      ['brigade cynotechnique', 'dog-arena'],
      ['الشرطة القضائية', 'judicial-police'],
      ['empreinte genetique', 'dna-profiling'],
      ['fingerprnt', 'fingerprints'],
    ];
    const prefixes = queries.flatMap(([q]) => Array.from(q, (_, i) => q.slice(0, i + 1)));
    expect(prefixes).toHaveLength(100);
    const empty = prefixes.filter((p) => index.search(p).length === 0);
    expect(empty).toEqual([]);
    for (const [q, id] of queries) expect(first(q)?.id, q).toBe(id);
  });

  it('a letter alone is a word ("pavillon b") unless that finds nothing: then the start of one ("p")', () => {
    // "b" is a whole word here: no stand of another pavilion whose name starts with a b.
    const other = ids('pavillon b').filter(
      (r) => r.startsWith('stand:') && stands.find((s) => `stand:${s.id}` === r)?.zone !== 'pavilion-b',
    );
    expect(other).toEqual([]);
    expect(first('p')).toMatchObject({ score: SCORES.namePrefix });
    expect(first('brigade c')).toMatchObject({ kind: 'zone', id: 'dog-arena' });
  });
});

describe('choosing a result', () => {
  const place: Zone = {
    ...dogArena,
    hotspots: [
      { id: 'show', type: 'info', position: [0, 1.5, 0], title: text('Spectacle', 'عرض', 'Show'), body: text('…', '…', '…') },
    ],
  } as Zone;
  const amenity: Amenity = { id: 'wc', kind: 'toilets', position: [12, -34] };
  const data = {
    stands,
    // The dog arena with something to show, the other places with nothing.
    site: {
      ...site,
      zones: site.zones.map((z) => (z.id === place.id ? place : { ...z, hotspots: undefined })),
      amenities: [amenity],
    },
  } as unknown as EditionData;

  beforeEach(() => {
    vi.mocked(visitTarget).mockClear();
    vi.mocked(goToPoint).mockClear();
  });

  it("goes to a stand's viewpoint", () => {
    travelTo({ kind: 'stand', id: 'passport', score: 1 }, data);
    expect(visitTarget).toHaveBeenCalledWith('passport');
  });

  it("goes to a place with hotspots as to a stand (it is a target), to another place's middle", () => {
    travelTo({ kind: 'zone', id: place.id, score: 1 }, data);
    expect(visitTarget).toHaveBeenCalledWith(place.id);
    const plain = site.zones.find((z) => z.id === 'seminar-hall')!;
    travelTo({ kind: 'zone', id: plain.id, score: 1 }, data);
    expect(goToPoint).toHaveBeenCalledWith(plain.position[0], plain.position[1]);
    expect(visitTarget).toHaveBeenCalledTimes(1);
  });

  it('walks to an amenity: the traveller finds a free spot beside the point', () => {
    travelTo({ kind: 'amenity', id: 'wc', score: 1 }, data);
    expect(goToPoint).toHaveBeenCalledWith(12, -34);
    expect(visitTarget).not.toHaveBeenCalled();
  });
});
