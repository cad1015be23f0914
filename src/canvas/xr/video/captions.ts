/**
 * The video screen's captions in the headset, as plain data: the active cues' text (WebVTT markup
 * removed) broken into at most three lines across the 1024 × 192 caption canvas, at the largest size
 * from 48 px down to 40 px (40 px at 1280 px per metre is 31 mm, 1.2° at 1.5 m: the floor for text
 * read while watching). Measuring is injected, so this runs and is tested without a canvas.
 */
import type { Lang } from '../../../i18n/lang.ts';
import { VIDEO_FONT, type Rect } from './controls.ts';

/** The caption canvas, pixels: as wide as the screen (0.8 m), laid over its lower third. */
export const CAPTIONS_WIDTH = 1024;
export const CAPTIONS_HEIGHT = 192;

/** A text's width in pixels in a canvas `font` (ctx.font syntax): `ctx.measureText` in the app. */
export type Measure = (text: string, font: string) => number;

/** One line of a caption: its text, measured width and the y of its middle on the canvas. */
export interface CaptionLine {
  text: string;
  width: number;
  y: number;
}

export interface CaptionLayout {
  lang: Lang;
  /** The canvas font the lines were measured in. */
  font: string;
  lines: CaptionLine[];
  /** The translucent box behind the lines; null when there is nothing to show. */
  box: Rect | null;
}

/** Font sizes tried, largest first; the smallest is the floor. */
export const CAPTION_SIZES = [48, 44, 40] as const;
export const MAX_CAPTION_LINES = 3;
const MARGIN = 4;
const PAD_X = 24;
const PAD_Y = 14;
const LINE_HEIGHT = 1.25;
/** The widest a line may be. */
export const CAPTION_TEXT_WIDTH = CAPTIONS_WIDTH - 2 * MARGIN - 2 * PAD_X;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** A cue's text without its WebVTT markup (<v Name>, <i>, <c.x>, timestamps) and with its entities read. */
export function cueText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? '')
    .trim();
}

/** The canvas font of captions in `lang` at `size` pixels. */
export function captionFont(lang: Lang, size: number): string {
  return `600 ${size}px ${VIDEO_FONT[lang]}`;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (whole words, so Arabic stays shaped), keeping the
 * cue's own line breaks. A word wider than a line gets a line of its own (painting squeezes it).
 */
export function wrapLines(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, font) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** How many lines of `size` px fit the canvas, at most MAX_CAPTION_LINES. */
function linesAt(size: number): number {
  return Math.min(MAX_CAPTION_LINES, Math.floor((CAPTIONS_HEIGHT - 2 * MARGIN - 2 * PAD_Y) / (size * LINE_HEIGHT)));
}

/** Cuts `lines` to `max`, ending the last kept one with an ellipsis that fits. */
function clip(lines: string[], max: number, font: string, measure: Measure): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const words = `${kept[max - 1]} ${lines[max]}`.split(' ');
  let last = `${words.join(' ')}…`;
  while (words.length > 1 && measure(last, font) > CAPTION_TEXT_WIDTH) {
    words.pop();
    last = `${words.join(' ')}…`;
  }
  kept[max - 1] = last;
  return kept;
}

/**
 * Lays out the active cues' texts (raw, as `VTTCue.text` gives them; several at once are stacked) for
 * `lang`: the largest size at which they fit the lines the canvas holds, the box around them at the
 * bottom of the canvas. No text, or only markup and spaces: no lines and no box.
 */
export function layoutCaptions(cues: readonly string[], lang: Lang, measure: Measure): CaptionLayout {
  const text = cues.map(cueText).filter(Boolean).join('\n');
  const smallest = CAPTION_SIZES[CAPTION_SIZES.length - 1]!;
  let size: number = smallest;
  let wrapped: string[] = [];
  if (text) {
    for (const s of CAPTION_SIZES) {
      wrapped = wrapLines(text, CAPTION_TEXT_WIDTH, captionFont(lang, s), measure);
      size = s;
      if (wrapped.length <= linesAt(s)) break;
    }
    wrapped = clip(wrapped, linesAt(size), captionFont(lang, size), measure);
  }
  const font = captionFont(lang, size);
  if (!wrapped.length) return { lang, font, lines: [], box: null };
  const lineHeight = size * LINE_HEIGHT;
  const widths = wrapped.map((l) => Math.min(measure(l, font), CAPTION_TEXT_WIDTH));
  const w = Math.max(...widths) + 2 * PAD_X;
  const h = wrapped.length * lineHeight + 2 * PAD_Y;
  const box = {
    x: Math.round((CAPTIONS_WIDTH - w) / 2),
    y: Math.round(CAPTIONS_HEIGHT - MARGIN - h),
    w: Math.round(w),
    h: Math.round(h),
  };
  const lines = wrapped.map((t, i) => ({ text: t, width: widths[i]!, y: box.y + PAD_Y + (i + 0.5) * lineHeight }));
  return { lang, font, lines, box };
}
