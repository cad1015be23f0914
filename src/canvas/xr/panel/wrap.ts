/**
 * Word wrapping for the headset panel (./layout.ts): inline Markdown flattened to styled parts, laid
 * into lines on spaces (a word wider than the line, a long URL, is cut where it overflows), and each
 * line's parts merged into runs of one font, placed from the inline start: from the left in French
 * and English, from the right in Arabic, in logical order (the canvas does each run's bidi itself).
 */
import type { MdInline } from '../../../edition/markdown.ts';

/** Width of `text` drawn in the canvas font `font`, pixels. */
export type Measure = (text: string, font: string) => number;

/** A piece of a line in one font. `x` is its inline-start edge: its left in French, its right in Arabic. */
export interface TextRun {
  text: string;
  font: string;
  x: number;
  width: number;
  link: boolean;
  /** A URL: drawn left to right, even in an Arabic line. */
  ltr: boolean;
}

export interface Style {
  bold: boolean;
  italic: boolean;
  link: boolean;
  ltr: boolean;
}
export interface Part {
  text: string;
  style: Style;
}

export const PLAIN: Style = { bold: false, italic: false, link: false, ltr: false };

/** Inline nodes as styled parts: bold, italic, link; an external link shown as text is its text, then its URL. */
export function flatten(nodes: readonly MdInline[], style: Style, out: Part[]): Part[] {
  for (const n of nodes) {
    if (n.kind === 'text') out.push({ text: n.text, style });
    else if (n.kind === 'strong') flatten(n.children, { ...style, bold: true }, out);
    else if (n.kind === 'em') flatten(n.children, { ...style, italic: true }, out);
    else if (n.kind === 'link') flatten(n.children, { ...style, link: true }, out);
    else {
      flatten(n.children, style, out);
      out.push({ text: ' ', style }, { text: `(${n.url})`, style: { ...style, ltr: true } });
    }
  }
  return out;
}

const sameStyle = (a: Style, b: Style) => a.bold === b.bold && a.italic === b.italic && a.link === b.link && a.ltr === b.ltr;

/** Lays `parts` into lines `width` wide; each line's parts, spaces between words kept. */
export function wrap(parts: readonly Part[], width: number, font: (s: Style) => string, measure: Measure): Part[][] {
  const lines: Part[][] = [];
  let line: Part[] = [];
  let lineW = 0;
  let word: Part[] = [];
  let wordW = 0;
  let space: Part | null = null;
  const newLine = () => {
    if (line.length) lines.push(line);
    line = [];
    lineW = 0;
  };
  const place = () => {
    if (!word.length) return;
    const spaceW = line.length && space ? measure(space.text, font(space.style)) : 0;
    if (line.length && lineW + spaceW + wordW > width) newLine();
    else if (line.length && space) {
      line.push(space);
      lineW += spaceW;
    }
    if (wordW > width) {
      // A word wider than the line (a long URL): cut it where it overflows.
      for (const p of word)
        for (const ch of Array.from(p.text)) {
          const w = measure(ch, font(p.style));
          if (line.length && lineW + w > width) newLine();
          line.push({ text: ch, style: p.style });
          lineW += w;
        }
    } else {
      line.push(...word);
      lineW += wordW;
    }
    word = [];
    wordW = 0;
  };
  for (const p of parts) {
    for (const piece of p.text.split(/(\s+)/)) {
      if (!piece) continue;
      if (/^\s/.test(piece)) {
        place();
        space = { text: ' ', style: p.style };
      } else {
        word.push({ text: piece, style: p.style });
        wordW += measure(piece, font(p.style));
      }
    }
  }
  place();
  newLine();
  return lines;
}

/** One line's parts as runs of one style each, placed from the inline start `start` (rtl: from the right). */
export function toRuns(
  parts: readonly Part[],
  start: number,
  rtl: boolean,
  font: (s: Style) => string,
  measure: Measure,
): TextRun[] {
  const runs: TextRun[] = [];
  let pos = 0;
  let prev: { text: string; style: Style } | null = null;
  const push = () => {
    if (!prev) return;
    const f = font(prev.style);
    const width = measure(prev.text, f);
    runs.push({
      text: prev.text,
      font: f,
      x: rtl ? start - pos : start + pos,
      width,
      link: prev.style.link,
      ltr: prev.style.ltr,
    });
    pos += width;
  };
  for (const p of parts) {
    if (prev && sameStyle(prev.style, p.style)) prev.text += p.text;
    else {
      push();
      prev = { text: p.text, style: p.style };
    }
  }
  push();
  return runs;
}
