import { describe, expect, it } from 'vitest';
import { FOVEATION, pickFrameRate, TARGET_FRAME_RATE } from '../src/xr/session.ts';

describe('the headset session: frame rate and foveation', () => {
  it('asks 72 Hz of a Quest 3 (72, 80, 90, 120 offered), not the highest', () => {
    expect(TARGET_FRAME_RATE).toBe(72);
    expect(pickFrameRate(new Float32Array([72, 80, 90, 120]))).toBe(72);
  });
  it('takes the lowest rate above 72 where 72 is not offered, else the highest there is', () => {
    expect(pickFrameRate([90, 120])).toBe(90);
    expect(pickFrameRate([60])).toBe(60);
  });
  it('leaves the rate alone when the session offers no list', () => {
    expect(pickFrameRate(undefined)).toBe(false);
    expect(pickFrameRate([])).toBe(false);
  });
  it('keeps foveation low enough for text', () => {
    expect(FOVEATION).toBeGreaterThan(0);
    expect(FOVEATION).toBeLessThanOrEqual(0.5);
  });
});
