/**
 * Paints a caption layout (captions.ts) onto the 1024 × 192 caption canvas: white text on a
 * translucent black box, centred, Arabic with the canvas's right-to-left direction so the browser
 * shapes and orders it. An empty layout leaves the canvas fully transparent. Called on 'cuechange'.
 */
import { DIRECTION } from '../../../i18n/lang.ts';
import { CAPTION_TEXT_WIDTH, CAPTIONS_HEIGHT, CAPTIONS_WIDTH, type CaptionLayout } from './captions.ts';

/** A measurer for layoutCaptions over a real context (sets its font). */
export function measureWith(ctx: CanvasRenderingContext2D): (text: string, font: string) => number {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export function paintCaptions(ctx: CanvasRenderingContext2D, layout: CaptionLayout): void {
  ctx.clearRect(0, 0, CAPTIONS_WIDTH, CAPTIONS_HEIGHT);
  const { box } = layout;
  if (!box || !layout.lines.length) return;
  ctx.save();
  ctx.fillStyle = 'rgba(0, 0, 0, 0.72)';
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.w, box.h, 12);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = layout.font;
  ctx.direction = DIRECTION[layout.lang];
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const line of layout.lines) ctx.fillText(line.text, CAPTIONS_WIDTH / 2, line.y, CAPTION_TEXT_WIDTH);
  ctx.restore();
}
