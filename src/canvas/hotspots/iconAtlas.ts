// The hotspot badges' icon atlas: disc, ring and icon masks drawn once into a texture the marker shader colours.
import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RGBAFormat } from 'three';
import type { Hotspot } from '../../edition/schema.ts';

/** The atlas cell of each hotspot type's icon. */
export const ICON: Record<Hotspot['type'], number> = { info: 0, video: 1, gallery: 2, link: 3 };
/** Cells in the atlas's one row: the shader's u scale is its inverse. */
export const ICON_CELLS = 4;

const CELL = 128;

/**
 * The icon atlas: four 128-px cells in a row. Masks, not colours: alpha is the badge's disc, red its
 * ring, green its icon; the shader colours them. Drawn with a 2D canvas, stored as a DataTexture
 * (no premultiplication of the masks).
 */
export function drawAtlas(): DataTexture {
  const w = CELL * ICON_CELLS;
  const h = CELL;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const layer = (draw: (cx: number) => void): Uint8ClampedArray => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#fff';
    ctx.strokeStyle = '#fff';
    for (let i = 0; i < ICON_CELLS; i++) {
      ctx.save();
      draw(i * CELL + CELL / 2);
      ctx.restore();
    }
    return ctx.getImageData(0, 0, w, h).data;
  };
  const c = CELL / 2;
  const disc = layer((cx) => {
    ctx.beginPath();
    ctx.arc(cx, c, 62, 0, Math.PI * 2);
    ctx.fill();
  });
  const ring = layer((cx) => {
    ctx.lineWidth = 8;
    ctx.beginPath();
    ctx.arc(cx, c, 53, 0, Math.PI * 2);
    ctx.stroke();
  });
  let cell = 0;
  const icon = layer((cx) => {
    const x = cx - c;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    switch (cell++) {
      case 0: // info: i
        ctx.beginPath();
        ctx.arc(x + 64, 38, 8, 0, Math.PI * 2);
        ctx.fill();
        ctx.beginPath();
        ctx.roundRect(x + 57, 54, 14, 38, 4);
        ctx.fill();
        break;
      case 1: // video: ▶
        ctx.beginPath();
        ctx.moveTo(x + 52, 38);
        ctx.lineTo(x + 94, 64);
        ctx.lineTo(x + 52, 90);
        ctx.closePath();
        ctx.lineWidth = 6;
        ctx.fill();
        ctx.stroke();
        break;
      case 2: // gallery: a framed picture, hills and a sun
        ctx.lineWidth = 7;
        ctx.beginPath();
        ctx.roundRect(x + 33, 40, 62, 48, 6);
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(x + 40, 82);
        ctx.lineTo(x + 58, 60);
        ctx.lineTo(x + 70, 74);
        ctx.lineTo(x + 78, 66);
        ctx.lineTo(x + 88, 82);
        ctx.closePath();
        ctx.fill();
        ctx.beginPath();
        ctx.arc(x + 79, 54, 6, 0, Math.PI * 2);
        ctx.fill();
        break;
      default: // link: two chain links
        ctx.translate(x + 64, 64);
        ctx.rotate(-Math.PI / 4);
        ctx.lineWidth = 7;
        for (const dx of [-13, 13]) {
          ctx.beginPath();
          ctx.roundRect(dx - 19, -10, 38, 20, 10);
          ctx.stroke();
        }
    }
  });
  // Rows bottom-up: a DataTexture is not flipped, and v = 1 is the quad's top.
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = (y * w + x) * 4;
      const to = ((h - 1 - y) * w + x) * 4;
      data[to] = ring[from]!;
      data[to + 1] = icon[from]!;
      data[to + 2] = 0;
      data[to + 3] = disc[from]!;
    }
  }
  const t = new DataTexture(data, w, h, RGBAFormat);
  t.generateMipmaps = true;
  t.minFilter = LinearMipmapLinearFilter;
  t.magFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}
