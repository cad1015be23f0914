/**
 * The hand menu of the headset, as data: its surface, its pages, what is on each and what pressing
 * an entry does. Pure (tests/xr-menu-model.test.ts); paintMenu.ts draws it, and the component that
 * holds the plane feeds presses back through `menuPress`.
 *
 * The surface: a plane 0.32 × 0.40 m held by the left hand, about 0.45 m from the eye, painted at
 * 2400 px/m (768 × 960 texels). At 0.45 m, 1.3° is 10.2 mm, 24.5 px: the smallest text is 24 px, the
 * body 30 px, every button at least 88 px (37 mm) tall. The plane subtends about 39° there, some 970
 * display pixels on a Quest 3 (about 25 per degree), so a texel is about one display pixel: sharper
 * would be wasted, blurrier would show. 768 × 960 RGBA is 2.9 MB of GPU memory (3.9 with mipmaps).
 */
import type { EditionData, Text } from '../../../edition/schema.ts';
import { targetsOf, type Target } from '../../../edition/targets.ts';
import type { Lang } from '../../../i18n/lang.ts';

export const MENU_PX_PER_METRE = 2400;
export const MENU_WIDTH = 768;
export const MENU_HEIGHT = 960;
/** Metres: the plane to build for the texture. */
export const MENU_PLANE = { width: MENU_WIDTH / MENU_PX_PER_METRE, height: MENU_HEIGHT / MENU_PX_PER_METRE } as const;
/** Rows of a list page: eight keep each row 92 px (38 mm) tall with the heading and the pager. */
export const LIST_PAGE_SIZE = 8;

export type MenuPage = 'home' | 'map' | 'stands' | 'tours';
export interface MenuState {
  page: MenuPage;
  /** The page of the stand or tour list, from 0. */
  listPage: number;
}
export const MENU_START: MenuState = { page: 'home', listPage: 0 };

/** A guided tour as the menu lists it. */
export interface MenuTour {
  id: string;
  title: Text;
}

/** What the visit does when an entry is pressed; the menu's own moves are not effects. */
export type MenuEffect =
  { kind: 'lang'; lang: Lang } | { kind: 'go'; targetId: string } | { kind: 'tour'; tourId: string } | { kind: 'exit' };

/** What a painted entry does when pressed (the `action` of its HitRect). */
export type MenuAction =
  | MenuEffect
  | { kind: 'open'; page: Exclude<MenuPage, 'home'> }
  | { kind: 'back' }
  /** The pager: the list page to show (the painter knows how many there are). */
  | { kind: 'listPage'; listPage: number }
  /** A press on the plan: which stand or place is resolved from where (mapView.ts `mapActionAt`). */
  | { kind: 'map' };

/** The home page's buttons, top to bottom: the languages share the first row. */
export type HomeEntry = 'lang' | 'map' | 'stands' | 'tours' | 'exit';

export function homeEntries(tours: readonly MenuTour[]): HomeEntry[] {
  return tours.length > 0 ? ['lang', 'map', 'stands', 'tours', 'exit'] : ['lang', 'map', 'stands', 'exit'];
}

/**
 * The next state for a press, and what the visit should do. Effects leave the page as it is (a
 * visitor going from stand to stand in the list keeps their place), but leaving VR starts over.
 */
export function menuPress(state: MenuState, action: MenuAction): { state: MenuState; effect?: MenuEffect } {
  switch (action.kind) {
    case 'open':
      return { state: { page: action.page, listPage: 0 } };
    case 'back':
      return { state: MENU_START };
    case 'listPage':
      return { state: { page: state.page, listPage: Math.max(0, Math.floor(action.listPage)) } };
    case 'map':
      // Unresolved (the press was on the plan but near nothing): nothing happens.
      return { state };
    case 'exit':
      return { state: MENU_START, effect: action };
    case 'lang':
    case 'go':
    case 'tour':
      return { state, effect: action };
  }
}

/** The stands by number, then the places with hotspots in the site's order: what "go to" lists. */
export function listTargets(data: EditionData): Target[] {
  const all = targetsOf(data);
  const stands = all.filter((t) => t.kind === 'stand').sort((a, b) => a.stand.number - b.stand.number);
  return [...stands, ...all.filter((t) => t.kind === 'place')];
}

/** One page of a list: its items, which page it is (clamped to the last) and how many there are. */
export function listSlice<T>(
  items: readonly T[],
  listPage: number,
  size = LIST_PAGE_SIZE,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(pages - 1, Math.max(0, listPage));
  return { items: items.slice(page * size, (page + 1) * size), page, pages };
}
