/**
 * What every page of the hand menu is drawn with: colours, fonts, the mirroring of the layout in
 * Arabic, buttons, chevrons and text fitted to a width. Layouts are written left to right; `Frame`
 * mirrors their boxes and aligns their text to the right in Arabic, so a page is laid out once.
 */
import { DIRECTION, type Lang } from '../../../i18n/lang.ts';
import { MENU_WIDTH } from './menuModel.ts';

export const COLORS = {
  panel: '#14305a',
  button: '#1d4f91',
  buttonEdge: '#5b9bd5',
  text: '#ffffff',
  muted: '#c9d6ea',
  chosen: '#ffffff',
  chosenText: '#14305a',
  exit: '#c1272d',
  badge: '#ffffff',
  badgeText: '#14305a',
} as const;

/** Page margin and the sub-pages' heading band. */
export const PAD = 24;
export const HEADER = { y: 16, height: 88 } as const;

/** The families of src/dom/styles.css: Inter for Latin text, IBM Plex Sans Arabic for Arabic (and as Inter's fallback). */
export function fontOf(lang: Lang, size: number, weight: 400 | 600 | 700 = 600): string {
  const family =
    lang === 'ar' ? '"IBM Plex Sans Arabic", system-ui, sans-serif' : 'Inter, "IBM Plex Sans Arabic", system-ui, sans-serif';
  return `${weight} ${size}px ${family}`;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A page being painted in one language: its context, direction and mirroring. */
export class Frame {
  readonly rtl: boolean;
  constructor(
    readonly ctx: CanvasRenderingContext2D,
    readonly lang: Lang,
  ) {
    this.rtl = DIRECTION[lang] === 'rtl';
    ctx.direction = DIRECTION[lang];
  }

  /** A box given left to right, where it goes in this language (mirrored about the middle in Arabic). */
  box(x: number, y: number, w: number, h: number): Box {
    return { x: this.rtl ? MENU_WIDTH - x - w : x, y, w, h };
  }

  /** Writes `text` from the reading start of `b` (its left, its right in Arabic), `inset` pixels in, centred on `cy`. */
  textStart(
    text: string,
    b: Box,
    inset: number,
    cy: number,
    size: number,
    weight: 400 | 600 | 700 = 600,
    color: string = COLORS.text,
    minSize = size,
  ): void {
    const { ctx } = this;
    const shown = this.fit(text, b.w - 2 * inset, size, minSize, weight);
    ctx.fillStyle = color;
    ctx.textAlign = this.rtl ? 'right' : 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(shown, this.rtl ? b.x + b.w - inset : b.x + inset, cy);
  }

  /** Writes `text` centred on (cx, cy). */
  textCentre(
    text: string,
    cx: number,
    cy: number,
    size: number,
    weight: 400 | 600 | 700 = 600,
    color: string = COLORS.text,
    maxWidth = MENU_WIDTH,
  ): void {
    const { ctx } = this;
    const shown = this.fit(text, maxWidth, size, Math.min(size, 24), weight);
    ctx.fillStyle = color;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(shown, cx, cy);
  }

  /**
   * Sets the font at `size`, or smaller down to `minSize` until the text fits `width`; if it still
   * does not, drops whole words from its end behind an ellipsis (never cutting an Arabic word's letters).
   */
  fit(text: string, width: number, size: number, minSize: number, weight: 400 | 600 | 700): string {
    const { ctx } = this;
    for (let s = size; s >= minSize; s -= 2) {
      ctx.font = fontOf(this.lang, s, weight);
      if (ctx.measureText(text).width <= width) return text;
    }
    ctx.font = fontOf(this.lang, minSize, weight);
    const words = text.split(' ');
    while (words.length > 1) {
      words.pop();
      const shown = `${words.join(' ')}…`;
      if (ctx.measureText(shown).width <= width) return shown;
    }
    return text;
  }

  /** A rounded button's face. */
  button(b: Box, fill: string = COLORS.button, edge: string | null = null): void {
    const { ctx } = this;
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.w, b.h, 16);
    ctx.fillStyle = fill;
    ctx.fill();
    if (edge) {
      ctx.lineWidth = 4;
      ctx.strokeStyle = edge;
      ctx.stroke();
    }
  }

  /**
   * A chevron centred on (cx, cy) pointing toward the reading `end` (right, left in Arabic) or back
   * toward its start.
   */
  chevron(cx: number, cy: number, size: number, toward: 'end' | 'start', color: string = COLORS.text): void {
    const { ctx } = this;
    const sign = (toward === 'end') !== this.rtl ? 1 : -1;
    const a = size / 2;
    ctx.beginPath();
    ctx.moveTo(cx - (sign * a) / 2, cy - a);
    ctx.lineTo(cx + (sign * a) / 2, cy);
    ctx.lineTo(cx - (sign * a) / 2, cy + a);
    ctx.lineWidth = 5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = color;
    ctx.stroke();
  }

  /**
   * A sub-page's heading band: the back button at the reading start (top left, top right in
   * Arabic) and the page's title after it. Returns the back button's box.
   */
  header(title: string, back: string): Box {
    const b = this.box(PAD, HEADER.y, 208, HEADER.height);
    this.button(b);
    const cy = b.y + b.h / 2;
    this.chevron(this.rtl ? b.x + b.w - 36 : b.x + 36, cy, 28, 'start');
    this.textStart(back, b, 64, cy, 30, 600, COLORS.text, 24);
    const rest = this.box(PAD + 208 + 16, HEADER.y, MENU_WIDTH - 2 * PAD - 208 - 16, HEADER.height);
    this.textStart(title, rest, 0, cy, 34, 700, COLORS.text, 24);
    return b;
  }
}
