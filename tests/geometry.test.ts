/**
 * The edition format's one stand-to-world transform (used by hotspots, signs, the plan, the pipeline
 * and the browser tests) and the sun's direction, pinned to hand-worked values so that sharing them
 * cannot hide a mistake in them.
 */
import { describe, expect, it } from 'vitest';
import { toLocal, toPlan } from '../src/edition/geometry.ts';
import { sunPosition } from '../src/edition/sun.ts';

const at = (rotation: number) => ({ position: [10, -20] as [number, number], rotation, width: 4, depth: 2 });

describe('toPlan, stand-local to plan coordinates (three.js rotation.y, degrees)', () => {
  it('without rotation only translates', () => {
    expect(toPlan(at(0), 1, 2)).toEqual([11, -18]);
  });
  it('at 90° the front (+z local) faces +x, and the right (+x local) faces −z', () => {
    const [x, z] = toPlan(at(90), 0, 1);
    expect(x).toBeCloseTo(11, 12);
    expect(z).toBeCloseTo(-20, 12);
    const [rx, rz] = toPlan(at(90), 1, 0);
    expect(rx).toBeCloseTo(10, 12);
    expect(rz).toBeCloseTo(-21, 12);
  });
  it('at 180° turns a point half round', () => {
    const [x, z] = toPlan(at(180), 3, 1);
    expect(x).toBeCloseTo(7, 12);
    expect(z).toBeCloseTo(-21, 12);
  });
  it('toLocal undoes it at any angle', () => {
    for (const r of [-135, -30, 0, 45, 90, 210]) {
      const [x, z] = toPlan(at(r), 1.5, -0.75);
      const [lx, lz] = toLocal(at(r), x, z);
      expect(lx).toBeCloseTo(1.5, 12);
      expect(lz).toBeCloseTo(-0.75, 12);
    }
  });
});

describe('sunPosition (bearing clockwise from north, −z; height above the horizon)', () => {
  it('a sun due east on the horizon is +x; due south is +z; at the zenith is +y', () => {
    const close = (v: number[], w: number[]) => v.forEach((c, i) => expect(c).toBeCloseTo(w[i]!, 12));
    close(sunPosition({ azimuth: 90, elevation: 0 }), [1, 0, 0]);
    close(sunPosition({ azimuth: 180, elevation: 0 }), [0, 0, 1]);
    close(sunPosition({ azimuth: 0, elevation: 90 }), [0, 1, 0]);
  });
  it('scales to the distance asked', () => {
    const [x, y, z] = sunPosition({ azimuth: 53.13, elevation: 46.85 }, 220);
    expect(Math.hypot(x, y, z)).toBeCloseTo(220, 9);
    expect(x).toBeGreaterThan(0);
    expect(z).toBeLessThan(0);
  });
});
