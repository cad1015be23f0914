/**
 * The entrance's figures banner (src/canvas/figures): its grid (inside the canvas, between the title
 * band and the source, no overlaps, read from the right in Arabic, a short last row centred), label
 * wrapping, where it hangs (ahead of the start point, facing it, over head height), and the default
 * edition painted on a fake 2D context in each language.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER, bannerContent, bannerPose } from '../src/canvas/figures/banner.ts';
import { BANNER_PX, bannerLayout, paintFigures, wrapLines, type Rect } from '../src/canvas/figures/paintFigures.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

const edition = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir')).data!.edition;

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('bannerLayout', () => {
  it('puts nine figures in three rows of three, inside the canvas and clear of the band and the source', () => {
    const { band, cells, source } = bannerLayout(9, false);
    expect(cells).toHaveLength(9);
    expect(new Set(cells.map((c) => Math.round(c.y))).size).toBe(3);
    expect(new Set(cells.map((c) => Math.round(c.x))).size).toBe(3);
    for (const c of cells) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w).toBeLessThanOrEqual(BANNER_PX.width);
      expect(c.y).toBeGreaterThanOrEqual(band.y + band.h);
      expect(c.y + c.h).toBeLessThanOrEqual(source.y);
    }
    cells.forEach((a, i) => cells.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });
  it('reads from the left in French and from the right in Arabic', () => {
    const ltr = bannerLayout(9, false).cells;
    const rtl = bannerLayout(9, true).cells;
    expect(ltr[0]!.x).toBeLessThan(ltr[1]!.x);
    expect(rtl[0]!.x).toBeGreaterThan(rtl[1]!.x);
    // Mirror images of each other.
    rtl.forEach((c, i) => expect(c.x).toBeCloseTo(BANNER_PX.width - ltr[i]!.x - ltr[i]!.w, 6));
  });
  it('centres a short last row and keeps at most twelve figures', () => {
    const cells = bannerLayout(7, false).cells;
    // Two rows of four: the last three centred under the first four.
    const last = cells.slice(4);
    const mid = (c: Rect) => c.x + c.w / 2;
    expect((mid(last[0]!) + mid(last[2]!)) / 2).toBeCloseTo(BANNER_PX.width / 2, 6);
    expect(bannerLayout(20, false).cells).toHaveLength(12);
    expect(bannerLayout(0, false).cells).toEqual([]);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks on spaces within the width, into two lines at most', () => {
    expect(wrapLines('associations de la société civile', 150, measure)).toEqual(['associations de', 'la société civile']);
    expect(wrapLines('stands', 150, measure)).toEqual(['stands']);
    expect(wrapLines('a b c d e f g h', 30, measure)).toEqual(['a b', 'c d e f g h']);
  });
});

describe('bannerPose', () => {
  it('hangs the banner ahead of the start point, facing it, its lower edge over head height', () => {
    const p = bannerPose(edition.spawn);
    // Agadir: the start point [0, 97] looks north (yaw 0), so the banner is 12 m north of it.
    expect(p.position[0]).toBeCloseTo(0, 6);
    expect(p.position[2]).toBeCloseTo(97 - BANNER.ahead, 6);
    expect(p.rotationY).toBe(0);
    expect(p.position[1] - BANNER.height / 2).toBeGreaterThanOrEqual(2.4);
  });
  it('turns with the heading: a start point looking west (90°) has it to its west, facing east', () => {
    const p = bannerPose({ position: [10, 20], yaw: 90 });
    expect(p.position[0]).toBeCloseTo(10 - BANNER.ahead, 6);
    expect(p.position[2]).toBeCloseTo(20, 6);
    // The plane's front, +z turned by rotation.y, points back to the start point (+x).
    expect(Math.sin(p.rotationY)).toBeCloseTo(1, 6);
  });
});

interface Drawn {
  text: string;
  x: number;
  y: number;
  size: number;
  direction: string;
  align: string;
}

/** A 2D context that records fillText with its state; text measured at 0.55 em a character. */
function fakeContext() {
  const drawn: Drawn[] = [];
  const state = {
    font: '10px sans-serif',
    textAlign: 'start',
    direction: 'inherit',
    textBaseline: 'alphabetic',
    fillStyle: '#000',
  };
  const stack: (typeof state)[] = [];
  const size = () => Number(/(\d+)px/.exec(state.font)?.[1] ?? 10);
  const calls = {
    fillText: (text: string, x: number, y: number) =>
      drawn.push({ text, x, y, size: size(), direction: state.direction, align: state.textAlign }),
    measureText: (text: string) => ({ width: Array.from(text).length * size() * 0.55 }),
    save: () => stack.push({ ...state }),
    restore: () => Object.assign(state, stack.pop()),
  };
  const ctx = new Proxy(state, {
    get: (target, key) =>
      key in calls ? calls[key as keyof typeof calls] : key in target ? target[key as keyof typeof state] : () => {},
    set: (target, key, value) => {
      (target as Record<string | symbol, unknown>)[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, drawn };
}

describe('paintFigures, the default edition', () => {
  it.each(['fr', 'ar', 'en'] as const)(
    'writes the title, every figure and the source in %s, in the language’s direction',
    (lang) => {
      const content = bannerContent(edition, lang)!;
      const { ctx, drawn } = fakeContext();
      paintFigures(ctx, content);
      const texts = drawn.map((d) => d.text);
      expect(texts[0]).toBe(content.title);
      expect(texts.at(-1)).toBe(content.source);
      for (const f of content.figures) {
        expect(texts).toContain(f.number);
        if (f.prefix) expect(texts).toContain(f.prefix);
        // The label, whole or over two lines.
        expect(texts.join(' ')).toContain(f.label);
      }
      for (const d of drawn) {
        expect(d.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(d.x).toBeGreaterThan(0);
        expect(d.x).toBeLessThan(BANNER_PX.width);
        expect(d.y).toBeGreaterThan(0);
        expect(d.y).toBeLessThan(BANNER_PX.height);
      }
      // Legible from the start point: the numbers large, nothing but the source line under 14 px.
      const numbers = drawn.filter((d) => content.figures.some((f) => f.number === d.text));
      expect(Math.min(...numbers.map((d) => d.size))).toBeGreaterThanOrEqual(30);
      expect(Math.min(...drawn.slice(0, -1).map((d) => d.size))).toBeGreaterThanOrEqual(14);
    },
  );
  it('says the figures in the language: French numbers and words', () => {
    const content = bannerContent(edition, 'fr')!;
    expect(content.title).toBe('L’édition en chiffres · Agadir 2024');
    expect(content.figures[0]).toEqual({ prefix: null, number: '2,12 millions', label: 'visiteurs' });
    expect(content.figures[5]).toEqual({ prefix: 'plus de', number: '25 millions', label: 'vues des diffusions en direct' });
    expect(content.source).toMatch(/^Source\u202f: Bilan de la DGSN/);
  });
  it('has no banner for an edition without figures', () => {
    expect(bannerContent({ ...edition, figures: undefined }, 'en')).toBeNull();
  });
});
