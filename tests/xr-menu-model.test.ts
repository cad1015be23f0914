/**
 * The headset's hand menu as data (src/canvas/xr/menu/menuModel.ts): which buttons the home page
 * has, what each press does to the page and what it asks of the visit, and the "go to a stand" list
 * in number order, paged.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  homeEntries,
  LIST_PAGE_SIZE,
  listSlice,
  listTargets,
  MENU_PLANE,
  MENU_PX_PER_METRE,
  MENU_START,
  menuPress,
  type MenuState,
} from '../src/canvas/xr/menu/menuModel.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
if (!data) throw new Error('the Agadir edition does not read');
const tours = [{ id: 'families', title: { fr: 'En famille', ar: 'جولة عائلية', en: 'For families' } }];

describe('the menu surface', () => {
  it('is a 0.32 × 0.40 m plane whose 24 px text is about 1.3° tall at arm’s length', () => {
    expect(MENU_PLANE.width).toBeCloseTo(0.32, 6);
    expect(MENU_PLANE.height).toBeCloseTo(0.4, 6);
    const degrees = (2 * Math.atan(24 / MENU_PX_PER_METRE / 2 / 0.45) * 180) / Math.PI;
    expect(degrees).toBeGreaterThan(1.25);
  });
});

describe('the home page', () => {
  it('offers tours only when the edition has some', () => {
    expect(homeEntries(tours)).toEqual(['lang', 'map', 'stands', 'tours', 'exit']);
    expect(homeEntries([])).toEqual(['lang', 'map', 'stands', 'exit']);
  });
});

describe('menuPress', () => {
  const onStands: MenuState = { page: 'stands', listPage: 3 };
  it('opens a sub-page at its first list page, and back goes home', () => {
    expect(menuPress(MENU_START, { kind: 'open', page: 'stands' })).toEqual({ state: { page: 'stands', listPage: 0 } });
    expect(menuPress(onStands, { kind: 'back' })).toEqual({ state: MENU_START });
  });
  it('turns list pages, never below the first', () => {
    expect(menuPress(onStands, { kind: 'listPage', listPage: 4 }).state).toEqual({ page: 'stands', listPage: 4 });
    expect(menuPress(onStands, { kind: 'listPage', listPage: -2 }).state.listPage).toBe(0);
  });
  it('hands the visit its effects, keeping the page where it is', () => {
    expect(menuPress(MENU_START, { kind: 'lang', lang: 'ar' })).toEqual({
      state: MENU_START,
      effect: { kind: 'lang', lang: 'ar' },
    });
    expect(menuPress(onStands, { kind: 'go', targetId: 'passport' })).toEqual({
      state: onStands,
      effect: { kind: 'go', targetId: 'passport' },
    });
    expect(menuPress(MENU_START, { kind: 'tour', tourId: 'families' }).effect).toEqual({ kind: 'tour', tourId: 'families' });
  });
  it('starts over when leaving VR', () => {
    expect(menuPress(onStands, { kind: 'exit' })).toEqual({ state: MENU_START, effect: { kind: 'exit' } });
  });
  it('does nothing for a press on the plan that was not resolved to a stand', () => {
    const map: MenuState = { page: 'map', listPage: 0 };
    expect(menuPress(map, { kind: 'map' })).toEqual({ state: map });
  });
});

describe('the stand list', () => {
  const list = listTargets(data);
  it('lists every stand by number, then the places with hotspots', () => {
    const stands = list.filter((t) => t.kind === 'stand');
    expect(stands).toHaveLength(data.stands.length);
    expect(stands.map((t) => t.stand.number)).toEqual([...data.stands.map((s) => s.number)].sort((a, b) => a - b));
    expect(list.slice(stands.length).every((t) => t.kind === 'place')).toBe(true);
    expect(list.length).toBe(stands.length + data.site.zones.filter((z) => (z.hotspots?.length ?? 0) > 0).length);
  });
  it('pages them eight at a time, the last page holding the rest', () => {
    const pages = Math.ceil(list.length / LIST_PAGE_SIZE);
    expect(listSlice(list, 0).items.map((t) => t.id)).toEqual(list.slice(0, 8).map((t) => t.id));
    expect(listSlice(list, 1).items[0]?.id).toBe(list[8]?.id);
    const last = listSlice(list, pages - 1);
    expect(last.pages).toBe(pages);
    expect(last.items.length).toBe(list.length - (pages - 1) * LIST_PAGE_SIZE);
    // Asked for a page beyond the end (the edition changed under the menu): the last one.
    expect(listSlice(list, pages + 4).page).toBe(pages - 1);
    expect(listSlice([], 0)).toEqual({ items: [], page: 0, pages: 1 });
  });
});
