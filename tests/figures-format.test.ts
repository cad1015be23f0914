/**
 * The organiser's figures in words (src/edition/figuresFormat.ts): millions in words, thousands
 * grouped the way each language groups them, Latin digits in Arabic, "more than" and m² per language;
 * and the default edition's figures as the visit shows them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureParts, formatFigure } from '../src/edition/figuresFormat.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

/** French groups thousands with a narrow no-break space; a unit follows a no-break space. */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatFigure', () => {
  it('writes millions in words, to two decimals', () => {
    expect(formatFigure({ value: 2_120_000 }, 'fr')).toBe('2,12 millions');
    expect(formatFigure({ value: 2_120_000 }, 'en')).toBe('2.12 million');
    expect(formatFigure({ value: 2_120_000 }, 'ar')).toBe('2,12 مليون');
    expect(formatFigure({ value: 1_000_000 }, 'fr')).toBe('1 million');
    expect(formatFigure({ value: 1_400_000 }, 'en')).toBe('1.4 million');
  });
  it('groups thousands the way each language does, with Latin digits in Arabic', () => {
    expect(formatFigure({ value: 845 }, 'fr')).toBe('845');
    expect(formatFigure({ value: 845 }, 'ar')).toBe('845');
    expect(formatFigure({ value: 1097 }, 'fr')).toBe(`1${NNBSP}097`);
    expect(formatFigure({ value: 1097 }, 'en')).toBe('1,097');
    // Moroccan Arabic: dots between thousands, as the DGSN wrote 2.120.000.
    expect(formatFigure({ value: 1097 }, 'ar')).toBe('1.097');
    expect(formatFigure({ value: 1097 }, 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });
  it('adds the square metres after a no-break space', () => {
    expect(formatFigure({ value: 58_000, unit: 'm2' }, 'fr')).toBe(`58${NNBSP}000${NBSP}m²`);
    expect(formatFigure({ value: 58_000, unit: 'm2' }, 'en')).toBe(`58,000${NBSP}m²`);
    expect(formatFigure({ value: 58_000, unit: 'm2' }, 'ar')).toBe(`58.000${NBSP}م²`);
  });
  it('says "more than" in each language', () => {
    expect(formatFigure({ value: 1242, atLeast: true }, 'fr')).toBe(`plus de 1${NNBSP}242`);
    expect(formatFigure({ value: 1242, atLeast: true }, 'en')).toBe('more than 1,242');
    expect(formatFigure({ value: 1242, atLeast: true }, 'ar')).toBe('أكثر من 1.242');
    expect(formatFigure({ value: 25_000_000, atLeast: true }, 'fr')).toBe('plus de 25 millions');
    expect(formatFigure({ value: 25_000_000, atLeast: true }, 'en')).toBe('more than 25 million');
    expect(formatFigure({ value: 25_000_000, atLeast: true }, 'ar')).toBe('أكثر من 25 مليون');
  });
});

describe('figureParts', () => {
  it('keeps "more than" apart from the number, and null for an exact figure', () => {
    expect(figureParts({ value: 25_000_000, atLeast: true }, 'fr')).toEqual({ prefix: 'plus de', number: '25 millions' });
    expect(figureParts({ value: 230 }, 'ar')).toEqual({ prefix: null, number: '230' });
  });
});

describe("the default edition's figures", () => {
  const figures = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir')).data?.edition.figures;
  it('are the announced ones, in order, as the visit writes them in English', () => {
    expect(figures?.items.map((f) => [f.id, formatFigure(f, 'en')])).toEqual([
      ['visitors', '2.12 million'],
      ['schools', '845'],
      ['associations', 'more than 1,242'],
      ['media', '170'],
      ['reports', '1,097'],
      ['live-views', 'more than 25 million'],
      ['blood-donors', '230'],
      ['site-area', `58,000${NBSP}m²`],
      ['stands', '37'],
    ]);
  });
  it('name their source in every language', () => {
    expect(figures?.source.fr).toMatch(/DGSN/);
    expect(figures?.source.en).toMatch(/DGSN/);
    expect(figures?.source.ar).toMatch(/المديرية العامة للأمن الوطني/);
  });
});
