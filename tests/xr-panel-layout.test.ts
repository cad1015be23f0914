/**
 * The headset panel's layout (src/canvas/xr/panel/layout.ts) with a fake measurer: words wrap within
 * the body, bold and italic runs get their fonts, lists get bullets, Arabic lines run from the right,
 * long texts page, a page keeps a box for its picture, and the hotspot's page is known.
 */
import { describe, expect, it } from 'vitest';
import {
  BODY_BOTTOM,
  BODY_LEFT,
  BODY_RIGHT,
  BODY_TOP,
  layoutPanel,
  type Measure,
  type PanelContent,
  type PanelLine,
} from '../src/canvas/xr/panel/layout.ts';

/** Half the font size a character, a tenth more in bold: what a real font roughly does. */
const fakeMeasure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? 10);
  return Array.from(text).length * size * 0.5 * (/ 700 /.test(` ${font} `) ? 1.1 : 1);
};

const content = (over: Partial<PanelContent> = {}): PanelContent => ({
  lang: 'fr',
  number: '7',
  themeLabel: 'Police scientifique',
  themeColor: '#2e7d6b',
  title: 'Empreinte génétique',
  description: 'Un texte court.',
  images: [],
  ...over,
});

const lineText = (l: PanelLine) => l.runs.map((r) => r.text).join('');
const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

describe('xr panel layout: lines', () => {
  it('wraps words inside the body, keeping every word once and in order', () => {
    const layout = layoutPanel(content({ description: words(40) }), fakeMeasure);
    const lines = layout.pages.flatMap((p) => p.lines);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines)
      for (const r of l.runs) {
        expect(r.x).toBeGreaterThanOrEqual(BODY_LEFT);
        expect(r.x + r.width).toBeLessThanOrEqual(BODY_RIGHT + 0.5);
      }
    expect(lines.map(lineText).join(' ')).toBe(words(40));
  });

  it('gives bold and italic runs their fonts, in the app family', () => {
    const [line] = layoutPanel(content({ description: 'Un **gras** et un *italique*.' }), fakeMeasure).pages[0]!.lines;
    const runs = line!.runs.map((r) => [r.text, r.font]);
    expect(runs).toEqual([
      ['Un ', expect.stringMatching(/^400 44px Inter/)],
      ['gras', expect.stringMatching(/^700 44px Inter/)],
      [' et un ', expect.stringMatching(/^400 /)],
      ['italique', expect.stringMatching(/^italic 400 44px Inter/)],
      ['.', expect.stringMatching(/^400 /)],
    ]);
    // Runs follow each other without a gap.
    const r = line!.runs;
    for (let i = 1; i < r.length; i++) expect(r[i]!.x).toBeCloseTo(r[i - 1]!.x + r[i - 1]!.width);
  });

  it('puts a bullet before each list item and indents it', () => {
    const lines = layoutPanel(content({ description: 'Intro\n\n- premier\n- second' }), fakeMeasure).pages[0]!.lines;
    expect(lines.map((l) => l.bullet !== null)).toEqual([false, true, true]);
    expect(lines[1]!.runs[0]!.x).toBeGreaterThan(lines[0]!.runs[0]!.x);
  });

  it('leaves a gap between paragraphs larger than between lines', () => {
    const lines = layoutPanel(content({ description: 'a\nb\n\nc' }), fakeMeasure).pages[0]!.lines;
    expect(lines[2]!.y - lines[1]!.y).toBeGreaterThan(lines[1]!.y - lines[0]!.y);
  });

  it('lays Arabic out from the right, runs in logical order, in IBM Plex Sans Arabic', () => {
    const layout = layoutPanel(content({ lang: 'ar', description: 'يستخرج **خبراء** البيولوجيا' }), fakeMeasure);
    expect(layout.dir).toBe('rtl');
    const runs = layout.pages[0]!.lines[0]!.runs;
    expect(runs.map((r) => r.text)).toEqual(['يستخرج ', 'خبراء', ' البيولوجيا']);
    expect(runs[0]!.x).toBe(BODY_RIGHT);
    expect(runs[1]!.x).toBeCloseTo(BODY_RIGHT - runs[0]!.width);
    expect(runs[1]!.font).toMatch(/^700 44px 'IBM Plex Sans Arabic'/);
  });

  it('keeps a URL shown as text left to right, and never makes a javascript: link', () => {
    const lines = layoutPanel(
      content({ lang: 'ar', description: '[الموقع](https://x.ma/) [x](javascript:alert(1))' }),
      fakeMeasure,
    ).pages[0]!.lines;
    const runs = lines.flatMap((l) => l.runs);
    expect(runs.find((r) => r.text === '(https://x.ma/)')?.ltr).toBe(true);
    expect(runs.some((r) => r.link)).toBe(false);
    expect(lines.map(lineText).join(' ')).toContain('[x](javascript:alert(1))');
  });

  it('cuts a long title to two lines with an ellipsis', () => {
    const layout = layoutPanel(content({ title: words(30) }), fakeMeasure);
    expect(layout.title).toHaveLength(2);
    expect(lineText(layout.title[1]!).endsWith('…')).toBe(true);
  });
});

describe('xr panel layout: pages', () => {
  it('pages a long description, every line inside the body', () => {
    const layout = layoutPanel(content({ description: words(400) }), fakeMeasure);
    expect(layout.pages.length).toBeGreaterThan(2);
    for (const page of layout.pages)
      for (const l of page.lines) {
        expect(l.y).toBeGreaterThan(BODY_TOP);
        expect(l.y).toBeLessThan(BODY_BOTTOM);
      }
    expect(
      layout.pages
        .flatMap((p) => p.lines)
        .map(lineText)
        .join(' '),
    ).toBe(words(400));
  });

  it('holds no more than maxLines lines on a page', () => {
    const layout = layoutPanel(content({ description: words(400) }), fakeMeasure, 4);
    expect(Math.max(...layout.pages.map((p) => p.lines.length))).toBe(4);
  });

  it('keeps a box for one picture a page, text below it, and adds pages for pictures left over', () => {
    const layout = layoutPanel(content({ images: [{ aspect: 4 / 3 }, { aspect: 1 }, { aspect: 2 }] }), fakeMeasure);
    expect(layout.pages).toHaveLength(3);
    const [first, second] = layout.pages;
    expect(first!.image?.index).toBe(0);
    expect(first!.image!.w / first!.image!.h).toBeCloseTo(4 / 3, 1);
    expect(first!.lines[0]!.y).toBeGreaterThan(first!.image!.y + first!.image!.h);
    expect(second!.lines).toHaveLength(0);
    expect(second!.image!.h).toBeGreaterThan(first!.image!.h);
  });

  it('says on which page the hotspot starts, its heading never alone at the foot of a page', () => {
    const layout = layoutPanel(
      content({ description: words(100), hotspot: { title: 'Le kit', body: 'Écouvillons et gants.' } }),
      fakeMeasure,
    );
    const page = layout.hotspotPage!;
    const lines = layout.pages[page]!.lines;
    const i = lines.findIndex((l) => l.heading);
    expect(lineText(lines[i]!)).toBe('Le kit');
    expect(lines[i]!.runs[0]!.font).toMatch(/^700 /);
    expect(lines[i + 1] && lineText(lines[i + 1]!)).toBe('Écouvillons et gants.');
    expect(layoutPanel(content(), fakeMeasure).hotspotPage).toBeNull();
  });

  it('has one empty page for an empty text', () => {
    expect(layoutPanel(content({ description: '' }), fakeMeasure).pages).toEqual([{ lines: [], image: null }]);
  });
});
