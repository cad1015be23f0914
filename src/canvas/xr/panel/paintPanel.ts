/**
 * Paints one page of a stand's panel for the headset onto a 1024 × 896 canvas 2D context (shown as a
 * CanvasTexture), from the layout of ./layout.ts, and returns what can be pressed on it. The same
 * card as the HTML panel (src/dom/panel/panel.css): the stand's number in its theme's colour, the
 * theme and the title on a light header, the close button at the header's inline end (top right,
 * top left in Arabic), dark text on white, links in the panel's blue; then a footer with the hotspot
 * buttons at the inline start and the pages at the end. Arabic is the mirror image, drawn rtl.
 */
import { hexToLinear } from '../../../edition/color.ts';
import { DIRECTION, type Lang } from '../../../i18n/lang.ts';
import type { HitRect } from '../hits.ts';
import {
  BODY_LEFT,
  BODY_RIGHT,
  BODY_SIZE,
  BUTTON,
  FOOTER_H,
  HEADER_H,
  KICKER_Y,
  layoutPanel,
  PAD,
  PANEL_H,
  PANEL_W,
  panelFont,
  SMALL_SIZE,
  TITLE_LEFT,
  TITLE_RIGHT,
  TITLE_SIZE,
  type PanelContent,
  type PanelLayout,
  type PanelLine,
} from './layout.ts';
import { XR_PANEL_STRINGS } from './strings.ts';

export type PanelAction = 'close' | 'prev-hotspot' | 'next-hotspot' | 'prev-page' | 'next-page';

export interface PaintResult {
  pages: number;
  hits: HitRect<PanelAction>[];
}

/** The HTML panel's colours (src/dom/panel/panel.css, src/dom/styles.css). */
const C = {
  paper: '#ffffff',
  head: '#f6f8fb',
  edge: '#dfe5ec',
  ink: '#1f2a37',
  navy: '#14305a',
  muted: '#5b6673',
  link: '#1d4f91',
  off: '#8792a0',
  hover: '#eef2f7',
  placeholder: '#e9edf2',
};

/**
 * White or dark ink on a badge, whichever contrasts more (WCAG), as src/dom/plan/contrast.ts `inkOn`
 * does; that file is the page's and cannot be imported from here.
 */
function inkOn(hex: string): string {
  const [r, g, b] = hexToLinear(hex);
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const dark = 0.00759; // luminance of #111a2b
  return 1.05 / (l + 0.05) >= (l + 0.05) / (dark + 0.05) ? '#ffffff' : '#111a2b';
}

/** measureText with a font, for layoutPanel. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): (text: string, font: string) => number {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** A chevron centred on `cx`, `cy`, pointing left (-1) or right (1). */
function chevron(ctx: CanvasRenderingContext2D, cx: number, cy: number, towards: 1 | -1, color: string): void {
  ctx.beginPath();
  ctx.moveTo(cx - 7 * towards, cy - 14);
  ctx.lineTo(cx + 7 * towards, cy);
  ctx.lineTo(cx - 7 * towards, cy + 14);
  ctx.strokeStyle = color;
  ctx.lineWidth = 5;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
}

function text(
  ctx: CanvasRenderingContext2D,
  s: string,
  x: number,
  y: number,
  font: string,
  color: string,
  rtl: boolean,
  align: CanvasTextAlign,
) {
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = align;
  ctx.fillText(s, x, y);
}

function paintLine(ctx: CanvasRenderingContext2D, line: PanelLine, lang: Lang, color: string): void {
  const rtl = DIRECTION[lang] === 'rtl';
  const align = rtl ? 'right' : 'left';
  if (line.bullet !== null) text(ctx, '•', line.bullet, line.y, panelFont(lang, BODY_SIZE, 700), C.ink, rtl, align);
  for (const run of line.runs) {
    text(ctx, run.text, run.x, line.y, run.font, run.link ? C.link : color, rtl && !run.ltr, align);
    if (run.link) ctx.fillRect(rtl ? run.x - run.width : run.x, line.y + BODY_SIZE * 0.45, run.width, 3);
  }
}

/** Logical (left-to-right) x of a box `w` wide, mirrored in Arabic. */
const side = (x: number, w: number, rtl: boolean) => (rtl ? PANEL_W - x - w : x);

function button(
  ctx: CanvasRenderingContext2D,
  hits: HitRect<PanelAction>[],
  x: number,
  y: number,
  w: number,
  action: PanelAction,
  enabled: boolean,
): void {
  box(ctx, x + 1.5, y + 1.5, w - 3, BUTTON - 3, 14);
  ctx.fillStyle = enabled ? C.paper : C.head;
  ctx.fill();
  ctx.strokeStyle = enabled ? C.navy : C.off;
  ctx.lineWidth = 3;
  ctx.stroke();
  if (enabled) hits.push({ x, y, w, h: BUTTON, action });
}

function paintHeader(ctx: CanvasRenderingContext2D, content: PanelContent, layout: PanelLayout, hits: HitRect<PanelAction>[]) {
  const rtl = layout.dir === 'rtl';
  ctx.fillStyle = C.head;
  ctx.fillRect(0, 0, PANEL_W, HEADER_H);
  ctx.fillStyle = C.edge;
  ctx.fillRect(0, HEADER_H - 2, PANEL_W, 2);

  // The badge: its number in the theme's colour, smaller (never under 30 px) when it is long.
  let size = TITLE_SIZE;
  ctx.font = panelFont(content.lang, size, 700);
  while (size > SMALL_SIZE && ctx.measureText(content.number).width > BUTTON - 16)
    ctx.font = panelFont(content.lang, --size, 700);
  const bx = side(PAD, BUTTON, rtl);
  box(ctx, bx, KICKER_Y, BUTTON, BUTTON, 14);
  ctx.fillStyle = content.themeColor;
  ctx.fill();
  const ink = inkOn(content.themeColor);
  text(ctx, content.number, bx + BUTTON / 2, KICKER_Y + BUTTON / 2, panelFont(content.lang, size, 700), ink, false, 'center');

  // The theme, after a dot of its colour; then the title.
  const dotX = rtl ? TITLE_RIGHT - 10 : TITLE_LEFT + 10;
  const kickerY = KICKER_Y + 20;
  ctx.beginPath();
  ctx.arc(dotX, kickerY, 10, 0, Math.PI * 2);
  ctx.fillStyle = content.themeColor;
  ctx.fill();
  const kx = rtl ? dotX - 22 : dotX + 22;
  text(ctx, content.themeLabel, kx, kickerY, panelFont(content.lang, SMALL_SIZE, 600), C.muted, rtl, rtl ? 'right' : 'left');
  for (const line of layout.title) paintLine(ctx, line, content.lang, C.navy);

  // Close, at the inline end, as the HTML panel's.
  const cx = side(PANEL_W - PAD - BUTTON, BUTTON, rtl);
  button(ctx, hits, cx, KICKER_Y - 8, BUTTON, 'close', true);
  const mx = cx + BUTTON / 2;
  const my = KICKER_Y - 8 + BUTTON / 2;
  ctx.beginPath();
  ctx.moveTo(mx - 16, my - 16);
  ctx.lineTo(mx + 16, my + 16);
  ctx.moveTo(mx + 16, my - 16);
  ctx.lineTo(mx - 16, my + 16);
  ctx.strokeStyle = C.navy;
  ctx.lineWidth = 5;
  ctx.lineCap = 'round';
  ctx.stroke();
}

function paintFooter(
  ctx: CanvasRenderingContext2D,
  content: PanelContent,
  page: number,
  pages: number,
  hits: HitRect<PanelAction>[],
) {
  const rtl = DIRECTION[content.lang] === 'rtl';
  const t = XR_PANEL_STRINGS[content.lang];
  const y = PANEL_H - 16 - BUTTON;
  const font = panelFont(content.lang, SMALL_SIZE, 600);
  ctx.fillStyle = C.edge;
  ctx.fillRect(0, PANEL_H - FOOTER_H, PANEL_W, 2);

  // The pages at the inline end: previous, "2 / 3", next.
  let end = PANEL_W - PAD;
  if (pages > 1) {
    const count = t.pageCount(page + 1, pages);
    ctx.font = font;
    const countW = Math.ceil(ctx.measureText(count).width) + 32;
    const next = end - BUTTON;
    const prev = next - countW - BUTTON;
    end = prev - 24;
    const nx = side(next, BUTTON, rtl);
    const px = side(prev, BUTTON, rtl);
    button(ctx, hits, px, y, BUTTON, 'prev-page', page > 0);
    chevron(ctx, px + BUTTON / 2, y + BUTTON / 2, rtl ? 1 : -1, page > 0 ? C.navy : C.off);
    button(ctx, hits, nx, y, BUTTON, 'next-page', page < pages - 1);
    chevron(ctx, nx + BUTTON / 2, y + BUTTON / 2, rtl ? -1 : 1, page < pages - 1 ? C.navy : C.off);
    text(ctx, count, side(prev + BUTTON + countW / 2, 0, rtl), y + BUTTON / 2, font, C.ink, rtl, 'center');
  }

  // The hotspots at the inline start; labels dropped when they do not fit.
  const nav = content.hotspotNav;
  if (!nav || (!nav.previous && !nav.next)) return;
  ctx.font = font;
  const labelW = (s: string) => Math.ceil(ctx.measureText(s).width) + 76;
  const wide = labelW(t.previousHotspot) + labelW(t.nextHotspot) + 16 <= end - PAD;
  const items = [
    { action: 'prev-hotspot' as const, label: t.previousHotspot, on: nav.previous, towards: -1 as const },
    { action: 'next-hotspot' as const, label: t.nextHotspot, on: nav.next, towards: 1 as const },
  ];
  let x = PAD;
  for (const item of items) {
    const w = wide ? labelW(item.label) : BUTTON;
    const bx = side(x, w, rtl);
    const color = item.on ? C.navy : C.off;
    button(ctx, hits, bx, y, w, item.action, item.on);
    // The chevron on the side it points to, the label beside it.
    const logicalChevron = item.towards < 0 ? x + 30 : x + w - 30;
    const towards = (rtl ? -item.towards : item.towards) as 1 | -1;
    chevron(ctx, wide ? side(logicalChevron, 0, rtl) : bx + BUTTON / 2, y + BUTTON / 2, towards, color);
    if (wide) {
      const labelX = side(item.towards < 0 ? x + 52 : x + 24, 0, rtl);
      text(ctx, item.label, labelX, y + BUTTON / 2, font, color, rtl, rtl ? 'right' : 'left');
    }
    x += w + 16;
  }
}

function paintImage(ctx: CanvasRenderingContext2D, layout: PanelLayout, page: number, image?: CanvasImageSource) {
  const b = layout.pages[page]?.image;
  if (!b) return;
  ctx.save();
  box(ctx, b.x, b.y, b.w, b.h, 12);
  ctx.clip();
  if (image) ctx.drawImage(image, b.x, b.y, b.w, b.h);
  else {
    ctx.fillStyle = C.placeholder;
    ctx.fillRect(b.x, b.y, b.w, b.h);
  }
  ctx.restore();
}

/**
 * Paints page `page` (from 0; clamped) of `content` with `image`, the picture of that page
 * (`layout.pages[page].image.index` says which) when it has loaded. `layout` may be passed to save
 * laying out again (it must be layoutPanel's of the same content and context's fonts).
 */
export function paintPanel(
  ctx: CanvasRenderingContext2D,
  content: PanelContent,
  page: number,
  image?: CanvasImageSource,
  layout: PanelLayout = layoutPanel(content, canvasMeasure(ctx)),
): PaintResult {
  const pages = layout.pages.length;
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const hits: HitRect<PanelAction>[] = [];
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = C.paper;
  ctx.fillRect(0, 0, PANEL_W, PANEL_H);
  paintHeader(ctx, content, layout, hits);
  paintImage(ctx, layout, p, image);
  const lines = layout.pages[p]!.lines;
  lines.forEach((line, i) => {
    if (line.heading && (i > 0 || layout.pages[p]!.image)) {
      ctx.fillStyle = C.edge;
      ctx.fillRect(BODY_LEFT, line.y - BODY_SIZE - 6, BODY_RIGHT - BODY_LEFT, 2);
    }
    paintLine(ctx, line, content.lang, line.heading ? C.navy : C.ink);
  });
  paintFooter(ctx, content, p, pages, hits);
  ctx.restore();
  return { pages, hits };
}
