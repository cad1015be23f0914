/**
 * Draws one wayfinding board into a 2D canvas region: a place's name in the visit's Latin-script
 * language and in Arabic, on white with a navy band, and for a fingerpost's blade a chevron at the
 * end that points the way. Shaped by the browser's text engine with the bundled font, like the
 * stand signs.
 */
import { fit } from './drawSign.ts';

export interface BoardContent {
  /** Two-line boards (totems): the name in French or English, and in Arabic. */
  latin: string;
  arabic: string;
  /** One-line boards (blades): the name in the visitor's language only, so it can be read from a few metres. */
  single: { text: string; rtl: boolean };
  /** Which end carries the chevron, or none. */
  arrow: 'start' | 'end' | null;
}

const NAVY = '#14305a';

export function drawBoard(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, b: BoardContent): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = NAVY;
  ctx.fillRect(x, y, w, h);
  const inset = Math.max(2, Math.round(h * 0.05));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x + inset, y + inset, w - inset * 2, h - inset * 2);
  // The chevron's end: a navy block with a white arrow head.
  const block = b.arrow ? Math.round(h * 0.9) : 0;
  const bx = b.arrow === 'start' ? x : x + w - block;
  if (b.arrow) {
    ctx.fillStyle = NAVY;
    ctx.fillRect(bx, y, block, h);
    const cx = bx + block / 2;
    const cy = y + h / 2;
    const s = h * 0.28;
    const dir = b.arrow === 'end' ? 1 : -1;
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.moveTo(cx + dir * s, cy);
    ctx.lineTo(cx - dir * s * 0.6, cy - s);
    ctx.lineTo(cx - dir * s * 0.6, cy + s);
    ctx.closePath();
    ctx.fill();
  }
  const left = (b.arrow === 'start' ? x + block : x) + inset * 3;
  const width = w - block - inset * 6;
  const twoLines = h / w > 0.3;
  ctx.fillStyle = NAVY;
  ctx.textAlign = 'center';
  ctx.direction = 'ltr';
  ctx.textBaseline = 'middle';
  if (twoLines) {
    fit(ctx, b.latin, 600, Math.round(h * 0.24), width);
    ctx.fillText(b.latin, left + width / 2, y + h * 0.33);
    ctx.direction = 'rtl';
    fit(ctx, b.arabic, 600, Math.round(h * 0.24), width);
    ctx.fillText(b.arabic, left + width / 2, y + h * 0.7);
  } else {
    // A blade is one line high: the visitor's language only, as large as the blade allows.
    ctx.direction = b.single.rtl ? 'rtl' : 'ltr';
    fit(ctx, b.single.text, 600, Math.round(h * 0.5), width);
    ctx.fillText(b.single.text, left + width / 2, y + h * 0.54);
  }
  ctx.restore();
}
