/**
 * Paints one stand's poster into a rectangle of the atlas: a band in the theme's colour with the
 * stand's number and its theme's name, the pictogram of its subject, its title, and its key facts,
 * with a rule of the theme's colour along the foot. Laid out in the poster's own units (`lw` × `lh`,
 * the wall graphic's proportions) and scaled into the cell, which may stretch it: the quad on the
 * wall stretches it back. Arabic reads from the right (`direction = 'rtl'`; the browser's text
 * engine joins and orders it with the bundled sign font).
 */
import { fit, SIGN_FONT } from '../signs/drawSign.ts';
import { drawPictogram } from './pictograms.ts';
import type { PosterContent } from './posterContent.ts';

/** A rectangle of the canvas, pixels. */
export interface PxRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const NAVY = '#14305a';
const INK = '#33404d';
const PAD = 12;
const BAND = 54;
const NUMBER_BOX = 38;
const FOOT = 7;
/** The pictogram's disk radius and size: larger on a wide poster, whose text needs fewer lines. */
const PICTO = { wide: { disk: 50, size: 70 }, narrow: { disk: 44, size: 62 } } as const;

/** Relative luminance of an sRGB hex colour, 0 to 1. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => lin(c / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light theme colours (the yellows) take navy text on their band, and a darker ink on white. */
const isLight = (hex: string) => luminance(hex) > 0.3;

/** Splits `text` on spaces into lines no wider than `maxWidth`; past `maxLines` the last line ends in an ellipsis at a word. */
export function wrapWords(text: string, maxWidth: number, measure: (s: string) => number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || measure(next) <= maxWidth) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines) {
    if (line) lines.push(line);
    return lines;
  }
  // More words than lines: end the last line with an ellipsis, dropping words until it fits.
  const last = lines[maxLines - 1]!.split(' ');
  while (last.length > 1 && measure(`${last.join(' ')}…`) > maxWidth) last.pop();
  lines[maxLines - 1] = `${last.join(' ').replace(/[,;:،؛]$/u, '')}…`;
  return lines;
}

/** The largest size from `max` down to `min` at which `text` wraps into `maxLines` no wider than `width`; sets the font. */
function fitLines(
  ctx: CanvasRenderingContext2D,
  text: string,
  weight: number,
  max: number,
  min: number,
  width: number,
  maxLines: number,
) {
  const measure = (s: string) => ctx.measureText(s).width;
  for (let size = max; ; size--) {
    ctx.font = `${weight} ${size}px ${SIGN_FONT}`;
    const lines = wrapWords(text, width, measure, 99);
    // A long word can be wider than the poster on its own: it shrinks the text too.
    if ((lines.length <= maxLines && lines.every((l) => measure(l) <= width)) || size <= min) return { size, lines };
  }
}

/** Paints `poster` into `cell`, laid out in `lw` × `lh` poster units. */
export function paintPoster(ctx: CanvasRenderingContext2D, cell: PxRect, lw: number, lh: number, poster: PosterContent): void {
  const { rtl, color } = poster;
  const light = isLight(color);
  const onBand = light ? NAVY : '#ffffff';
  const accentInk = light ? '#6b5200' : color;
  const start = rtl ? lw - PAD : PAD;
  const dir = rtl ? -1 : 1;
  ctx.save();
  ctx.beginPath();
  ctx.rect(cell.x, cell.y, cell.w, cell.h);
  ctx.clip();
  ctx.translate(cell.x, cell.y);
  ctx.scale(cell.w / lw, cell.h / lh);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, lw, lh);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, lw, BAND);
  ctx.fillRect(0, lh - FOOT, lw, FOOT);

  // The number, in a white tile at the start of the band; the theme's name beside it.
  const boxX = rtl ? lw - PAD - NUMBER_BOX : PAD;
  const boxY = (BAND - NUMBER_BOX) / 2;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(boxX, boxY, NUMBER_BOX, NUMBER_BOX, 6);
  ctx.fill();
  ctx.fillStyle = accentInk;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.direction = 'ltr';
  fit(ctx, String(poster.number), 700, 26, NUMBER_BOX - 6);
  ctx.fillText(String(poster.number), boxX + NUMBER_BOX / 2, boxY + NUMBER_BOX / 2 + 1);

  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  const textStart = start + dir * (NUMBER_BOX + PAD * 0.75);
  const bandWidth = lw - NUMBER_BOX - PAD * 2.75;
  const theme = fitLines(ctx, poster.theme, 600, 15, 8, bandWidth, 2);
  ctx.fillStyle = onBand;
  const themeLead = theme.size * 1.15;
  theme.lines.slice(0, 2).forEach((l, i) => {
    ctx.fillText(l, textStart, BAND / 2 + (i - (Math.min(2, theme.lines.length) - 1) / 2) * themeLead);
  });

  // The pictogram on a light disk of the theme's colour.
  const narrow = lw < 240;
  const picto = narrow ? PICTO.narrow : PICTO.wide;
  const pcy = BAND + 10 + picto.disk;
  ctx.globalAlpha = 0.14;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(lw / 2, pcy, picto.disk, 0, Math.PI * 2);
  ctx.fill();
  ctx.globalAlpha = 1;
  drawPictogram(ctx, poster.pictogram, lw / 2, pcy, picto.size, accentInk, '#ffffff');

  // The title: as large as fits its lines (two on a wide poster, three on a narrow one).
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  const width = lw - PAD * 2;
  const title = fitLines(ctx, poster.title, 700, narrow ? 20 : 27, 11, width, narrow ? 3 : 2);
  const lead = Math.round(title.size * 1.18);
  let y = pcy + picto.disk + 10 + title.size;
  ctx.fillStyle = NAVY;
  for (const l of title.lines) {
    ctx.fillText(l, start, y);
    y += lead;
  }
  y += 6 - lead + title.size * 0.3;
  ctx.fillStyle = color;
  ctx.fillRect(rtl ? lw - PAD - 36 : PAD, y, 36, 3);

  // The key facts, in as many lines as the foot leaves.
  const factSize = narrow ? 12 : 15;
  const factLead = Math.round(factSize * 1.3);
  ctx.font = `400 ${factSize}px ${SIGN_FONT}`;
  const room = Math.floor((lh - FOOT - 8 - (y + 8)) / factLead);
  if (room > 0) {
    const lines = wrapWords(poster.facts, width, (s) => ctx.measureText(s).width, room);
    ctx.fillStyle = INK;
    lines.forEach((l, i) => ctx.fillText(l, start, y + 8 + factSize + i * factLead));
  }
  ctx.restore();
}
