/** Words of the 2D twin and the search box: ranges of stand numbers, counts in the six Arabic plural forms. */
import { describe, expect, it } from 'vitest';
import { numberRuns, TWIN_STRINGS } from '../src/modes/twin/strings.ts';
import { SEARCH_STRINGS } from '../src/dom/search/strings.ts';
import { PLAN_STRINGS } from '../src/dom/plan/strings.ts';
import { listSeparator } from '../src/i18n/lists.ts';
import { arabicCount } from '../src/i18n/plural.ts';

describe('twin strings', () => {
  it('groups stand numbers into runs', () => {
    expect(numberRuns([3, 1, 2, 5, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
    expect(numberRuns([])).toEqual([]);
  });

  it('describes a place on the plan in each language', () => {
    expect(TWIN_STRINGS.fr.placeOnPlan('Pavillon A', 'au nord', [1, 2, 3, 4])).toBe('Pavillon A\u202f: au nord, stands 1 à 4.');
    expect(TWIN_STRINGS.en.placeOnPlan('Pavilion C', 'in the centre', [25, 26, 28])).toBe(
      'Pavilion C: in the centre, stands 25, 26 and 28.',
    );
    expect(TWIN_STRINGS.en.placeOnPlan('Entrance', 'in the south', [])).toBe('Entrance: in the south.');
    expect(TWIN_STRINGS.ar.placeOnPlan('الرواق أ', 'في الشمال', [1, 2, 3])).toBe('الرواق أ: في الشمال، الأروقة من 1 إلى 3.');
    expect(TWIN_STRINGS.ar.placeOnPlan('المعرض', 'في الغرب', [37])).toBe('المعرض: في الغرب، الرواق 37.');
  });

  it('counts in Arabic with the six plural forms', () => {
    const spots = [0, 1, 2, 3, 11, 100].map((n) => TWIN_STRINGS.ar.onThisStand(n));
    expect(spots).toEqual([
      'ما يمكن مشاهدته في هذا الرواق (لا توجد نقاط اهتمام)',
      'ما يمكن مشاهدته في هذا الرواق (نقطة اهتمام واحدة)',
      'ما يمكن مشاهدته في هذا الرواق (نقطتا اهتمام)',
      'ما يمكن مشاهدته في هذا الرواق (3 نقاط اهتمام)',
      'ما يمكن مشاهدته في هذا الرواق (11 نقطةَ اهتمام)',
      'ما يمكن مشاهدته في هذا الرواق (100 نقطة اهتمام)',
    ]);
    expect(TWIN_STRINGS.ar.summary(37, 11)).toBe('37 رواقاً في 11 فضاءً');
    expect(TWIN_STRINGS.ar.summary(2, 1)).toBe('رواقان في فضاء واحد');
    expect([0, 1, 2, 5, 12, 101].map((n) => SEARCH_STRINGS.ar.results(n))).toEqual([
      'لا توجد نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '5 نتائج',
      '12 نتيجةً',
      '101 نتيجة',
    ]);
    expect([0, 1, 4].map((n) => SEARCH_STRINGS.fr.results(n))).toEqual(['Aucun résultat', '1 résultat', '4 résultats']);
    expect(TWIN_STRINGS.fr.summary(1, 2)).toBe('1 stand dans 2 espaces');
  });

  it('writes the edition dates as a range', () => {
    const start = new Date('2024-05-17T00:00:00Z');
    const end = new Date('2024-05-21T00:00:00Z');
    expect(TWIN_STRINGS.fr.dates(start, end)).toBe('Du 17 au 21 mai 2024');
    expect(TWIN_STRINGS.ar.dates(start, end)).toContain('2024');
    expect(TWIN_STRINGS.en.dates(start, end)).toMatch(/17\s*–\s*21 May 2024/);
  });
});

describe('lists and counts shared with the plan', () => {
  it('separates list items with the Arabic comma in Arabic only', () => {
    expect(listSeparator('ar')).toBe('، ');
    expect(listSeparator('fr')).toBe(', ');
    expect(TWIN_STRINGS.ar.placeOnPlan('المعرض', 'في الغرب', [1, 3, 5])).toBe('المعرض: في الغرب، الأروقة 1، 3 و 5.');
  });
  it('counts stands in Arabic as the plan does', () => {
    for (const n of [0, 1, 2, 3, 11, 100])
      expect(TWIN_STRINGS.ar.summary(n, 1)).toBe(`${PLAN_STRINGS.ar.standsCount(n)} في فضاء واحد`);
    expect(arabicCount(12, { zero: 'z', one: 'o', two: 't', few: '# f', many: '# m', other: '# x' })).toBe('12 m');
  });
});
