import { describe, expect, it } from 'vitest';
import { hitAt, type HitRect } from '../src/canvas/xr/hits.ts';

const hits: HitRect<string>[] = [
  { x: 0, y: 0, w: 100, h: 50, action: 'close' },
  { x: 200, y: 100, w: 100, h: 50, action: 'next' },
];

describe('hitAt: a press on a painted canvas', () => {
  it('turns uv (v up) into canvas pixels (y down)', () => {
    // Top-left corner area of a 400×200 canvas: u small, v near 1.
    expect(hitAt(hits, 0.1, 0.9, 400, 200)).toBe('close');
    // (250, 125) in pixels: u = 0.625, v = 1 − 125/200.
    expect(hitAt(hits, 0.625, 1 - 125 / 200, 400, 200)).toBe('next');
  });
  it('answers nothing between the rectangles, beyond the slop', () => {
    expect(hitAt(hits, 0.4, 0.5, 400, 200)).toBeNull();
  });
  it('forgives a trembling ray by the slop, nearest first', () => {
    // 8 px right of "close" (x = 108).
    expect(hitAt(hits, 108 / 400, 1 - 25 / 200, 400, 200)).toBe('close');
    expect(hitAt(hits, 108 / 400, 1 - 25 / 200, 400, 200, 4)).toBeNull();
  });
  it('ignores a hit without coordinates', () => {
    expect(hitAt(hits, Number.NaN, 0.5, 400, 200)).toBeNull();
  });
});
