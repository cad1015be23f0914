/**
 * Paints one programme board into a region of a 2D canvas (a cell of the boards' atlas): the place's
 * name on a navy band, "Now" with its hours and title, "Next" with its hours, title and countdown,
 * and a footer with the clock the times are on and the indicative-times mark. Arabic is the mirror
 * image, drawn rtl from the right (the browser's text engine joins it). Titles wrap on two lines at
 * most, the second cut with an ellipsis. Shaped with the bundled font, like the signs.
 */
import { fit, SIGN_FONT } from '../signs/drawSign.ts';
import type { ProgrammeBoardContent } from './boardContent.ts';

const C = {
  navy: '#14305a',
  paper: '#ffffff',
  ink: '#1f2a37',
  muted: '#5b6673',
  live: '#b3261e',
  link: '#1d4f91',
  foot: '#eef1f5',
  rule: '#d5dbe3',
  amber: '#8a5a00',
};

/** Greedy word wrap of `text` in the current font into at most `max` lines; the last one ellipsised if cut. */
export function wrapLines(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const tryLine = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || ctx.measureText(tryLine).width <= width) {
      line = tryLine;
      continue;
    }
    if (lines.length === max - 1) {
      line = `${line} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(line);
    line = words[i]!;
  }
  if (line) lines.push(line);
  const last = lines.length - 1;
  if (last >= 0 && ctx.measureText(lines[last]!).width > width) {
    let cut = lines[last]!;
    while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1).trimEnd();
    lines[last] = `${cut}…`;
  }
  return lines;
}

/** Draws the board `b` in the rectangle (x, y, w, h) of the canvas. */
export function paintProgrammeBoard(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  b: ProgrammeBoardContent,
): void {
  const u = h / 400;
  const px = (n: number) => Math.round(n * u);
  const pad = px(22);
  const inner = w - pad * 2;
  // The inline start and end of a line, and how text is aligned there.
  const start = b.rtl ? x + w - pad : x + pad;
  const end = b.rtl ? x + pad : x + w - pad;
  const alignStart: CanvasTextAlign = b.rtl ? 'right' : 'left';
  const alignEnd: CanvasTextAlign = b.rtl ? 'left' : 'right';

  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = C.navy;
  ctx.fillRect(x, y, w, h);
  const edge = px(6);
  ctx.fillStyle = C.paper;
  ctx.fillRect(x + edge, y + px(72), w - edge * 2, h - px(72) - edge);
  ctx.direction = b.rtl ? 'rtl' : 'ltr';
  ctx.textBaseline = 'middle';

  // Header: the place.
  ctx.fillStyle = C.paper;
  ctx.textAlign = alignStart;
  fit(ctx, b.place, 700, px(42), inner);
  ctx.fillText(b.place, start, y + px(38));

  if (b.message) {
    ctx.fillStyle = C.muted;
    ctx.textAlign = 'center';
    fit(ctx, b.message, 600, px(36), inner);
    ctx.fillText(b.message, x + w / 2, y + px(220));
    ctx.restore();
    return;
  }

  /** A heading at the inline start and the hours at the end, sharing one line. */
  const headRow = (label: string, colour: string, time: string | null, cy: number) => {
    ctx.fillStyle = colour;
    ctx.textAlign = alignStart;
    fit(ctx, label, 700, px(26), inner / 2);
    const labelW = ctx.measureText(label).width;
    ctx.fillText(label, start, cy);
    if (!time) return;
    ctx.fillStyle = C.ink;
    ctx.textAlign = alignEnd;
    fit(ctx, time, 600, px(26), inner - labelW - px(18));
    ctx.fillText(time, end, cy);
  };
  /** A title on up to two lines from `cy`, or the "nothing" line in grey. */
  const titleLines = (title: string | null, nothing: string, cy: number) => {
    ctx.textAlign = alignStart;
    if (!title) {
      ctx.fillStyle = C.muted;
      fit(ctx, nothing, 500, px(30), inner);
      ctx.fillText(nothing, start, cy);
      return;
    }
    ctx.fillStyle = C.ink;
    ctx.font = `600 ${px(30)}px ${SIGN_FONT}`;
    wrapLines(ctx, title, inner, 2).forEach((line, i) => ctx.fillText(line, start, cy + i * px(34)));
  };

  headRow(b.labels.now, C.live, b.now?.time ?? null, y + px(100));
  titleLines(b.now?.title ?? null, b.labels.nothingNow, y + px(138));

  ctx.fillStyle = C.rule;
  ctx.fillRect(x + pad, y + px(196), inner, Math.max(1, px(2)));

  headRow(b.labels.next, C.navy, b.next?.time ?? null, y + px(222));
  titleLines(b.next?.title ?? null, b.labels.nothingNext, y + px(260));
  if (b.next) {
    ctx.fillStyle = C.link;
    ctx.textAlign = alignStart;
    fit(ctx, b.next.countdown, 700, px(26), inner);
    ctx.fillText(b.next.countdown, start, y + px(330));
  }

  // Footer: the clock the times are on, and the indicative mark at the other end.
  ctx.fillStyle = C.foot;
  ctx.fillRect(x + edge, y + px(352), w - edge * 2, px(48) - edge);
  const footY = y + px(375);
  let markW = 0;
  if (b.indicative) {
    ctx.fillStyle = C.amber;
    ctx.textAlign = alignEnd;
    fit(ctx, b.indicative, 700, px(20), inner / 2);
    markW = ctx.measureText(b.indicative).width + px(16);
    ctx.fillText(b.indicative, end, footY);
  }
  ctx.fillStyle = C.muted;
  ctx.textAlign = alignStart;
  fit(ctx, b.clock, 500, px(20), inner - markW);
  ctx.fillText(b.clock, start, footY);
  ctx.restore();
}
