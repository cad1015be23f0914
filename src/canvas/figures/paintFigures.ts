/**
 * Paints the entrance's figures banner into a 2D canvas (one texture): a navy band with
 * the title, a grid of figures (a small "more than" over a large number, what it counts under it on
 * at most two lines) and the source along the bottom. The layout is pure and tested; the browser's
 * text engine shapes Arabic (`direction = 'rtl'`) with the bundled sign font, and the grid reads from
 * the right in Arabic. Under the figures, a strip of plain colours that the banner's frame, back and
 * posts are mapped onto (./bannerGeometry.ts), so the whole structure is one texture, one draw call.
 */
import { fit, SIGN_FONT } from '../signs/drawSign.ts';

/** The painted figures, pixels: 2:1 like the board they are drawn on. */
export const BANNER_PX = { width: 1024, height: 512 } as const;

/** Height of the plain strip under the figures, pixels: wide margins round each cell's centre. */
const STRIP_H = 16;
/** The whole texture: the figures, the strip under them (WebGL 2 mipmaps any size). */
export const BANNER_CANVAS = { width: BANNER_PX.width, height: BANNER_PX.height + STRIP_H } as const;

export interface BannerFigure {
  /** `plus de` / `أكثر من` / `more than`, or null. */
  prefix: string | null;
  number: string;
  label: string;
}

export interface BannerContent {
  title: string;
  figures: readonly BannerFigure[];
  source: string;
  rtl: boolean;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BannerLayout {
  band: Rect;
  cells: Rect[];
  source: Rect;
}

/** At most this many figures fit the banner legibly; the rest are left to the about dialog. */
export const MAX_FIGURES = 12;
const PAD = 20;
const BAND_H = 84;
const RULE_H = 6;
const SOURCE_H = 34;
const GAP = 10;

const NAVY = '#14305a';
const RED = '#c1272d';
const INK = '#1f2a37';
const MUTED = '#5b6673';
const CELL = '#f1f5f9';

/** The strip's plain colours, cells of equal width left to right: each part's face, and a darker shade for its sides. */
export const STRIP_TONES = {
  frame: NAVY,
  frameShade: '#0b1d38',
  post: '#8a9099',
  postShade: '#676d75',
} as const;
export type StripTone = keyof typeof STRIP_TONES;
const TONES = Object.keys(STRIP_TONES) as StripTone[];

/** Where `tone`'s cell lies in a texture `width` wide whose figures are `top` pixels high. */
export function stripCell(tone: StripTone, width: number = BANNER_PX.width, top: number = BANNER_PX.height): Rect {
  const w = width / TONES.length;
  return { x: TONES.indexOf(tone) * w, y: top, w, h: STRIP_H };
}

/** Rows for `n` figures: one up to 4, two up to 8, then three. */
function rowsFor(n: number): number {
  return n <= 4 ? 1 : n <= 8 ? 2 : 3;
}

/** Where everything goes on a `width` × `height` canvas for `count` figures; cells in reading order. */
export function bannerLayout(
  count: number,
  rtl: boolean,
  width: number = BANNER_PX.width,
  height: number = BANNER_PX.height,
): BannerLayout {
  const n = Math.min(Math.max(count, 0), MAX_FIGURES);
  const band = { x: 0, y: 0, w: width, h: BAND_H };
  const source = { x: PAD, y: height - SOURCE_H, w: width - PAD * 2, h: SOURCE_H };
  const cells: Rect[] = [];
  if (n > 0) {
    const rows = rowsFor(n);
    const cols = Math.ceil(n / rows);
    const top = BAND_H + RULE_H + GAP;
    const gridW = width - PAD * 2;
    const gridH = source.y - GAP - top;
    const w = (gridW - GAP * (cols - 1)) / cols;
    const h = (gridH - GAP * (rows - 1)) / rows;
    for (let i = 0; i < n; i++) {
      const row = Math.floor(i / cols);
      const col = i % cols;
      // A short last row is centred under the others.
      const inRow = Math.min(cols, n - row * cols);
      const offset = ((cols - inRow) * (w + GAP)) / 2;
      const along = offset + col * (w + GAP);
      const x = rtl ? width - PAD - along - w : PAD + along;
      cells.push({ x, y: top + row * (h + GAP), w, h });
    }
  }
  return { band, cells, source };
}

/** Splits `text` on spaces into at most `maxLines` lines no wider than `maxWidth` (the last one may be). */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= maxWidth || lines.length === maxLines - 1) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text sizes in a cell of height `h`, pixels. */
export function cellSizes(h: number): { prefix: number; number: number; label: number } {
  return { prefix: Math.round(h * 0.14), number: Math.round(h * 0.38), label: Math.round(h * 0.17) };
}

function paintCell(ctx: CanvasRenderingContext2D, r: Rect, f: BannerFigure): void {
  ctx.fillStyle = CELL;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = RED;
  ctx.fillRect(r.x, r.y, r.w, 4);
  const s = cellSizes(r.h);
  const inner = r.w - 16;
  const cx = r.x + r.w / 2;
  if (f.prefix) {
    ctx.fillStyle = MUTED;
    fit(ctx, f.prefix, 600, s.prefix, inner);
    ctx.fillText(f.prefix, cx, r.y + r.h * 0.19);
  }
  ctx.fillStyle = NAVY;
  fit(ctx, f.number, 700, s.number, inner);
  ctx.fillText(f.number, cx, r.y + r.h * 0.46);
  ctx.fillStyle = INK;
  // At most two lines at the label's size; a line still too wide is shrunk to fit.
  ctx.font = `600 ${s.label}px ${SIGN_FONT}`;
  const lines = wrapLines(f.label, inner, (t) => ctx.measureText(t).width);
  const lineH = s.label * 1.15;
  const y0 = r.y + r.h * 0.79 - ((lines.length - 1) * lineH) / 2;
  lines.forEach((line, i) => {
    fit(ctx, line, 600, s.label, inner);
    ctx.fillText(line, cx, y0 + i * lineH);
  });
}

/**
 * Paints the whole banner: the figures on `width` × `height` (`BANNER_PX` unless said), the strip's
 * cells under them (`BANNER_CANVAS` tall by default).
 */
export function paintFigures(
  ctx: CanvasRenderingContext2D,
  content: BannerContent,
  width: number = BANNER_PX.width,
  height: number = BANNER_PX.height,
): void {
  const layout = bannerLayout(content.figures.length, content.rtl, width, height);
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = NAVY;
  ctx.fillRect(layout.band.x, layout.band.y, layout.band.w, layout.band.h);
  ctx.fillStyle = RED;
  ctx.fillRect(0, layout.band.h, width, RULE_H);
  ctx.direction = content.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  fit(ctx, content.title, 700, 44, width - PAD * 2);
  ctx.fillText(content.title, width / 2, layout.band.h / 2 + 2);
  layout.cells.forEach((r, i) => paintCell(ctx, r, content.figures[i]!));
  ctx.fillStyle = MUTED;
  fit(ctx, content.source, 400, 18, layout.source.w);
  ctx.fillText(content.source, width / 2, layout.source.y + layout.source.h / 2);
  for (const tone of TONES) {
    const r = stripCell(tone, width, height);
    ctx.fillStyle = STRIP_TONES[tone];
    ctx.fillRect(r.x, r.y, r.w, r.h);
  }
  ctx.restore();
}
