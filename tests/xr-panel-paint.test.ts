/**
 * Painting the headset panel (src/canvas/xr/panel/paintPanel.ts) on a fake 2D context that records
 * what is written and how: Arabic drawn rtl and right-aligned, the close button mirrored, a long text
 * paged with its page buttons, bold in a bold font, a javascript: link left as text, no text under
 * 30 px, and every button a target at least 88 px tall.
 */
import { describe, expect, it } from 'vitest';
import { hitAt } from '../src/canvas/xr/hits.ts';
import type { PanelContent } from '../src/canvas/xr/panel/layout.ts';
import { paintPanel, type PanelAction } from '../src/canvas/xr/panel/paintPanel.ts';

interface Written {
  text: string;
  x: number;
  font: string;
  align: string;
  direction: string;
  fill: string;
}

/** A 2D context that records fillText with the state it was drawn in; every other call does nothing. */
function fakeContext() {
  const written: Written[] = [];
  const state = {
    font: '10px sans-serif',
    textAlign: 'start',
    direction: 'inherit',
    fillStyle: '#000',
    textBaseline: 'alphabetic',
  };
  const stack: (typeof state)[] = [];
  const calls = {
    fillText: (text: string, x: number) =>
      written.push({ text, x, font: state.font, align: state.textAlign, direction: state.direction, fill: state.fillStyle }),
    measureText: (text: string) => {
      const size = Number(/(\d+)px/.exec(state.font)?.[1] ?? 10);
      return { width: Array.from(text).length * size * 0.5 };
    },
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
  return { ctx, written };
}

const content = (over: Partial<PanelContent> = {}): PanelContent => ({
  lang: 'fr',
  number: '1',
  themeLabel: 'Police scientifique',
  themeColor: '#2e7d6b',
  title: 'Empreinte génétique',
  description: 'Les biologistes extraient **l’ADN** des traces.',
  images: [],
  ...over,
});

const long = Array.from({ length: 300 }, (_, i) => `mot${i}`).join(' ');
const actions = (hits: { action: PanelAction }[]) => hits.map((h) => h.action);

describe('xr panel paint: text', () => {
  it('paints Arabic rtl and right-aligned, French ltr and left-aligned', () => {
    const ar = fakeContext();
    paintPanel(ar.ctx, content({ lang: 'ar', title: 'البصمة الجينية', description: 'يستخرج خبراء البيولوجيا' }), 0);
    const body = ar.written.find((w) => w.text.includes('يستخرج'))!;
    expect(body.direction).toBe('rtl');
    expect(body.align).toBe('right');
    expect(body.font).toMatch(/'IBM Plex Sans Arabic'/);
    expect(ar.written.find((w) => w.text === 'البصمة الجينية')?.direction).toBe('rtl');

    const fr = fakeContext();
    paintPanel(fr.ctx, content(), 0);
    const line = fr.written.find((w) => w.text.startsWith('Les biologistes'))!;
    expect([line.direction, line.align]).toEqual(['ltr', 'left']);
    expect(line.font).toMatch(/Inter/);
  });

  it('paints a bold run in a bold font', () => {
    const { ctx, written } = fakeContext();
    paintPanel(ctx, content({ description: 'Extraire **l’ADN** des traces.' }), 0);
    expect(written.find((w) => w.text === 'l’ADN')?.font).toMatch(/^700 /);
    expect(written.find((w) => w.text === ' des traces.')?.font).toMatch(/^400 /);
  });

  it('leaves a javascript: link as its text, not in the link colour', () => {
    const { ctx, written } = fakeContext();
    paintPanel(ctx, content({ description: 'Voir [x](javascript:alert(1)) ici' }), 0);
    const w = written.find((t) => t.text.includes('javascript:'))!;
    expect(w.text).toBe('Voir [x](javascript:alert(1)) ici');
    expect(w.fill).not.toBe('#1d4f91');
  });

  it('writes nothing smaller than 30 px, in French and Arabic', () => {
    for (const lang of ['fr', 'ar'] as const) {
      const { ctx, written } = fakeContext();
      paintPanel(ctx, content({ lang, description: long, hotspotNav: { previous: true, next: true } }), 1);
      for (const w of written) expect(Number(/(\d+)px/.exec(w.font)![1]), w.text).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('xr panel paint: buttons', () => {
  it('puts close at the top right in French and the top left in Arabic', () => {
    const fr = paintPanel(fakeContext().ctx, content(), 0).hits.find((h) => h.action === 'close')!;
    const ar = paintPanel(fakeContext().ctx, content({ lang: 'ar' }), 0).hits.find((h) => h.action === 'close')!;
    expect(fr.x).toBeGreaterThan(1024 / 2);
    expect(fr.y).toBeLessThan(896 / 4);
    expect(ar.x + ar.w).toBeLessThan(1024 / 2);
    expect(ar.x).toBe(1024 - fr.x - fr.w);
    expect(ar.y).toBe(fr.y);
  });

  it('pages a long description: page count shown, only the buttons that go somewhere pressable', () => {
    const { ctx, written } = fakeContext();
    const first = paintPanel(ctx, content({ description: long }), 0);
    expect(first.pages).toBeGreaterThan(2);
    expect(written.some((w) => w.text === `1 / ${first.pages}`)).toBe(true);
    expect(actions(first.hits)).toEqual(['close', 'next-page']);
    const middle = paintPanel(fakeContext().ctx, content({ description: long }), 1);
    expect(actions(middle.hits)).toEqual(['close', 'prev-page', 'next-page']);
    const last = paintPanel(fakeContext().ctx, content({ description: long }), 99);
    expect(actions(last.hits)).toEqual(['close', 'prev-page']);
  });

  it('has no page buttons for a text that fits one page', () => {
    expect(actions(paintPanel(fakeContext().ctx, content(), 0).hits)).toEqual(['close']);
  });

  it('mirrors the hotspot and page buttons in Arabic, previous at the inline start', () => {
    const nav = { previous: true, next: true };
    const fr = paintPanel(fakeContext().ctx, content({ description: long, hotspotNav: nav }), 1).hits;
    const ar = paintPanel(fakeContext().ctx, content({ lang: 'ar', description: long, hotspotNav: nav }), 1).hits;
    const at = (hits: typeof fr, a: PanelAction) => hits.find((h) => h.action === a)!;
    expect(at(fr, 'prev-hotspot').x).toBeLessThan(at(fr, 'next-hotspot').x);
    expect(at(ar, 'prev-hotspot').x).toBeGreaterThan(at(ar, 'next-hotspot').x);
    expect(at(fr, 'next-page').x).toBeGreaterThan(at(fr, 'prev-page').x);
    expect(at(ar, 'next-page').x).toBeLessThan(at(ar, 'prev-page').x);
    expect(at(ar, 'next-page').x).toBe(1024 - at(fr, 'next-page').x - at(fr, 'next-page').w);
  });

  it('makes every button at least 88 px tall, inside the canvas, none overlapping, each found by hitAt', () => {
    const { hits } = paintPanel(fakeContext().ctx, content({ description: long, hotspotNav: { previous: true, next: true } }), 1);
    expect(hits).toHaveLength(5);
    for (const h of hits) {
      expect(h.h).toBeGreaterThanOrEqual(88);
      expect(h.w).toBeGreaterThanOrEqual(88);
      expect(h.x).toBeGreaterThanOrEqual(0);
      expect(h.x + h.w).toBeLessThanOrEqual(1024);
      expect(h.y + h.h).toBeLessThanOrEqual(896);
      expect(hitAt(hits, (h.x + h.w / 2) / 1024, 1 - (h.y + h.h / 2) / 896, 1024, 896)).toBe(h.action);
      for (const o of hits)
        if (o !== h) expect(h.x + h.w <= o.x || o.x + o.w <= h.x || h.y + h.h <= o.y || o.y + o.h <= h.y).toBe(true);
    }
  });
});
