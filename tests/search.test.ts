/** Search: text folding in three languages, and the index over the stands and places of an edition. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arabicStem, normalize, tokens } from '../src/i18n/normalize.ts';
import { buildSearchIndex, numberQuery, SCORES } from '../src/dom/search/searchIndex.ts';
import type { Site, Stand } from '../src/edition/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')) as { default: string }).default;
const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, file), 'utf8')) as T;
const stands = read<{ stands: Stand[] }>('stands.json').stands;
const site = read<Site>('site.json');
const index = buildSearchIndex(stands, site.zones);

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
    expect(pavilion.slice(1).every((r) => r.kind === 'stand' && stands.find((s) => s.id === r.id)?.zone === 'pavilion-b')).toBe(
      true,
    );

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
