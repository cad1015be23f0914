/**
 * Paints the hand menu's current page onto a canvas 2D context (MENU_WIDTH × MENU_HEIGHT, the
 * texture of the plane in the left hand) and returns what can be pressed on it, so that what is
 * drawn and what answers are the same list. Called when the page, the language, the data or the
 * visitor's place on the plan changes, never every frame. Arabic is drawn right to left with the
 * layout mirrored (paintKit.ts); the plan is not (paintMap.ts).
 */
import type { EditionData } from '../../../edition/schema.ts';
import { shortPlaceName, type Target } from '../../../edition/targets.ts';
import { LANGS, type Lang } from '../../../i18n/lang.ts';
import type { HitRect } from '../hits.ts';
import {
  homeEntries,
  listSlice,
  LIST_PAGE_SIZE,
  listTargets,
  MENU_HEIGHT,
  MENU_WIDTH,
  type MenuAction,
  type MenuState,
  type MenuTour,
} from './menuModel.ts';
import { COLORS, Frame, PAD, type Box } from './paintKit.ts';
import { paintMap, type Here } from './paintMap.ts';
import { MENU_STRINGS } from './strings.ts';

export type { Here };

export interface MenuView {
  state: MenuState;
  lang: Lang;
  data: EditionData;
  tours: readonly MenuTour[];
  here: Here;
}

const ROW = { top: 128, height: 84, step: 92 } as const;
const PAGER = { y: 872, height: 80, width: 220 } as const;

/** Paints `view.state`'s page and returns its pressable rectangles (canvas pixels, hits.ts). */
export function paintMenu(ctx: CanvasRenderingContext2D, view: MenuView): HitRect<MenuAction>[] {
  ctx.save();
  const f = new Frame(ctx, view.lang);
  ctx.fillStyle = COLORS.panel;
  ctx.beginPath();
  ctx.roundRect(0, 0, MENU_WIDTH, MENU_HEIGHT, 28);
  ctx.fill();
  const t = MENU_STRINGS[view.lang];
  let hits: HitRect<MenuAction>[];
  switch (view.state.page) {
    case 'home':
      hits = paintHome(f, view.tours);
      break;
    case 'map':
      hits = paintMap(f, view.data, view.here, f.header(t.mapTitle, t.back));
      break;
    case 'stands':
      hits = paintStands(f, view.data, view.state.listPage);
      break;
    case 'tours':
      hits = paintTours(f, view.tours, view.state.listPage);
      break;
  }
  ctx.restore();
  return hits;
}

function paintHome(f: Frame, tours: readonly MenuTour[]): HitRect<MenuAction>[] {
  const t = MENU_STRINGS[f.lang];
  const hits: HitRect<MenuAction>[] = [];
  f.textStart(t.title, f.box(PAD, 16, MENU_WIDTH - 2 * PAD, 80), 0, 60, 40, 700);
  f.textStart(t.language, f.box(PAD, 108, MENU_WIDTH - 2 * PAD, 40), 0, 128, 26, 400, COLORS.muted);
  const w = (MENU_WIDTH - 2 * PAD - 2 * 12) / 3;
  LANGS.forEach((lang, i) => {
    const b = f.box(PAD + i * (w + 12), 156, w, 96);
    const chosen = lang === f.lang;
    f.button(b, chosen ? COLORS.chosen : COLORS.button, chosen ? COLORS.buttonEdge : null);
    // Each name in its own language and font, so that whoever reads it finds it.
    const own = new Frame(f.ctx, lang);
    own.textCentre(
      t.langNames[lang],
      b.x + b.w / 2,
      b.y + b.h / 2,
      30,
      chosen ? 700 : 600,
      chosen ? COLORS.chosenText : COLORS.text,
      b.w - 16,
    );
    f.ctx.direction = f.rtl ? 'rtl' : 'ltr';
    hits.push({ ...b, action: { kind: 'lang', lang } });
  });
  let y = 288;
  for (const entry of homeEntries(tours)) {
    if (entry === 'lang') continue;
    const b = f.box(PAD, y, MENU_WIDTH - 2 * PAD, 112);
    const cy = b.y + b.h / 2;
    if (entry === 'exit') {
      f.button(b, COLORS.exit);
      f.textStart(t.exit, b, 32, cy, 34, 700, COLORS.text, 24);
      hits.push({ ...b, action: { kind: 'exit' } });
    } else {
      f.button(b);
      f.textStart({ map: t.map, stands: t.stands, tours: t.tours }[entry], b, 32, cy, 34, 700, COLORS.text, 24);
      f.chevron(f.rtl ? b.x + 40 : b.x + b.w - 40, cy, 32, 'end');
      hits.push({ ...b, action: { kind: 'open', page: entry } });
    }
    y += 132;
  }
  return hits;
}

/** A list row's face and its badge at the reading start; returns the box words go in after it. */
function row(f: Frame, i: number, badge: string | null): Box {
  const b = f.box(PAD, ROW.top + i * ROW.step, MENU_WIDTH - 2 * PAD, ROW.height);
  f.button(b);
  const badgeBox = f.box(PAD + 12, b.y + 10, 64, 64);
  const { ctx } = f;
  ctx.beginPath();
  ctx.roundRect(badgeBox.x, badgeBox.y, badgeBox.w, badgeBox.h, 10);
  ctx.fillStyle = COLORS.badge;
  ctx.fill();
  const cx = badgeBox.x + 32;
  const cy = badgeBox.y + 32;
  if (badge !== null) f.textCentre(badge, cx, cy, badge.length > 2 ? 26 : 30, 700, COLORS.badgeText, 60);
  else {
    // A place has no number: a pin.
    ctx.beginPath();
    ctx.arc(cx, cy - 6, 13, Math.PI * 0.8, Math.PI * 2.2);
    ctx.lineTo(cx, cy + 20);
    ctx.closePath();
    ctx.fillStyle = COLORS.badgeText;
    ctx.fill();
  }
  return f.box(PAD + 88, b.y, MENU_WIDTH - 2 * PAD - 88 - 56, ROW.height);
}

/** Previous and next at the bottom (previous at the reading start) and "page / pages" between them. */
function pager(f: Frame, page: number, pages: number, hits: HitRect<MenuAction>[]): void {
  const t = MENU_STRINGS[f.lang];
  f.textCentre(t.pageOf(page + 1, pages), MENU_WIDTH / 2, PAGER.y + PAGER.height / 2, 28, 600, COLORS.muted);
  const sides = [
    { at: PAD, to: page - 1, label: t.previous, toward: 'start' as const },
    { at: MENU_WIDTH - PAD - PAGER.width, to: page + 1, label: t.next, toward: 'end' as const },
  ];
  for (const s of sides) {
    if (s.to < 0 || s.to >= pages) continue;
    const b = f.box(s.at, PAGER.y, PAGER.width, PAGER.height);
    f.button(b);
    const cy = b.y + b.h / 2;
    // The chevron at the button's outer edge, pointing where the list goes.
    const outerLeft = (s.toward === 'start') !== f.rtl;
    f.chevron(outerLeft ? b.x + 32 : b.x + b.w - 32, cy, 26, s.toward);
    f.textCentre(s.label, outerLeft ? b.x + b.w / 2 + 20 : b.x + b.w / 2 - 20, cy, 28, 600, COLORS.text, b.w - 72);
    hits.push({ ...b, action: { kind: 'listPage', listPage: s.to } });
  }
}

function paintStands(f: Frame, data: EditionData, listPage: number): HitRect<MenuAction>[] {
  const t = MENU_STRINGS[f.lang];
  const hits: HitRect<MenuAction>[] = [{ ...f.header(t.stands, t.back), action: { kind: 'back' } }];
  const { items, page, pages } = listSlice(listTargets(data), listPage);
  const zoneName = (id: string) => data.site.zones.find((z) => z.id === id)?.name[f.lang] ?? '';
  items.forEach((target, i) => {
    const [first, second] = rowWords(target, f.lang, zoneName);
    const words = row(f, i, target.kind === 'stand' ? String(target.stand.number) : null);
    const cy = words.y + words.h / 2;
    if (second) {
      f.textStart(first, words, 0, cy - 16, 30, 600, COLORS.text, 24);
      f.textStart(second, words, 0, cy + 18, 24, 400, COLORS.muted, 24);
    } else f.textStart(first, words, 0, cy, 30, 600, COLORS.text, 24);
    f.chevron(f.rtl ? PAD + 32 : MENU_WIDTH - PAD - 32, cy, 26, 'end');
    hits.push({ x: PAD, y: words.y, w: MENU_WIDTH - 2 * PAD, h: ROW.height, action: { kind: 'go', targetId: target.id } });
  });
  pager(f, page, pages, hits);
  return hits;
}

/** A row's two lines: a stand's name over its zone; a place's short name over the rest of its name. */
function rowWords(target: Target, lang: Lang, zoneName: (id: string) => string): [string, string] {
  const name = target.name[lang];
  if (target.kind === 'stand') return [name, shortPlaceName(zoneName(target.zone))];
  const short = shortPlaceName(name);
  return [short, name.slice(short.length).replace(/^\s*[—–-]\s*/, '')];
}

function paintTours(f: Frame, tours: readonly MenuTour[], listPage: number): HitRect<MenuAction>[] {
  const t = MENU_STRINGS[f.lang];
  const hits: HitRect<MenuAction>[] = [{ ...f.header(t.tours, t.back), action: { kind: 'back' } }];
  const { items, page, pages } = listSlice(tours, listPage);
  items.forEach((tour, i) => {
    const words = row(f, i, String(page * LIST_PAGE_SIZE + i + 1));
    const cy = words.y + words.h / 2;
    f.textStart(tour.title[f.lang], words, 0, cy, 30, 600, COLORS.text, 24);
    f.chevron(f.rtl ? PAD + 32 : MENU_WIDTH - PAD - 32, cy, 26, 'end');
    hits.push({ x: PAD, y: words.y, w: MENU_WIDTH - 2 * PAD, h: ROW.height, action: { kind: 'tour', tourId: tour.id } });
  });
  if (pages > 1) pager(f, page, pages, hits);
  return hits;
}
