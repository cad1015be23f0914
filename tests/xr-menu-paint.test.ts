/**
 * Painting the headset's hand menu (src/canvas/xr/menu/paintMenu.ts) on a recording context: the
 * language buttons ask for their language, the current one marked; Arabic is written right to left
 * with the layout mirrored but the plan not; the "you are here" dot is where the visitor stands; the
 * list pages page; and the words shared with the page say the same as the page's.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HitRect } from '../src/canvas/xr/hits.ts';
import { fitMap, toPixels } from '../src/canvas/xr/menu/mapView.ts';
import { MENU_WIDTH, menuPress, type MenuAction, type MenuState } from '../src/canvas/xr/menu/menuModel.ts';
import { COLORS } from '../src/canvas/xr/menu/paintKit.ts';
import { paintMenu, type MenuView } from '../src/canvas/xr/menu/paintMenu.ts';
import { MENU_STRINGS } from '../src/canvas/xr/menu/strings.ts';
import { PLAN_STRINGS } from '../src/dom/plan/strings.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { TOUR_STRINGS } from '../src/modes/tour/strings.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';
import { FakeContext } from './xr-menu-fake-ctx.ts';

const { data, extras } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
if (!data || !extras) throw new Error('the Agadir edition does not read');
const tours = extras.tours.map((t) => ({ id: t.id, title: t.title }));

function paint(state: MenuState, lang: Lang, here = { x: 0, z: 80, yaw: 0 }): { ctx: FakeContext; hits: HitRect<MenuAction>[] } {
  const ctx = new FakeContext();
  const view: MenuView = { state, lang, data: data!, tours, here };
  return { ctx, hits: paintMenu(ctx.asContext(), view) };
}
const actions = (hits: HitRect<MenuAction>[]) => hits.map((h) => h.action);

describe('the home page', () => {
  it('has a button per language that asks for it, the current one marked', () => {
    const { ctx, hits } = paint({ page: 'home', listPage: 0 }, 'fr');
    const langs = hits.filter((h) => h.action.kind === 'lang');
    expect(langs.map((h) => menuPress({ page: 'home', listPage: 0 }, h.action).effect)).toEqual([
      { kind: 'lang', lang: 'fr' },
      { kind: 'lang', lang: 'ar' },
      { kind: 'lang', lang: 'en' },
    ]);
    const name = (s: string) => ctx.texts().find((c) => c.args[0] === s)!;
    expect(name('Français').fillStyle).toBe(COLORS.chosenText);
    expect(name('English').fillStyle).toBe(COLORS.text);
    // Each name in its own script's direction and font.
    expect(name('العربية').direction).toBe('rtl');
    expect(name('العربية').font).toContain('IBM Plex Sans Arabic');
    expect(name('Français').font).toMatch(/^\d+ \d+px Inter/);
  });
  it('opens the plan, the stands, the tours, and leaves VR; every button at least 9 mm tall', () => {
    const { hits } = paint({ page: 'home', listPage: 0 }, 'en');
    expect(actions(hits).filter((a) => a.kind !== 'lang')).toEqual([
      { kind: 'open', page: 'map' },
      { kind: 'open', page: 'stands' },
      { kind: 'open', page: 'tours' },
      { kind: 'exit' },
    ]);
    for (const h of hits) expect(h.h).toBeGreaterThanOrEqual(0.009 * 2400);
  });
});

describe('Arabic', () => {
  it('writes the stand list right to left, right-aligned, the back button at the top right', () => {
    const { ctx, hits } = paint({ page: 'stands', listPage: 0 }, 'ar');
    const texts = ctx.texts();
    expect(texts.length).toBeGreaterThan(8);
    for (const c of texts) expect(c.direction).toBe('rtl');
    const first = data.stands.find((s) => s.number === 1)!;
    const row = texts.find((c) => c.args[0] === first.name.ar)!;
    expect(row.textAlign).toBe('right');
    expect(row.args[1] as number).toBeGreaterThan(MENU_WIDTH / 2);
    expect(hits[0]!.action).toEqual({ kind: 'back' });
    expect(hits[0]!.x).toBeGreaterThan(MENU_WIDTH / 2);
    expect(paint({ page: 'stands', listPage: 0 }, 'fr').hits[0]!.x).toBeLessThan(MENU_WIDTH / 2);
  });
  it('puts "next" at the left and "previous" at the right', () => {
    const { hits } = paint({ page: 'stands', listPage: 2 }, 'ar');
    const pager = hits.filter((h) => h.action.kind === 'listPage');
    const next = pager.find((h) => h.action.kind === 'listPage' && h.action.listPage === 3)!;
    const previous = pager.find((h) => h.action.kind === 'listPage' && h.action.listPage === 1)!;
    expect(next.x).toBeLessThan(previous.x);
  });
  it('never mirrors the plan: stand numbers are where they are in French', () => {
    const numbers = (lang: Lang) =>
      paint({ page: 'map', listPage: 0 }, lang)
        .ctx.texts()
        .filter((c) => /^\d+$/.test(c.args[0] as string))
        .map((c) => c.args);
    expect(numbers('ar')).toEqual(numbers('fr'));
    expect(numbers('fr')).toHaveLength(data.stands.length);
  });
});

describe('the plan page', () => {
  it('draws the "you are here" dot where the visitor’s plan position maps', () => {
    const here = { x: 20, z: -10, yaw: 1 };
    const { ctx } = paint({ page: 'map', listPage: 0 }, 'fr', here);
    const [px, py] = toPixels(fitMap(data.site.boundary), here.x, here.z);
    const dot = ctx.calls.find((c) => c.name === 'arc' && c.args[2] === 11 && c.args[0] === px && c.args[1] === py);
    expect(dot).toBeDefined();
    // The wedge is centred on the heading: from the dot, toward −z turned 1 rad left.
    const wedge = ctx.calls.find((c) => c.name === 'arc' && c.args[0] === px && c.args[1] === py && c.args[2] === 44)!;
    const mid = ((wedge.args[3] as number) + (wedge.args[4] as number)) / 2;
    expect(Math.cos(mid)).toBeCloseTo(-Math.sin(1), 9);
    expect(Math.sin(mid)).toBeCloseTo(-Math.cos(1), 9);
  });
});

describe('the lists', () => {
  it('list eight stands a page with previous and next, the last page without next', () => {
    const first = paint({ page: 'stands', listPage: 0 }, 'en').hits;
    const go = (h: HitRect<MenuAction>[]) => h.filter((x) => x.action.kind === 'go').map((x) => x.action);
    expect(go(first)).toHaveLength(8);
    expect(go(first)[0]).toEqual({ kind: 'go', targetId: data.stands.find((s) => s.number === 1)!.id });
    expect(actions(first).filter((a) => a.kind === 'listPage')).toEqual([{ kind: 'listPage', listPage: 1 }]);
    const last = paint({ page: 'stands', listPage: 99 }, 'en').hits;
    expect(actions(last).filter((a) => a.kind === 'listPage')).toEqual([{ kind: 'listPage', listPage: 4 }]);
  });
  it('list the tours, each starting its own', () => {
    const { ctx, hits } = paint({ page: 'tours', listPage: 0 }, 'fr');
    expect(actions(hits).filter((a) => a.kind === 'tour')).toEqual(tours.map((t) => ({ kind: 'tour', tourId: t.id })));
    for (const t of tours) expect(ctx.texts().some((c) => c.args[0] === t.title.fr)).toBe(true);
  });
});

describe('the menu’s words', () => {
  it.each(['fr', 'ar', 'en'] as const)('say in %s what the page’s plan and tours say', (lang) => {
    const t = MENU_STRINGS[lang];
    expect(t.mapTitle).toBe(PLAN_STRINGS[lang].planTitle);
    expect(t.youAreHere).toBe(PLAN_STRINGS[lang].youAreHere);
    expect(t.stands).toBe(PLAN_STRINGS[lang].standsTitle);
    expect(t.north).toBe(PLAN_STRINGS[lang].northShort);
    expect(t.tours).toBe(TOUR_STRINGS[lang].pickerTitle);
  });
});
