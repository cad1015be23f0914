/**
 * Draws one stand sign into a 2D canvas region: number on the theme colour, the name in the visit's
 * Latin-script language on top and in Arabic below. The browser's text engine shapes Arabic
 * (joined, right to left) with the local font; the canvas becomes a texture.
 */
export interface SignContent {
  number: number;
  /** Name in French or English. */
  latin: string;
  /** Name in Arabic. */
  arabic: string;
  /** Theme colour, CSS. */
  color: string;
}

export const SIGN_FONT = '"IBM Plex Sans Arabic", system-ui, sans-serif';

/** Sets the largest font size up to `size` at which `text` fits `maxWidth`; returns it. */
export function fit(ctx: CanvasRenderingContext2D, text: string, weight: number, size: number, maxWidth: number): number {
  let s = size;
  ctx.font = `${weight} ${s}px ${SIGN_FONT}`;
  while (s > 8 && ctx.measureText(text).width > maxWidth) {
    s -= 1;
    ctx.font = `${weight} ${s}px ${SIGN_FONT}`;
  }
  return s;
}

/** Draws a sign in the rectangle (x, y, w, h) of the canvas. */
export function drawSign(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, sign: SignContent): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, w, h);
  // Number block in the theme colour, on the left.
  const block = Math.round(h * 1.05);
  ctx.fillStyle = sign.color;
  ctx.fillRect(x, y, block, h);
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.direction = 'ltr';
  fit(ctx, String(sign.number), 700, Math.round(h * 0.62), block - 8);
  ctx.fillText(String(sign.number), x + block / 2, y + h * 0.54);
  // A thin theme-coloured rule along the bottom ties the sign to its stand.
  ctx.fillStyle = sign.color;
  ctx.fillRect(x + block, y + h - Math.round(h * 0.07), w - block, Math.round(h * 0.07));

  const pad = Math.round(h * 0.12);
  const textWidth = w - block - pad * 2;
  ctx.fillStyle = '#14305a';
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.direction = 'ltr';
  fit(ctx, sign.latin, 600, Math.round(h * 0.34), textWidth);
  ctx.fillText(sign.latin, x + block + pad, y + h * 0.42);
  ctx.fillStyle = '#1f2a37';
  ctx.textAlign = 'right';
  ctx.direction = 'rtl';
  fit(ctx, sign.arabic, 600, Math.round(h * 0.34), textWidth);
  ctx.fillText(sign.arabic, x + w - pad, y + h * 0.84);
  ctx.restore();
}
