/**
 * The kit of parts for stands: booths, props and their layout. Geometry must be well formed (indexed
 * triangles with consistent attributes, unit normals that agree with the winding), stay inside its
 * footprint and its triangle budget, carry collision, and every booth must back its sign with accent
 * geometry and keep the space in front of it clear.
 */
import { describe, expect, it } from 'vitest';
import { signAnchor, type SignAnchor } from '../src/edition/booths.ts';
import { BOOTH_KINDS, PROP_KINDS, THEMES, type BoothKind, type PropKind } from '../src/edition/schema.ts';
import { booth } from '../tools/models/kit/booths.ts';
import { mergeBuilt, placeBuilt, triangleCount } from '../tools/models/kit/geo.ts';
import { boxRect, layoutProps, overlaps, propRect, THEME_PROPS } from '../tools/models/kit/layout.ts';
import { prop, PROP_SIZE } from '../tools/models/kit/props.ts';
import type { Built, Geo, Parts } from '../tools/models/kit/types.ts';

const SIZES: Array<[number, number]> = [
  [7.5, 5],
  [9, 7],
  [14, 10],
  [18, 10],
];
const BOOTH_MAX_TRIANGLES = 600;
const PROP_MAX_TRIANGLES = 800;
const EPS = 1e-6;

type V = [number, number, number];

function geos(parts: Parts): Array<[string, Geo]> {
  return Object.entries(parts).filter((e): e is [string, Geo] => e[1] !== undefined);
}

function vertex(g: Geo, i: number): V {
  return [g.positions[3 * i]!, g.positions[3 * i + 1]!, g.positions[3 * i + 2]!];
}

/** Structure of every geo: attribute lengths, index range, unit normals, colours in 0..1, winding. */
function expectWellFormed(parts: Parts): void {
  const entries = geos(parts);
  expect(entries.length).toBeGreaterThan(0);
  for (const [material, g] of entries) {
    const n = g.positions.length / 3;
    expect(g.positions.length % 3, material).toBe(0);
    expect(g.normals.length, material).toBe(g.positions.length);
    expect(g.colors.length, material).toBe(g.positions.length);
    expect(g.indices.length % 3, material).toBe(0);
    expect(g.indices.length, material).toBeGreaterThan(0);
    for (const i of g.indices) {
      expect(Number.isInteger(i) && i >= 0 && i < n, `${material}: index ${i} of ${n}`).toBe(true);
    }
    for (const v of g.positions) expect(Number.isFinite(v)).toBe(true);
    for (let i = 0; i < n; i++) {
      const l = Math.hypot(g.normals[3 * i]!, g.normals[3 * i + 1]!, g.normals[3 * i + 2]!);
      expect(Math.abs(l - 1), `${material}: normal length ${l}`).toBeLessThan(1e-4);
    }
    for (const c of g.colors) expect(c >= 0 && c <= 1, `${material}: colour ${c}`).toBe(true);
    // Each triangle is wound counter-clockwise around its vertex normals (faces point outward).
    for (let t = 0; t < g.indices.length; t += 3) {
      const [a, b, c] = [g.indices[t]!, g.indices[t + 1]!, g.indices[t + 2]!];
      const [pa, pb, pc] = [vertex(g, a), vertex(g, b), vertex(g, c)];
      const u = [pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]];
      const w = [pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]];
      const f = [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!];
      const area = Math.hypot(f[0]!, f[1]!, f[2]!);
      if (area < 1e-9) continue;
      let dot = 0;
      for (const k of [a, b, c]) for (let j = 0; j < 3; j++) dot += f[j]! * g.normals[3 * k + j]!;
      expect(dot, `${material}: triangle ${t / 3} wound against its normals`).toBeGreaterThan(0);
    }
  }
}

function bounds(parts: Parts): { min: V; max: V } {
  const min: V = [Infinity, Infinity, Infinity];
  const max: V = [-Infinity, -Infinity, -Infinity];
  for (const [, g] of geos(parts)) {
    for (let i = 0; i < g.positions.length; i++) {
      const a = (i % 3) as 0 | 1 | 2;
      min[a] = Math.min(min[a], g.positions[i]!);
      max[a] = Math.max(max[a], g.positions[i]!);
    }
  }
  return { min, max };
}

/** Möller–Trumbore: distance along the ray to the nearest triangle of the geo, or Infinity. */
function rayHit(g: Geo, o: V, d: V, maxT: number): number {
  let best = Infinity;
  for (let t = 0; t < g.indices.length; t += 3) {
    const p0 = vertex(g, g.indices[t]!),
      p1 = vertex(g, g.indices[t + 1]!),
      p2 = vertex(g, g.indices[t + 2]!);
    const e1 = [p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]];
    const e2 = [p2[0] - p0[0], p2[1] - p0[1], p2[2] - p0[2]];
    const p = [d[1] * e2[2]! - d[2] * e2[1]!, d[2] * e2[0]! - d[0] * e2[2]!, d[0] * e2[1]! - d[1] * e2[0]!];
    const det = e1[0]! * p[0]! + e1[1]! * p[1]! + e1[2]! * p[2]!;
    if (Math.abs(det) < 1e-12) continue;
    const inv = 1 / det;
    const s = [o[0] - p0[0], o[1] - p0[1], o[2] - p0[2]];
    const u = (s[0]! * p[0]! + s[1]! * p[1]! + s[2]! * p[2]!) * inv;
    if (u < -1e-9 || u > 1 + 1e-9) continue;
    const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (d[0] * q[0]! + d[1] * q[1]! + d[2] * q[2]!) * inv;
    if (v < -1e-9 || u + v > 1 + 1e-9) continue;
    const dist = (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) * inv;
    if (dist > 1e-9 && dist <= maxT && dist < best) best = dist;
  }
  return best;
}

/** Sample points over the sign's face (a grid including points near its edges), and its facing direction. */
function signSamples(s: SignAnchor): { points: V[]; facing: V } {
  const c = Math.cos(s.rotationY),
    sn = Math.sin(s.rotationY);
  const points: V[] = [];
  for (let i = 0; i <= 8; i++) {
    for (let j = 0; j <= 4; j++) {
      const lx = (-0.5 + (0.02 + (0.96 * i) / 8)) * s.width;
      const ly = (-0.5 + (0.02 + (0.96 * j) / 4)) * s.height;
      points.push([s.position[0] + c * lx, s.position[1] + ly, s.position[2] - sn * lx]);
    }
  }
  return { points, facing: [sn, 0, c] };
}

const allGeo = (b: Built): Geo[] => geos(b.parts).map(([, g]) => g);

describe('booths', () => {
  for (const kind of BOOTH_KINDS) {
    for (const [w, d] of SIZES) {
      describe(`${kind} ${w}×${d}`, () => {
        const b = booth(kind, w, d);

        it('is well-formed geometry', () => expectWellFormed(b.parts));

        it(`stays under ${BOOTH_MAX_TRIANGLES} triangles`, () => {
          expect(triangleCount(b.parts)).toBeLessThan(BOOTH_MAX_TRIANGLES);
        });

        it('stays inside its footprint, from the ground to 4.5 m', () => {
          const { min, max } = bounds(b.parts);
          expect(min[0]).toBeGreaterThanOrEqual(-w / 2 - EPS);
          expect(max[0]).toBeLessThanOrEqual(w / 2 + EPS);
          expect(min[2]).toBeGreaterThanOrEqual(-d / 2 - EPS);
          expect(max[2]).toBeLessThanOrEqual(d / 2 + EPS);
          expect(min[1]).toBeGreaterThanOrEqual(-EPS);
          expect(max[1]).toBeLessThanOrEqual(4.5 + EPS);
        });

        it('has collision boxes inside its footprint', () => {
          expect(b.collision.length).toBeGreaterThan(0);
          for (const c of b.collision) {
            expect(c.size.every((v) => v > 0)).toBe(true);
            const r = boxRect(c);
            expect(r.x0 >= -w / 2 - EPS && r.x1 <= w / 2 + EPS && r.z0 >= -d / 2 - EPS && r.z1 <= d / 2 + EPS).toBe(true);
          }
        });

        it('has accent geometry right behind the whole sign rectangle', () => {
          const s = signAnchor(kind, w, d);
          const { points, facing } = signSamples(s);
          const back: V = [-facing[0], -facing[1], -facing[2]];
          const accent = b.parts.accent;
          expect(accent).toBeDefined();
          for (const p of points)
            expect(rayHit(accent!, p, back, 0.3), `behind ${p.map((v) => v.toFixed(2))}`).toBeLessThan(Infinity);
        });

        it('keeps the space in front of the sign clear (booth and laid-out props)', () => {
          const s = signAnchor(kind, w, d);
          const { points, facing } = signSamples(s);
          const furnished = mergeBuilt(
            b,
            ...layoutProps(kind, w, d, ['armored-truck', 'screen-wall', 'tent-table', 'road-set', 'mannequin']).map((p) =>
              placeBuilt(prop(p.kind), [p.x, 0, p.z], p.rotationY),
            ),
          );
          const gs = allGeo(furnished);
          for (const p of points) {
            // Straight out of the sign, and toward a visitor's eye 10 m in front of it at 1.6 m.
            const eye: V = [s.position[0] + facing[0] * 10, 1.6, s.position[2] + facing[2] * 10];
            const toEye: V = [eye[0] - p[0], eye[1] - p[1], eye[2] - p[2]];
            const l = Math.hypot(...toEye);
            for (const [dir, maxT] of [
              [facing, 30],
              [toEye.map((v) => v / l) as V, l],
            ] as const) {
              for (const g of gs) expect(rayHit(g, p, dir, maxT), `in front of ${p.map((v) => v.toFixed(2))}`).toBe(Infinity);
            }
          }
        });
      });
    }
  }

  it('is deterministic', () => {
    for (const kind of BOOTH_KINDS) expect(booth(kind, 9, 7)).toEqual(booth(kind, 9, 7));
  });
});

describe('props', () => {
  for (const kind of PROP_KINDS) {
    describe(kind, () => {
      const p = prop(kind);
      const [w, d] = PROP_SIZE[kind];

      it('is well-formed geometry', () => expectWellFormed(p.parts));

      it(`stays under ${PROP_MAX_TRIANGLES} triangles`, () => {
        expect(triangleCount(p.parts)).toBeLessThan(PROP_MAX_TRIANGLES);
      });

      it('stays inside PROP_SIZE, on the ground', () => {
        const { min, max } = bounds(p.parts);
        expect(min[0]).toBeGreaterThanOrEqual(-w / 2 - EPS);
        expect(max[0]).toBeLessThanOrEqual(w / 2 + EPS);
        expect(min[2]).toBeGreaterThanOrEqual(-d / 2 - EPS);
        expect(max[2]).toBeLessThanOrEqual(d / 2 + EPS);
        expect(min[1]).toBeGreaterThanOrEqual(-EPS);
        expect(min[1]).toBeLessThan(0.2);
        expect(max[1]).toBeLessThan(3.5);
      });

      it('has collision boxes inside PROP_SIZE', () => {
        expect(p.collision.length).toBeGreaterThan(0);
        for (const c of p.collision) {
          expect(c.size.every((v) => v > 0)).toBe(true);
          const r = boxRect(c);
          expect(r.x0 >= -w / 2 - EPS && r.x1 <= w / 2 + EPS && r.z0 >= -d / 2 - EPS && r.z1 <= d / 2 + EPS).toBe(true);
        }
      });

      it('uses only untinted materials (props are not tinted per stand)', () => {
        expect(p.parts.accent).toBeUndefined();
      });
    });
  }

  it('gives vehicles their look: wheels (black), a blue light (screen)', () => {
    for (const k of ['police-car', 'armored-truck', 'motorbike'] as const) {
      const p = prop(k);
      expect(p.parts.screen, k).toBeDefined();
      expect(p.parts.matte, k).toBeDefined();
    }
  });

  it('is deterministic', () => {
    for (const kind of PROP_KINDS) expect(prop(kind)).toEqual(prop(kind));
  });
});

describe('layout', () => {
  it('has the default props of every theme', () => {
    for (const t of THEMES) expect(THEME_PROPS[t].length).toBeGreaterThan(0);
    expect(THEME_PROPS).toEqual({
      forensics: ['lab-bench', 'showcase'],
      intervention: ['mannequin', 'showcase'],
      technology: ['screen-wall', 'kiosk'],
      recruitment: ['desk', 'chairs'],
      training: ['simulator'],
      social: ['desk', 'kiosk'],
      'identity-borders': ['e-gate', 'passport-desk'],
      'security-professions': ['mannequin', 'screen-wall'],
      'human-rights': ['screen-wall', 'chairs'],
      'road-safety': ['road-set'],
    });
  });

  const lists: Array<[string, PropKind[]]> = [
    ...THEMES.map((t): [string, PropKind[]] => [t, THEME_PROPS[t]]),
    ['vehicles', ['police-car', 'armored-truck', 'motorbike']],
    ['everything', [...PROP_KINDS]],
    ['crowd', ['mannequin', 'mannequin', 'mannequin', 'chairs', 'chairs', 'kiosk', 'kiosk', 'showcase', 'showcase', 'desk']],
  ];

  for (const kind of BOOTH_KINDS) {
    for (const [w, d] of SIZES) {
      it(`${kind} ${w}×${d}: props inside, apart, clear of the booth's solids and of the entry`, () => {
        const solids = booth(kind, w, d).collision.map(boxRect);
        const entry = { x0: -0.75, x1: 0.75, z0: d / 2 - 1.4, z1: d / 2 };
        for (const [name, list] of lists) {
          const placed = layoutProps(kind, w, d, list);
          expect(placed.length, name).toBeLessThanOrEqual(list.length);
          const rects = placed.map((p) => propRect(p.kind, p.x, p.z, p.rotationY));
          placed.forEach((p, i) => {
            const r = rects[i]!;
            const where = `${name}: ${p.kind} at ${p.x.toFixed(2)}, ${p.z.toFixed(2)}`;
            expect(Math.abs(p.rotationY / (Math.PI / 2) - Math.round(p.rotationY / (Math.PI / 2))), where).toBeLessThan(1e-9);
            expect(r.x0 >= -w / 2 - EPS && r.x1 <= w / 2 + EPS && r.z0 >= -d / 2 - EPS && r.z1 <= d / 2 + EPS, where).toBe(true);
            for (let j = i + 1; j < rects.length; j++)
              expect(overlaps(r, rects[j]!), `${where} overlaps ${placed[j]!.kind}`).toBe(false);
            for (const s of solids) expect(overlaps(r, s), `${where} overlaps the booth`).toBe(false);
            expect(overlaps(r, entry), `${where} blocks the entry`).toBe(false);
            // The placed prop's own geometry stays inside the booth too.
            const { min, max } = bounds(placeBuilt(prop(p.kind), [p.x, 0, p.z], p.rotationY).parts);
            expect(
              min[0] >= -w / 2 - EPS && max[0] <= w / 2 + EPS && min[2] >= -d / 2 - EPS && max[2] <= d / 2 + EPS,
              where,
            ).toBe(true);
          });
          // Props keep their order of importance: the list's order, minus those dropped.
          const kinds = placed.map((p) => p.kind);
          let k = 0;
          for (const item of list) if (kinds[k] === item) k++;
          expect(k, name).toBe(kinds.length);
        }
      });
    }
  }

  it('places the theme defaults in a standard 9×7 stand of each wall kind', () => {
    for (const kind of ['inline', 'corner', 'island'] as const) {
      for (const t of THEMES) {
        if (t === 'road-safety' && kind === 'island') continue;
        expect(layoutProps(kind, 9, 7, THEME_PROPS[t]).length, `${kind} ${t}`).toBe(THEME_PROPS[t].length);
      }
    }
  });

  it('parks vehicles side by side, facing front, in an open-air pitch', () => {
    const placed = layoutProps('outdoor', 18, 10, ['police-car', 'armored-truck', 'motorbike']);
    expect(placed.map((p) => p.kind)).toEqual(['police-car', 'armored-truck', 'motorbike']);
    for (const p of placed) expect(p.rotationY).toBe(0);
    const rects = placed.map((p) => propRect(p.kind, p.x, p.z, p.rotationY));
    // Side by side: no two share a strip of x.
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++)
        expect(rects[i]!.x1 <= rects[j]!.x0 + EPS || rects[j]!.x1 <= rects[i]!.x0 + EPS).toBe(true);
    }
  });

  it('turns chairs in front of a screen wall to face it', () => {
    const placed = layoutProps('inline', 7.5, 5, THEME_PROPS['human-rights']);
    const screen = placed.find((p) => p.kind === 'screen-wall');
    const chairs = placed.find((p) => p.kind === 'chairs');
    expect(screen && chairs).toBeTruthy();
    expect(chairs!.z).toBeGreaterThan(screen!.z);
    expect(chairs!.rotationY).toBeCloseTo(Math.PI);
  });

  it('drops what does not fit, never placing it outside', () => {
    const placed = layoutProps('inline', 7.5, 5, ['road-set', 'armored-truck']);
    expect(placed).toEqual([]);
  });

  it('is deterministic', () => {
    for (const kind of BOOTH_KINDS) {
      for (const [w, d] of SIZES) {
        const list: PropKind[] = ['police-car', 'lab-bench', 'showcase', 'chairs', 'kiosk', 'mannequin'];
        expect(layoutProps(kind as BoothKind, w, d, list)).toEqual(layoutProps(kind as BoothKind, w, d, list));
      }
    }
  });
});
