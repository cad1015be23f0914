/**
 * The site's kit of parts (ground, fence, entrance, halls, arenas, palms, flags, lamps) on the zones
 * of the Agadir 2024 edition: well-formed geometry, triangle budgets, footprints, clear doorways and
 * a closed perimeter.
 */
import { describe, expect, it } from 'vitest';
import type { Side, Site, Zone } from '../src/edition/schema.ts';
import { arena, arenaField, gateSide } from '../tools/models/kit/arena.ts';
import { C } from '../tools/models/kit/colors.ts';
import { triangleCount } from '../tools/models/kit/geo.ts';
import { entranceGate, GATE_SPAN, ground } from '../tools/models/kit/ground.ts';
import { flag, lamp, palm } from '../tools/models/kit/landscape.ts';
import { hall } from '../tools/models/kit/structures.ts';
import type { Built, CollisionBox, Geo, MaterialName, Parts } from '../tools/models/kit/types.ts';

const T = { fr: 'x', ar: 'x', en: 'x' };
const zone = (z: Omit<Zone, 'name' | 'description'>): Zone => ({ ...z, name: T, description: T });

// The zones of the Agadir 2024 edition (copied from the generated layout).
const ZONES: Zone[] = [
  zone({ id: 'entrance', kind: 'entrance', covered: false, position: [0, 88], rotation: 0, width: 40, depth: 24 }),
  zone({
    id: 'pavilion-a',
    kind: 'pavilion',
    covered: true,
    position: [-45, -55],
    rotation: 0,
    width: 60,
    depth: 50,
    openings: [
      { side: 'front', offset: 0, width: 10 },
      { side: 'back', offset: 0, width: 8 },
      { side: 'left', offset: 0, width: 8 },
      { side: 'right', offset: 0, width: 8 },
    ],
  }),
  zone({
    id: 'pavilion-b',
    kind: 'pavilion',
    covered: true,
    position: [45, -55],
    rotation: 0,
    width: 60,
    depth: 50,
    openings: [
      { side: 'front', offset: 0, width: 10 },
      { side: 'back', offset: 0, width: 8 },
      { side: 'left', offset: 0, width: 8 },
      { side: 'right', offset: 0, width: 8 },
    ],
  }),
  zone({
    id: 'pavilion-c',
    kind: 'pavilion',
    covered: true,
    position: [-40, 25],
    rotation: 0,
    width: 50,
    depth: 40,
    openings: [
      { side: 'front', offset: 0, width: 8 },
      { side: 'back', offset: 0, width: 8 },
      { side: 'right', offset: 0, width: 8 },
    ],
  }),
  zone({
    id: 'children-pavilion',
    kind: 'children',
    covered: true,
    position: [-40, 72],
    rotation: 0,
    width: 30,
    depth: 25,
    openings: [
      { side: 'right', offset: 0, width: 6 },
      { side: 'back', offset: 0, width: 6 },
    ],
  }),
  zone({
    id: 'seminar-hall',
    kind: 'seminar',
    covered: true,
    position: [35, 25],
    rotation: 0,
    width: 30,
    depth: 25,
    openings: [{ side: 'left', offset: 0, width: 6 }],
  }),
  zone({
    id: 'blood-donation',
    kind: 'blood-donation',
    covered: true,
    position: [35, 70],
    rotation: 0,
    width: 25,
    depth: 20,
    openings: [{ side: 'left', offset: 0, width: 6 }],
  }),
  zone({
    id: 'mounted-arena',
    kind: 'demonstration',
    covered: false,
    position: [-112, -30],
    rotation: 0,
    width: 50,
    depth: 96,
    discipline: 'mounted-police',
    bleachers: ['right'],
  }),
  zone({
    id: 'dog-arena',
    kind: 'demonstration',
    covered: false,
    position: [112, -52],
    rotation: 0,
    width: 50,
    depth: 50,
    discipline: 'dog-brigade',
    bleachers: ['left', 'front'],
  }),
  zone({
    id: 'special-forces-arena',
    kind: 'demonstration',
    covered: false,
    position: [112, 22],
    rotation: 0,
    width: 50,
    depth: 60,
    discipline: 'special-forces',
    bleachers: ['left'],
  }),
  zone({ id: 'outdoor-exhibits', kind: 'outdoor', covered: false, position: [-112, 62], rotation: 0, width: 50, depth: 56 }),
];

/** Extra shapes the data may take: a hall deeper than wide, turned, with an off-centre door. */
const EXTRA_HALLS: Zone[] = [
  zone({
    id: 'turned-pavilion',
    kind: 'pavilion',
    covered: true,
    position: [10, 10],
    rotation: 90,
    width: 30,
    depth: 45,
    openings: [
      { side: 'front', offset: 4, width: 6 },
      { side: 'left', offset: -10, width: 5 },
      { side: 'right', offset: 7, width: 4 },
    ],
  }),
  zone({
    id: 'seminar-deep',
    kind: 'seminar',
    covered: true,
    position: [0, 0],
    rotation: 30,
    width: 20,
    depth: 32,
    openings: [{ side: 'back', offset: 2, width: 4 }],
  }),
  zone({
    id: 'blood-front',
    kind: 'blood-donation',
    covered: true,
    position: [0, 0],
    rotation: 0,
    width: 20,
    depth: 16,
    openings: [{ side: 'front', offset: -3, width: 4 }],
  }),
];

const palms: [number, number][] = [];
for (let z = 64; z >= -88; z -= 12) if (Math.abs(z - 52) > 5 && Math.abs(z + 20) > 5) palms.push([-7, z], [7, z]);
palms.push([-16, 80], [16, 80], [-17, 92], [17, 92]);
const lamps: [number, number][] = [];
for (let x = -78; x <= 78; x += 20) lamps.push([x, -16], [x, 56]);

const SITE: Site = {
  boundary: [
    [-145, -100],
    [145, -100],
    [145, 100],
    [-145, 100],
  ],
  zones: ZONES,
  paths: [
    {
      id: 'main-avenue',
      width: 8,
      points: [
        [0, 76],
        [0, -92],
      ],
    },
    {
      id: 'north-avenue',
      width: 6,
      points: [
        [-84, -20],
        [84, -20],
      ],
    },
    {
      id: 'south-avenue',
      width: 6,
      points: [
        [-84, 52],
        [84, 52],
      ],
    },
    {
      id: 'west-walk',
      width: 5,
      points: [
        [-81, -80],
        [-81, 52],
      ],
    },
    {
      id: 'east-walk',
      width: 5,
      points: [
        [81, -80],
        [81, 52],
      ],
    },
    {
      id: 'pavilion-a-door',
      width: 5,
      points: [
        [-45, -30],
        [-45, -20],
      ],
    },
    {
      id: 'pavilion-b-door',
      width: 5,
      points: [
        [45, -30],
        [45, -20],
      ],
    },
    {
      id: 'pavilion-c-back',
      width: 5,
      points: [
        [-40, 5],
        [-40, -20],
      ],
    },
    {
      id: 'seminar-door',
      width: 4,
      points: [
        [20, 25],
        [8, 25],
        [0, 20],
      ],
    },
    {
      id: 'children-door',
      width: 4,
      points: [
        [-25, 72],
        [0, 72],
      ],
    },
    {
      id: 'blood-door',
      width: 4,
      points: [
        [22.5, 70],
        [0, 66],
      ],
    },
  ],
  landscape: {
    palms,
    flags: [
      { position: [-9, 74], flag: 'morocco' },
      { position: [9, 74], flag: 'police' },
    ],
    lamps,
  },
};

// --- Helpers --------------------------------------------------------------------------------------

function checkGeo(g: Geo): void {
  const n = g.positions.length;
  expect(n % 3).toBe(0);
  expect(g.normals.length).toBe(n);
  expect(g.colors.length).toBe(n);
  expect(g.indices.length % 3).toBe(0);
  const vertices = n / 3;
  for (const i of g.indices) {
    expect(Number.isInteger(i)).toBe(true);
    expect(i >= 0 && i < vertices).toBe(true);
  }
  for (const v of g.positions) expect(Number.isFinite(v)).toBe(true);
  for (const c of g.colors) expect(c >= 0 && c <= 1).toBe(true);
  for (let i = 0; i < n; i += 3) {
    const l = Math.hypot(g.normals[i]!, g.normals[i + 1]!, g.normals[i + 2]!);
    expect(Math.abs(l - 1)).toBeLessThan(1e-3);
  }
  // Every triangle is wound counter-clockwise around its vertex normals (front faces outward).
  let against = 0;
  for (let t = 0; t < g.indices.length; t += 3) {
    const ids = [g.indices[t]!, g.indices[t + 1]!, g.indices[t + 2]!];
    const p = ids.map((i) => [g.positions[3 * i]!, g.positions[3 * i + 1]!, g.positions[3 * i + 2]!] as const);
    const u = [p[1]![0] - p[0]![0], p[1]![1] - p[0]![1], p[1]![2] - p[0]![2]];
    const w = [p[2]![0] - p[0]![0], p[2]![1] - p[0]![1], p[2]![2] - p[0]![2]];
    const f = [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!];
    if (Math.hypot(f[0]!, f[1]!, f[2]!) < 1e-9) continue;
    let dot = 0;
    for (const k of ids) for (let j = 0; j < 3; j++) dot += f[j]! * g.normals[3 * k + j]!;
    if (dot <= 0) against++;
  }
  expect(against, 'triangles wound against their normals').toBe(0);
}

function checkBuilt(b: Built): void {
  for (const g of Object.values(b.parts)) if (g) checkGeo(g);
  for (const c of b.collision) {
    for (const v of [...c.center, ...c.size, c.rotationY]) expect(Number.isFinite(v)).toBe(true);
    for (const s of c.size) expect(s).toBeGreaterThan(0);
  }
}

function materials(p: Parts): MaterialName[] {
  return (Object.entries(p) as [MaterialName, Geo | undefined][]).filter(([, g]) => g && g.indices.length).map(([m]) => m);
}

function bounds(p: Parts): { min: [number, number, number]; max: [number, number, number] } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const g of Object.values(p)) {
    if (!g) continue;
    for (let i = 0; i < g.positions.length; i += 3)
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, g.positions[i + k]!);
        max[k] = Math.max(max[k]!, g.positions[i + k]!);
      }
  }
  return { min, max };
}

type P2 = [number, number];

/** Corners of a collision box's plan rectangle. */
function boxCorners(c: CollisionBox): P2[] {
  const co = Math.cos(c.rotationY),
    s = Math.sin(c.rotationY);
  const hx = c.size[0] / 2,
    hz = c.size[2] / 2;
  return [
    [-hx, -hz],
    [hx, -hz],
    [hx, hz],
    [-hx, hz],
  ].map(([x, z]) => [c.center[0] + co * x! + s * z!, c.center[2] - s * x! + co * z!] as P2);
}

/** Separating-axis test between two convex plan polygons (touching does not count). */
function overlap2D(a: P2[], b: P2[]): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]!,
        q = poly[(i + 1) % poly.length]!;
      const ax = -(q[1] - p[1]),
        az = q[0] - p[0];
      const pa = a.map((v) => v[0] * ax + v[1] * az),
        pb = b.map((v) => v[0] * ax + v[1] * az);
      if (Math.max(...pa) <= Math.min(...pb) + 1e-9 || Math.max(...pb) <= Math.min(...pa) + 1e-9) return false;
    }
  }
  return true;
}

/** Collision boxes that a plan rectangle (at height y) touches. */
function hits(boxes: CollisionBox[], rect: P2[], y: number): CollisionBox[] {
  return boxes.filter((c) => Math.abs(y - c.center[1]) <= c.size[1] / 2 && overlap2D(boxCorners(c), rect));
}

/** A plan rectangle from a to b, `w` wide. */
function probe(a: P2, b: P2, w: number): P2[] {
  const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const nx = (-(b[1] - a[1]) / l) * (w / 2),
    nz = ((b[0] - a[0]) / l) * (w / 2);
  return [
    [a[0] - nx, a[1] - nz],
    [b[0] - nx, b[1] - nz],
    [b[0] + nx, b[1] + nz],
    [a[0] + nx, a[1] + nz],
  ];
}

/** Middle of a side in a zone's local frame, its outward normal and the unit vector offsets run along. */
function sideGeometry(z: Zone, side: Side): { mid: P2; n: P2; t: P2 } {
  switch (side) {
    case 'front':
      return { mid: [0, z.depth / 2], n: [0, 1], t: [1, 0] };
    case 'back':
      return { mid: [0, -z.depth / 2], n: [0, -1], t: [1, 0] };
    case 'left':
      return { mid: [-z.width / 2, 0], n: [-1, 0], t: [0, 1] };
    case 'right':
      return { mid: [z.width / 2, 0], n: [1, 0], t: [0, 1] };
  }
}

const covered = [...ZONES.filter((z) => z.covered), ...EXTRA_HALLS];
const arenas = [
  ...ZONES.filter((z) => z.kind === 'demonstration'),
  zone({
    id: 'turned-arena',
    kind: 'demonstration',
    covered: false,
    position: [0, 50],
    rotation: 90,
    width: 40,
    depth: 70,
    discipline: 'special-forces',
    bleachers: ['front', 'right'],
  }),
  zone({
    id: 'bare-arena',
    kind: 'demonstration',
    covered: false,
    position: [20, -10],
    rotation: 0,
    width: 30,
    depth: 30,
    discipline: 'dog-brigade',
  }),
];

// --- Halls ----------------------------------------------------------------------------------------

describe('hall', () => {
  const limits: Record<string, number> = { pavilion: 2500, children: 1500, seminar: 3500, 'blood-donation': 2200 };
  for (const z of covered) {
    describe(z.id, () => {
      const { shell, roof } = hall(z);

      it('is well formed', () => {
        checkBuilt(shell);
        checkBuilt(roof);
        expect(shell.collision.length).toBeGreaterThan(4);
      });

      it('stays under its triangle budget', () => {
        expect(triangleCount(shell.parts) + triangleCount(roof.parts)).toBeLessThan(limits[z.kind]!);
      });

      it('returns the roof separately, in fabric only, with no collision', () => {
        expect(materials(roof.parts)).toEqual(['fabric']);
        expect(triangleCount(roof.parts)).toBeGreaterThan(0);
        expect(roof.collision).toEqual([]);
        expect(materials(shell.parts)).not.toContain('fabric');
        // A pitched roof: its highest point well above the eaves.
        expect(bounds(roof.parts).max[1]).toBeGreaterThan(5);
      });

      it('stays within the footprint (±0.5 m)', () => {
        for (const p of [shell.parts, roof.parts]) {
          const b = bounds(p);
          expect(b.min[0]).toBeGreaterThanOrEqual(-z.width / 2 - 0.5);
          expect(b.max[0]).toBeLessThanOrEqual(z.width / 2 + 0.5);
          expect(b.min[2]).toBeGreaterThanOrEqual(-z.depth / 2 - 0.5);
          expect(b.max[2]).toBeLessThanOrEqual(z.depth / 2 + 0.5);
          expect(b.min[1]).toBeGreaterThanOrEqual(-0.01);
        }
        for (const c of shell.collision)
          for (const [x, zz] of boxCorners(c)) {
            expect(Math.abs(x)).toBeLessThanOrEqual(z.width / 2 + 0.5);
            expect(Math.abs(zz)).toBeLessThanOrEqual(z.depth / 2 + 0.5);
          }
      });

      it('keeps every doorway clear', () => {
        for (const o of z.openings ?? []) {
          const { mid, n, t } = sideGeometry(z, o.side);
          const c: P2 = [mid[0] + t[0] * o.offset, mid[1] + t[1] * o.offset];
          const a: P2 = [c[0] + n[0] * 2, c[1] + n[1] * 2];
          const b: P2 = [c[0] - n[0] * 2.5, c[1] - n[1] * 2.5];
          expect(hits(shell.collision, probe(a, b, 1), 1)).toEqual([]);
          // Clear up to 3 m too.
          expect(hits(shell.collision, probe(a, b, 1), 2.9)).toEqual([]);
        }
      });

      it('walls the sides off between the doorways', () => {
        // A probe through each side away from its doorways meets a wall.
        for (const side of ['front', 'back', 'left', 'right'] as const) {
          const { mid, n, t } = sideGeometry(z, side);
          const len = side === 'front' || side === 'back' ? z.width : z.depth;
          const doors = (z.openings ?? []).filter((o) => o.side === side);
          for (const u of [-len / 2 + 1.5, -len / 4, len / 4, len / 2 - 1.5]) {
            if (doors.some((o) => Math.abs(u - o.offset) < o.width / 2 + 1)) continue;
            const c: P2 = [mid[0] + t[0] * u, mid[1] + t[1] * u];
            const a: P2 = [c[0] + n[0] * 1, c[1] + n[1] * 1];
            const b: P2 = [c[0] - n[0] * 1, c[1] - n[1] * 1];
            expect(hits(shell.collision, probe(a, b, 0.2), 1).length).toBeGreaterThan(0);
          }
        }
      });
    });
  }

  it('gives seminar and blood-donation halls furniture, with collision', () => {
    const seminar = hall(ZONES.find((z) => z.kind === 'seminar')!);
    expect(materials(seminar.shell.parts)).toContain('screen');
    const plain = hall(ZONES.find((z) => z.id === 'pavilion-c')!);
    expect(seminar.shell.collision.some((c) => Math.abs(c.center[0]) < 10 && Math.abs(c.center[2]) < 8)).toBe(true);
    const blood = hall(ZONES.find((z) => z.kind === 'blood-donation')!);
    expect(blood.shell.collision.some((c) => c.size[1] < 2 && Math.abs(c.center[0]) < 10)).toBe(true);
    expect(plain.shell.collision.every((c) => c.size[1] >= 3)).toBe(true);
  });

  it('is deterministic', () => {
    expect(hall(ZONES[1]!)).toEqual(hall(ZONES[1]!));
  });
});

// --- Arenas ---------------------------------------------------------------------------------------

describe('arena', () => {
  for (const z of arenas) {
    describe(z.id, () => {
      const b = arena(z);

      it('is well formed and under budget', () => {
        checkBuilt(b);
        expect(triangleCount(b.parts)).toBeLessThan(3500);
        expect(materials(b.parts)).toEqual(['matte']);
      });

      it('stays within the zone', () => {
        const bb = bounds(b.parts);
        expect(bb.min[0]).toBeGreaterThanOrEqual(-z.width / 2 - 0.5);
        expect(bb.max[0]).toBeLessThanOrEqual(z.width / 2 + 0.5);
        expect(bb.min[2]).toBeGreaterThanOrEqual(-z.depth / 2 - 0.5);
        expect(bb.max[2]).toBeLessThanOrEqual(z.depth / 2 + 0.5);
      });

      it('fences the field, with a gate on a side without bleachers', () => {
        const gate = gateSide(z);
        expect(z.bleachers ?? []).not.toContain(gate);
        const f = arenaField(z);
        const cx = (f.x0 + f.x1) / 2,
          cz = (f.z0 + f.z1) / 2;
        const edges: Record<Side, [P2, P2]> = {
          front: [
            [cx, f.z1 - 1],
            [cx, f.z1 + 1],
          ],
          back: [
            [cx, f.z0 + 1],
            [cx, f.z0 - 1],
          ],
          left: [
            [f.x0 + 1, cz],
            [f.x0 - 1, cz],
          ],
          right: [
            [f.x1 - 1, cz],
            [f.x1 + 1, cz],
          ],
        };
        for (const side of ['front', 'back', 'left', 'right'] as const) {
          const [a, c] = edges[side];
          const n = hits(b.collision, probe(a, c, 1), 0.6).length;
          if (side === gate) expect(n).toBe(0);
          else expect(n).toBeGreaterThan(0);
        }
      });

      it('puts bleachers on the listed sides', () => {
        for (const side of z.bleachers ?? []) {
          const { mid, n } = sideGeometry(z, side);
          // Between the fence and the zone edge, some box higher than the fence: the stands.
          const stand = b.collision.filter(
            (c) =>
              c.size[1] > 2 &&
              (n[0] !== 0
                ? Math.sign(c.center[0]) === n[0] && Math.abs(c.center[0]) > Math.abs(mid[0]) - 7
                : Math.sign(c.center[2]) === n[1] && Math.abs(c.center[2]) > Math.abs(mid[1]) - 7),
          );
          expect(stand.length).toBeGreaterThan(0);
        }
      });
    });
  }
});

// --- Landscape ------------------------------------------------------------------------------------

describe('landscape', () => {
  it('builds three palm variants under 250 triangles each', () => {
    const counts = [0, 1, 2].map((v) => {
      const p = palm(v);
      checkBuilt(p);
      expect(p.collision.length).toBeGreaterThan(0);
      return triangleCount(p.parts);
    });
    for (const n of counts) {
      expect(n).toBeGreaterThan(100);
      expect(n).toBeLessThanOrEqual(250);
    }
    expect(palm(0)).not.toEqual(palm(1));
    expect(bounds(palm(1).parts).max[1]).toBeGreaterThan(6);
  });

  it('builds the two flags on ~8 m poles', () => {
    for (const kind of ['morocco', 'police'] as const) {
      const f = flag(kind);
      checkBuilt(f);
      expect(triangleCount(f.parts)).toBeLessThanOrEqual(100);
      const b = bounds(f.parts);
      expect(b.max[1]).toBeGreaterThan(7.5);
      expect(b.max[1]).toBeLessThan(9.5);
      expect(f.collision.length).toBeGreaterThan(0);
    }
    const has = (parts: Parts, c: readonly number[]): boolean => {
      const g = parts.matte!;
      for (let i = 0; i < g.colors.length; i += 3)
        if (Math.abs(g.colors[i]! - c[0]!) + Math.abs(g.colors[i + 1]! - c[1]!) + Math.abs(g.colors[i + 2]! - c[2]!) < 1e-6)
          return true;
      return false;
    };
    // Morocco: red field with a green star; police: blue field, no red.
    const m = flag('morocco').parts,
      p = flag('police').parts;
    expect(has(m, C.moroccoRed)).toBe(true);
    expect(has(m, C.moroccoGreen)).toBe(true);
    expect(has(p, C.policeBlue)).toBe(true);
    expect(has(p, C.moroccoRed)).toBe(false);
  });

  it('builds a ~5 m lamp with a lit head', () => {
    const l = lamp();
    checkBuilt(l);
    expect(triangleCount(l.parts)).toBeLessThanOrEqual(70);
    expect(materials(l.parts)).toContain('screen');
    expect(bounds(l.parts).max[1]).toBeGreaterThan(4.5);
    expect(bounds(l.parts).max[1]).toBeLessThan(6);
  });
});

// --- Ground and entrance --------------------------------------------------------------------------

describe('ground', () => {
  const g = ground(SITE);

  it('is well formed and under budget', () => {
    checkBuilt(g);
    expect(triangleCount(g.parts)).toBeLessThan(9000);
  });

  it('covers the boundary, flat at y = 0 up to the paths, kerbs and beds', () => {
    const b = bounds(g.parts);
    expect(b.min[0]).toBeGreaterThanOrEqual(-145 - 0.01);
    expect(b.max[0]).toBeLessThanOrEqual(145 + 0.01);
    expect(b.min[2]).toBeGreaterThanOrEqual(-100 - 0.01);
    expect(b.max[2]).toBeLessThanOrEqual(100 + 0.01);
    expect(b.min[1]).toBeGreaterThanOrEqual(-0.01);
    expect(b.max[1]).toBeLessThan(2.5);
  });

  it('encloses the site: every point just outside the boundary is cut off by the fence collision', () => {
    const B = SITE.boundary;
    for (let i = 0; i < B.length; i++) {
      const a = B[i]!,
        c = B[(i + 1) % B.length]!;
      const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
      const ux = (c[0] - a[0]) / len,
        uz = (c[1] - a[1]) / len;
      // This boundary is counter-clockwise (positive shoelace in x, z): the inside is at (−uz, ux).
      const inx = -uz,
        inz = ux;
      const samples = [len / 2];
      for (let u = 0.25; u < len; u += 0.5) samples.push(u);
      for (const u of samples) {
        const p: P2 = [a[0] + ux * u, a[1] + uz * u];
        const outside: P2 = [p[0] - inx * 0.5, p[1] - inz * 0.5];
        const inside: P2 = [p[0] + inx * 1.0, p[1] + inz * 1.0];
        expect(hits(g.collision, probe(outside, inside, 0.01), 1).length, `edge ${i} at ${u.toFixed(2)} m`).toBeGreaterThan(0);
      }
    }
  });

  it('leaves a visual gap in the fence at the entrance', () => {
    // No fence geometry above 1 m within the gap (the gate's pylons fill it).
    const m = g.parts.matte!;
    let inGap = 0;
    for (let i = 0; i < m.positions.length; i += 3) {
      const x = m.positions[i]!,
        y = m.positions[i + 1]!,
        z = m.positions[i + 2]!;
      if (Math.abs(x) < GATE_SPAN / 2 - 0.5 && z > 99 && y > 1) inGap++;
    }
    expect(inGap).toBe(0);
  });
});

describe('ground on another site', () => {
  // A concave (L-shaped) boundary given clockwise, the entrance on its west side, turned.
  const boundary: [number, number][] = [
    [-50, -50],
    [-50, 50],
    [0, 50],
    [0, 0],
    [50, 0],
    [50, -50],
  ];
  const site: Site = {
    boundary,
    zones: [
      zone({ id: 'gate', kind: 'entrance', covered: false, position: [-38, 20], rotation: -90, width: 40, depth: 24 }),
      zone({
        id: 'tent',
        kind: 'pavilion',
        covered: true,
        position: [20, -25],
        rotation: 0,
        width: 40,
        depth: 30,
        openings: [{ side: 'front', offset: 0, width: 6 }],
      }),
    ],
    paths: [
      {
        id: 'walk',
        width: 4,
        points: [
          [-26, 20],
          [-20, -10],
          [20, -10],
        ],
      },
    ],
    landscape: { palms: [[-10, 30]], flags: [], lamps: [] },
  };
  const g = ground(site);
  const distanceToBoundary = (p: P2): number => {
    let best = Infinity;
    for (let i = 0; i < boundary.length; i++) {
      const a = boundary[i]!,
        b = boundary[(i + 1) % boundary.length]!;
      const dx = b[0] - a[0],
        dz = b[1] - a[1];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / (dx * dx + dz * dz)));
      best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dz));
    }
    return best;
  };
  const inside = (p: P2): boolean => {
    let r = false;
    for (let i = 0, j = boundary.length - 1; i < boundary.length; j = i++) {
      const a = boundary[i]!,
        b = boundary[j]!;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) r = !r;
    }
    return r;
  };

  it('is well formed and stays inside the boundary', () => {
    checkBuilt(g);
    const m = g.parts.matte!;
    for (let i = 0; i < m.positions.length; i += 3) {
      const p: P2 = [m.positions[i]!, m.positions[i + 2]!];
      // Inside, or on the boundary within a few centimetres.
      if (!inside(p)) expect(distanceToBoundary(p), `vertex at ${p}`).toBeLessThan(0.05);
    }
  });

  it('encloses it, the entrance gap included', () => {
    for (let i = 0; i < boundary.length; i++) {
      const a = boundary[i]!,
        c = boundary[(i + 1) % boundary.length]!;
      const len = Math.hypot(c[0] - a[0], c[1] - a[1]);
      const ux = (c[0] - a[0]) / len,
        uz = (c[1] - a[1]) / len;
      for (let u = 0.25; u < len; u += 0.5) {
        const p: P2 = [a[0] + ux * u, a[1] + uz * u];
        let n: P2 = [-uz, ux];
        if (!inside([p[0] + n[0] * 0.5, p[1] + n[1] * 0.5])) n = [uz, -ux];
        const out: P2 = [p[0] - n[0] * 0.5, p[1] - n[1] * 0.5];
        const inn: P2 = [p[0] + n[0] * 1.0, p[1] + n[1] * 1.0];
        expect(hits(g.collision, probe(out, inn, 0.01), 1).length, `edge ${i} at ${u}`).toBeGreaterThan(0);
      }
    }
  });

  it('opens the fence where the gate stands', () => {
    const m = g.parts.matte!;
    let inGap = 0;
    for (let i = 0; i < m.positions.length; i += 3) {
      const x = m.positions[i]!,
        y = m.positions[i + 1]!,
        z = m.positions[i + 2]!;
      if (x < -49 && Math.abs(z - 20) < GATE_SPAN / 2 - 0.5 && y > 1) inGap++;
    }
    expect(inGap).toBe(0);
  });
});

describe('entrance gate', () => {
  const z = ZONES.find((q) => q.kind === 'entrance')!;
  const b = entranceGate(z);

  it('is well formed, under budget and within the zone', () => {
    checkBuilt(b);
    expect(triangleCount(b.parts)).toBeLessThan(1500);
    const bb = bounds(b.parts);
    expect(bb.min[0]).toBeGreaterThanOrEqual(-z.width / 2 - 0.5);
    expect(bb.max[0]).toBeLessThanOrEqual(z.width / 2 + 0.5);
    expect(bb.min[2]).toBeGreaterThanOrEqual(-z.depth / 2 - 0.5);
    expect(bb.max[2]).toBeLessThanOrEqual(z.depth / 2 + 0.5);
    expect(bb.max[1]).toBeGreaterThan(9);
  });

  it('has solid pylons and open lanes between them', () => {
    expect(hits(b.collision, probe([-GATE_SPAN / 2 + 0.5, 0], [-GATE_SPAN / 2 + 0.5, 12], 0.5), 1).length).toBeGreaterThan(0);
    expect(hits(b.collision, probe([GATE_SPAN / 2 - 0.5, 0], [GATE_SPAN / 2 - 0.5, 12], 0.5), 1).length).toBeGreaterThan(0);
    for (const x of [-5.25, -1.75, 1.75, 5.25])
      expect(hits(b.collision, probe([x, -z.depth / 2], [x, z.depth / 2], 0.8), 1)).toEqual([]);
  });

  it('carries flat white banner panels of 12 × 2 m on both faces of the beam', () => {
    // Find quads facing +z and −z above 7 m that span 12 m.
    const m = b.parts.matte!;
    const spans = { front: false, back: false };
    for (let t = 0; t < m.indices.length; t += 3) {
      const ids = [m.indices[t]!, m.indices[t + 1]!, m.indices[t + 2]!];
      const nz = m.normals[ids[0]! * 3 + 2]!;
      const ys = ids.map((i) => m.positions[i * 3 + 1]!);
      const xs = ids.map((i) => m.positions[i * 3]!);
      if (Math.min(...ys) > 7 && Math.max(...xs) - Math.min(...xs) > 11.9 && Math.max(...xs) - Math.min(...xs) < 12.1) {
        if (nz > 0.99) spans.front = true;
        if (nz < -0.99) spans.back = true;
      }
    }
    expect(spans).toEqual({ front: true, back: true });
  });
});

describe('whole site', () => {
  it('stays under 60,000 triangles with the landscape', () => {
    let total = triangleCount(ground(SITE).parts);
    for (const z of SITE.zones) {
      if (z.covered) {
        const h = hall(z);
        total += triangleCount(h.shell.parts) + triangleCount(h.roof.parts);
      } else if (z.kind === 'demonstration') total += triangleCount(arena(z).parts);
      else if (z.kind === 'entrance') total += triangleCount(entranceGate(z).parts);
    }
    total += SITE.landscape.palms.length * triangleCount(palm(0).parts);
    total += SITE.landscape.lamps.length * triangleCount(lamp().parts);
    for (const f of SITE.landscape.flags) total += triangleCount(flag(f.flag).parts);
    expect(total).toBeLessThan(60000);
  });
});
