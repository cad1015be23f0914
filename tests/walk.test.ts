/** Walking core: boxes read back from the collision mesh, circle-vs-box sliding, and grid paths. */
import { describe, expect, it } from 'vitest';
import { obstaclesFromMesh, type Obstacle } from '../src/walk/obstacles.ts';
import { CollisionWorld } from '../src/walk/collide.ts';
import { NavGrid } from '../src/walk/navgrid.ts';

// --- Helpers, written independently of the code under test ----------------------------------------

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function box(cx: number, cz: number, hx: number, hz: number, rot = 0, minY = 0, maxY = 2.5): Obstacle {
  return { cx, cz, hx, hz, rot, minY, maxY };
}

/** Plan corners of a box, three.js rotation.y: local (x, z) → (cx + c·x + s·z, cz − s·x + c·z). */
function corners(o: Obstacle): [number, number][] {
  const c = Math.cos(o.rot);
  const s = Math.sin(o.rot);
  return [
    [-o.hx, -o.hz],
    [o.hx, -o.hz],
    [o.hx, o.hz],
    [-o.hx, o.hz],
  ].map(([x, z]) => [o.cx + c * x! + s * z!, o.cz - s * x! + c * z!]);
}

function pointSegment(px: number, pz: number, [ax, az]: [number, number], [bx, bz]: [number, number]): number {
  const ex = bx - ax;
  const ez = bz - az;
  const l2 = ex * ex + ez * ez;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * ex + (pz - az) * ez) / l2));
  return Math.hypot(px - ax - t * ex, pz - az - t * ez);
}

function insidePolygon(x: number, z: number, poly: [number, number][]): boolean {
  let inside = false;
  for (let k = 0, j = poly.length - 1; k < poly.length; j = k++) {
    const [xi, zi] = poly[k]!;
    const [xj, zj] = poly[j]!;
    if (zi > z !== zj > z && x < xi + ((z - zi) * (xj - xi)) / (zj - zi)) inside = !inside;
  }
  return inside;
}

/** Distance from a point to a box's footprint, 0 inside, from its corners. */
function boxDistance(o: Obstacle, x: number, z: number): number {
  const poly = corners(o);
  if (insidePolygon(x, z, poly)) return 0;
  return Math.min(...poly.map((p, k) => pointSegment(x, z, p, poly[(k + 1) % 4]!)));
}

/** How far a point is inside a polygon (negative outside). */
function clearance(x: number, z: number, poly: [number, number][]): number {
  const d = Math.min(...poly.map((p, k) => pointSegment(x, z, p, poly[(k + 1) % poly.length]!)));
  return insidePolygon(x, z, poly) ? d : -d;
}

/** Faces of the pipeline's collision boxes (tools/models/gltf.ts). */
const FACES = [0, 1, 2, 0, 2, 3, 4, 6, 5, 4, 7, 6, 0, 4, 5, 0, 5, 1, 1, 5, 6, 1, 6, 2, 2, 6, 7, 2, 7, 3, 3, 7, 4, 3, 4, 0];

/** A collision mesh as the app receives it: vertices shuffled, triangles shuffled, positions off by up to ±noise. */
function boxMesh(boxes: Obstacle[], rnd: () => number, noise = 0.01): { positions: Float32Array; indices: Uint32Array } {
  const verts: number[][] = [];
  const tris: number[][] = [];
  for (const b of boxes) {
    const base = verts.length;
    const c = Math.cos(b.rot);
    const s = Math.sin(b.rot);
    for (const y of [b.minY, b.maxY])
      for (const [x, z] of [
        [-b.hx, -b.hz],
        [b.hx, -b.hz],
        [b.hx, b.hz],
        [-b.hx, b.hz],
      ] as const)
        verts.push([b.cx + c * x + s * z, y, b.cz - s * x + c * z]);
    for (let f = 0; f < FACES.length; f += 3) tris.push([base + FACES[f]!, base + FACES[f + 1]!, base + FACES[f + 2]!]);
  }
  const shuffle = <T>(a: T[]) => {
    for (let k = a.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [a[k], a[j]] = [a[j]!, a[k]!];
    }
    return a;
  };
  const order = shuffle(verts.map((_, k) => k)); // order[new] = old
  const newIndex = new Uint32Array(verts.length);
  order.forEach((old, k) => (newIndex[old] = k));
  const positions = new Float32Array(verts.length * 3);
  order.forEach((old, k) => {
    for (let a = 0; a < 3; a++) positions[k * 3 + a] = verts[old]![a]! + (rnd() * 2 - 1) * noise;
  });
  const indices = new Uint32Array(shuffle(tris).flatMap((t) => t.map((v) => newIndex[v]!)));
  return { positions, indices };
}

/** Whether two boxes have the same footprint (corner for corner, whatever the corner order) and height. */
function sameBox(a: Obstacle, b: Obstacle, tolerance: number): boolean {
  const cb = corners(b);
  return (
    corners(a).every(([x, z]) => cb.some(([u, v]) => Math.hypot(x - u, z - v) <= tolerance)) &&
    Math.abs(a.minY - b.minY) <= tolerance &&
    Math.abs(a.maxY - b.maxY) <= tolerance
  );
}

// --- A small synthetic site ---------------------------------------------------------------------------

const R = 0.3; // the walker's radius
const BOUNDARY: [number, number][] = [
  [0, 0],
  [40, 0],
  [40, 30],
  [0, 30],
];
const WALL_SOUTH = box(20, 7, 0.05, 7); // x = 20, z 0–14
const WALL_NORTH = box(20, 23, 0.05, 7); // x = 20, z 16–30: a 2 m door at z 14–16
const ROTATED = box(8, 8, 2, 0.5, Math.PI / 6);
const BOOTH = [box(30, 24, 2, 0.05), box(28, 22, 0.05, 2), box(32, 22, 0.05, 2)]; // a U open toward −z
const ROOM = [box(35, 4, 2.1, 0.1), box(35, 10, 2.1, 0.1), box(33, 7, 0.1, 3.1), box(37, 7, 0.1, 3.1)]; // closed
const KERB = box(10, 22, 1, 1, 0, 0, 0.2); // walked over
const AWNING = box(14, 22, 1, 1, 0, 2.4, 2.6); // walked under
const OBSTACLES = [WALL_SOUTH, WALL_NORTH, ROTATED, ...BOOTH, ...ROOM, KERB, AWNING];
const SOLID = OBSTACLES.filter((o) => o !== KERB && o !== AWNING);
const insideRoom = (x: number, z: number) => x > 33.1 && x < 36.9 && z > 4.1 && z < 9.9;

function site(): CollisionWorld {
  return new CollisionWorld(OBSTACLES, BOUNDARY);
}

/** Fails with a readable message when a circle overlaps a solid or leaves the boundary. */
function expectClear(p: { x: number; z: number }, r: number, solids: Obstacle[], boundary: [number, number][]) {
  expect(Number.isFinite(p.x) && Number.isFinite(p.z)).toBe(true);
  for (const o of solids) expect(boxDistance(o, p.x, p.z), `overlap at ${p.x}, ${p.z}`).toBeGreaterThanOrEqual(r - 1e-4);
  expect(clearance(p.x, p.z, boundary), `outside at ${p.x}, ${p.z}`).toBeGreaterThanOrEqual(r - 1e-4);
}

// --- obstaclesFromMesh ----------------------------------------------------------------------------------

describe('obstaclesFromMesh', () => {
  const BOXES = [
    box(0, 0, 1, 0.5),
    box(10, 3, 2, 0.5, Math.PI / 6),
    box(-4, 7, 1.5, 0.3, Math.PI / 3),
    box(5, -6, 0.8, 1.2, -2, 0.5, 1.1),
    box(-10, -10, 1, 1, Math.PI / 4),
    box(20, 20, 10, 0.05, 0.3, 0, 2), // a long thin wall
    box(-20, 15, 0.15, 0.15, 1, 0, 0.9), // a small post
  ];

  it('recovers shuffled, noisy boxes', () => {
    const { positions, indices } = boxMesh(BOXES, random(1));
    const found = obstaclesFromMesh(positions, indices);
    expect(found).toHaveLength(BOXES.length);
    for (const b of BOXES) {
      const match = found.filter((o) => sameBox(o, b, 0.03));
      expect(match, `box at ${b.cx}, ${b.cz}`).toHaveLength(1);
    }
    for (const o of found) expect(o.rot >= -Math.PI / 4 && o.rot < Math.PI / 4).toBe(true);
  });

  it('recovers exact boxes exactly, and reads 16-bit indices', () => {
    const { positions, indices } = boxMesh(BOXES, random(2), 0);
    const found = obstaclesFromMesh(positions, Uint16Array.from(indices));
    expect(found).toHaveLength(BOXES.length);
    for (const b of BOXES) expect(found.some((o) => sameBox(o, b, 1e-4))).toBe(true);
  });

  it('ignores degenerate components and unused vertices, and is deterministic', () => {
    const { positions, indices } = boxMesh(BOXES, random(3));
    const flat = boxMesh([box(50, 50, 1, 1, 0, 1, 1)], random(3), 0);
    const n = positions.length / 3;
    // + a flat box, a lone triangle, an unused vertex and a triangle with an index out of range.
    const extra = Float32Array.from([...positions, ...flat.positions, 0, 0, 0, 1, 0, 0, 0, 1, 0, 9, 9, 9]);
    const triangles = Uint32Array.from([...indices, ...flat.indices.map((i) => i + n), n + 8, n + 9, n + 10, 0, 1, 1e6]);
    const found = obstaclesFromMesh(extra, triangles);
    expect(found).toHaveLength(BOXES.length);
    expect(obstaclesFromMesh(extra, triangles)).toEqual(found);
    expect(obstaclesFromMesh(new Float32Array(0), new Uint32Array(0))).toEqual([]);
  });

  it('gives a world that blocks like the original boxes', () => {
    const { positions, indices } = boxMesh(OBSTACLES, random(4));
    const world = new CollisionWorld(obstaclesFromMesh(positions, indices), BOUNDARY);
    const p = { x: 18, z: 5 };
    world.move(p, 5, 0, R);
    expect(p.x).toBeCloseTo(20 - 0.05 - R, 1);
    expect(world.isFree(8, 8, R)).toBe(false);
    expect(world.isFree(10, 22, R)).toBe(true); // the kerb
  });
});

// --- CollisionWorld -------------------------------------------------------------------------------------

describe('CollisionWorld.move', () => {
  it('slides along a wall met diagonally: tangential motion kept, normal motion stopped', () => {
    const world = site();
    const p = { x: 17, z: 5 };
    for (let k = 0; k < 60; k++) {
      const z = p.z;
      world.move(p, 0.05, 0.05, R);
      expect(p.z - z).toBeCloseTo(0.05, 6);
    }
    expect(p.x).toBeCloseTo(20 - 0.05 - R, 3);
    expect(p.z).toBeCloseTo(8, 6);
  });

  it('slides around the corner of a rotated box', () => {
    const world = site();
    const p = { x: 2, z: 8 };
    for (let k = 0; k < 200; k++) world.move(p, 0.1, 0, R);
    expectClear(p, R, SOLID, BOUNDARY);
    expect(p.x).toBeGreaterThan(15); // went past it rather than sticking
  });

  it('walks over low boxes and under high ones', () => {
    const world = site();
    const p = { x: 7, z: 22 };
    world.move(p, 10, 0, R);
    expect(p.x).toBeCloseTo(17, 9);
    expect(p.z).toBe(22);
  });

  it('never passes a thin wall, even at 10 m/s with 0.1 s frames or in one huge step', () => {
    const world = new CollisionWorld([box(20, 15, 0.05, 15)], BOUNDARY); // no door this time
    for (let angle = -80; angle <= 80; angle += 10) {
      const a = (angle * Math.PI) / 180;
      const p = { x: 18, z: 6 };
      for (let frame = 0; frame < 60; frame++) {
        world.move(p, Math.cos(a) * 1, Math.sin(a) * 1, R);
        expect(p.x).toBeLessThan(20 - 0.05 - R + 1e-3);
      }
      const q = { x: 18, z: 6 };
      world.move(q, Math.cos(a) * 300, Math.sin(a) * 300, R);
      expect(q.x).toBeLessThan(20 - 0.05 - R + 1e-3);
    }
  });

  it('never passes a paper-thin wall or a wall when the walker is small', () => {
    const world = new CollisionWorld([box(5, 0, 0.001, 10)], []);
    for (const r of [0.3, 0.05, 0.001]) {
      const p = { x: 0, z: 0.3 };
      for (let frame = 0; frame < 30; frame++) world.move(p, 1, 0.01, r);
      expect(p.x).toBeLessThan(5);
    }
  });

  it('does not squeeze through a gap narrower than the walker, nor into a narrow wedge', () => {
    const gap = [box(20, 5, 0.5, 5), box(20, 15.4, 0.5, 5)]; // 0.4 m apart at z 10–10.4
    const wedge = [box(10, 20 + 3 * Math.sin(0.3), 3, 0.05, -0.3), box(10, 20 - 3 * Math.sin(0.3), 3, 0.05, 0.3)];
    const world = new CollisionWorld([...gap, ...wedge], BOUNDARY);
    const p = { x: 17, z: 10.2 };
    for (let k = 0; k < 50; k++) world.move(p, 1, 0.02 * Math.sin(k), R);
    expect(p.x).toBeLessThan(19.5 - Math.sqrt(R * R - 0.2 * 0.2) + 1e-3); // resting on both corners
    expectClear(p, R, [...gap, ...wedge], BOUNDARY);
    const q = { x: 15, z: 20 }; // the V opens toward +x, its tip at x ≈ 7.13
    for (let k = 0; k < 50; k++) world.move(q, -1, 0.01, R);
    expect(q.x).toBeGreaterThan(7.13 + R / Math.sin(0.3)); // stuck between both sides, short of the tip
    expectClear(q, R, [...gap, ...wedge], BOUNDARY);
  });

  it('stops at the boundary, with or without a fence', () => {
    const fenced = new CollisionWorld([box(-0.05, 15, 0.05, 15)], BOUNDARY);
    for (const world of [site(), new CollisionWorld([], BOUNDARY), fenced]) {
      const p = { x: 2, z: 15 };
      world.move(p, -10, 0, R);
      expect(p.x).toBeCloseTo(R, 3);
      expect(p.z).toBeCloseTo(15, 6);
      const q = { x: 2, z: 2 };
      world.move(q, -50, -50, R);
      expect(q.x).toBeCloseTo(R, 3);
      expect(q.z).toBeCloseTo(R, 3);
    }
  });

  it('keeps a walker inside a non-convex boundary', () => {
    const L: [number, number][] = [
      [0, 0],
      [20, 0],
      [20, 8],
      [8, 8],
      [8, 20],
      [0, 20],
    ];
    const world = new CollisionWorld([], L);
    const rnd = random(5);
    const p = { x: 4, z: 4 };
    for (let k = 0; k < 300; k++) {
      const a = rnd() * 2 * Math.PI;
      const d = rnd() < 0.8 ? rnd() * 2 : rnd() * 100;
      world.move(p, Math.cos(a) * d, Math.sin(a) * d, R);
      expectClear(p, R, [], L);
    }
  });

  it('never ends inside an obstacle nor tunnels, over 1,000 random moves including huge steps', () => {
    const world = site();
    const rnd = random(6);
    const p = { x: 5, z: 25 };
    for (let k = 0; k < 1000; k++) {
      const a = rnd() * 2 * Math.PI;
      const roll = rnd();
      const d = roll < 0.8 ? rnd() * 1.2 : roll < 0.95 ? 1 + rnd() * 20 : 50 + rnd() * 450;
      world.move(p, Math.cos(a) * d, Math.sin(a) * d, R);
      expectClear(p, R, SOLID, BOUNDARY);
      expect(insideRoom(p.x, p.z)).toBe(false);
    }
  });

  it('ignores non-finite moves', () => {
    const world = site();
    const p = { x: 5, z: 5 };
    world.move(p, NaN, 1, R);
    world.move(p, Infinity, 0, R);
    expect(p).toEqual({ x: 5, z: 5 });
  });
});

describe('CollisionWorld.resolve, isFree, segmentFree', () => {
  it('pushes a circle out of a box by the shortest way', () => {
    const world = site();
    const p = { x: 8, z: 8 };
    world.resolve(p, R);
    expect(world.isFree(p.x, p.z, R)).toBe(true);
    expect(Math.hypot(p.x - 8, p.z - 8)).toBeCloseTo(0.5 + R, 2); // out through a long side
  });

  it('frees circles in walls, in a booth corner, and outside the boundary', () => {
    const world = site();
    for (const [x, z] of [
      [20, 5],
      [20.04, 15.9],
      [28, 24],
      [30.1, 23.9],
      [-5, 15],
      [45, 35],
      [35, 4],
    ] as const) {
      const p = { x, z };
      world.resolve(p, R);
      expectClear(p, R, SOLID, BOUNDARY);
      expect(Math.hypot(p.x - x, p.z - z)).toBeLessThan(Math.hypot(5, 5) + 1);
    }
  });

  it('moves out of an overlap before walking', () => {
    const world = site();
    const p = { x: 19.9, z: 5 };
    world.move(p, 0, 0.1, R);
    expectClear(p, R, SOLID, BOUNDARY);
  });

  it('answers isFree and segmentFree', () => {
    const world = site();
    expect(world.isFree(10, 4, R)).toBe(true);
    expect(world.isFree(19.7, 4, R)).toBe(false);
    expect(world.isFree(10, 22, R)).toBe(true); // kerb
    expect(world.isFree(-1, 4, R)).toBe(false);
    expect(world.isFree(0.2, 4, R)).toBe(false);
    expect(world.segmentFree(15, 5, 25, 5, R)).toBe(false); // through the wall
    expect(world.segmentFree(15, 15, 25, 15, R)).toBe(true); // through the door
    expect(world.segmentFree(15, 15, 25, 13.5, R)).toBe(false); // clips the door's jamb
    expect(world.segmentFree(19.5, 1, 19.5, 13, R)).toBe(true); // along the wall
    expect(world.segmentFree(10, 4, -5, 4, R)).toBe(false); // out of the site
    expect(world.segmentFree(5, 5, 5, 5, R)).toBe(true);
  });
});

// --- NavGrid --------------------------------------------------------------------------------------------

describe('NavGrid', () => {
  const world = site();
  const nav = new NavGrid(world, { minX: 0, minZ: 0, maxX: 40, maxZ: 30 });

  function expectWalkable(path: [number, number][]) {
    for (let k = 0; k + 1 < path.length; k++) {
      const [a, b] = [path[k]!, path[k + 1]!];
      expect(world.segmentFree(a[0], a[1], b[0], b[1], R), `leg ${k}: ${a} → ${b}`).toBe(true);
    }
  }

  it('goes around a wall through its door, in a few free legs', () => {
    const path = nav.findPath([10, 4], [30, 4])!;
    expect(path).not.toBeNull();
    expect(path[0]).toEqual([10, 4]);
    expect(path[path.length - 1]).toEqual([30, 4]);
    expect(path.length).toBeLessThanOrEqual(6);
    expectWalkable(path);
    const crossing = path.findIndex((p, k) => k > 0 && path[k - 1]![0] < 20 && p[0] >= 20);
    const [a, b] = [path[crossing - 1]!, path[crossing]!];
    const zAtWall = a[1] + ((20 - a[0]) * (b[1] - a[1])) / (b[0] - a[0]);
    expect(zAtWall).toBeGreaterThan(14 + R);
    expect(zAtWall).toBeLessThan(16 - R);
  });

  it('gets out of a U-shaped booth and around it', () => {
    const path = nav.findPath([30, 22], [30, 27])!;
    expect(path[0]).toEqual([30, 22]);
    expect(path[path.length - 1]).toEqual([30, 27]);
    expectWalkable(path);
    expect(path.some(([, z]) => z < 20)).toBe(true); // out through the opening
  });

  it('goes straight when nothing is in the way', () => {
    expect(nav.findPath([2, 20], [12, 28])).toEqual([
      [2, 20],
      [12, 28],
    ]);
  });

  it('ends at the nearest free cell when the target is inside a solid', () => {
    const path = nav.findPath([2, 2], [8, 8])!;
    const end = path[path.length - 1]!;
    expect(nav.isWalkable(end[0], end[1])).toBe(true);
    expect(world.isFree(end[0], end[1], nav.radius)).toBe(true);
    expect(boxDistance(ROTATED, end[0], end[1])).toBeLessThan(nav.radius + nav.cell);
    expectWalkable(path);
  });

  it('starts at the nearest free cell when the walker stands in a blocked cell', () => {
    const path = nav.findPath([19.6, 5], [10, 4])!;
    expect(nav.isWalkable(19.6, 5)).toBe(false);
    expect(Math.hypot(path[0]![0] - 19.6, path[0]![1] - 5)).toBeLessThan(nav.cell);
    expect(path[path.length - 1]).toEqual([10, 4]);
    expectWalkable(path);
  });

  it('returns null for a target in a closed room, and paths within it', () => {
    expect(nav.findPath([10, 4], [35, 7])).toBeNull();
    expect(nav.findPath([35, 7], [10, 4])).toBeNull();
    const inside = nav.findPath([34, 5], [36, 9])!;
    expect(inside).toEqual([
      [34, 5],
      [36, 9],
    ]);
  });

  it('knows walkable cells', () => {
    expect(nav.isWalkable(10, 4)).toBe(true);
    expect(nav.isWalkable(20, 5)).toBe(false);
    expect(nav.isWalkable(8, 8)).toBe(false);
    expect(nav.isWalkable(10, 22)).toBe(true); // kerb
    expect(nav.isWalkable(0.1, 15)).toBe(false);
    expect(nav.isWalkable(-1, 15)).toBe(false);
  });

  it('is deterministic', () => {
    const queries: [[number, number], [number, number]][] = [
      [
        [10, 4],
        [30, 4],
      ],
      [
        [2, 28],
        [38, 2],
      ],
      [
        [30, 22],
        [5, 5],
      ],
    ];
    const again = new NavGrid(site(), { minX: 0, minZ: 0, maxX: 40, maxZ: 30 });
    for (const [from, to] of queries) {
      const path = nav.findPath(from, to);
      expect(path).not.toBeNull();
      expect(nav.findPath(from, to)).toEqual(path);
      expect(again.findPath(from, to)).toEqual(path);
    }
  });
});

// --- A realistic site -----------------------------------------------------------------------------------

/** 290 × 200 m: perimeter fence, four walled tents of booths with doors, outdoor booths, posts, props, bleachers. */
function realisticSite(rnd: () => number): { boxes: Obstacle[]; boundary: [number, number][] } {
  const boundary: [number, number][] = [
    [0, 0],
    [290, 0],
    [290, 200],
    [60, 200],
    [60, 185],
    [0, 185],
  ];
  const boxes: Obstacle[] = [];
  boundary.forEach(([ax, az], k) => {
    const [bx, bz] = boundary[(k + 1) % boundary.length]!;
    const length = Math.hypot(bx - ax, bz - az);
    boxes.push(box((ax + bx) / 2, (az + bz) / 2, length / 2, 0.05, -Math.atan2(bz - az, bx - ax), 0, 2));
  });
  const booth = (x: number, z: number, rot: number) => {
    const c = Math.cos(rot);
    const s = Math.sin(rot);
    const at = (lx: number, lz: number, hx: number, hz: number) =>
      boxes.push(box(x + c * lx + s * lz, z - s * lx + c * lz, hx, hz, rot));
    at(0, 1.45, 1.5, 0.05);
    at(-1.45, 0, 0.05, 1.5);
    at(1.45, 0, 0.05, 1.5);
    at(0, -0.8, 1, 0.3); // counter
  };
  // Tents: 0.1 m walls with a 3 m door in the middle of each long side, booths in rows inside.
  for (const [tx, tz] of [
    [40, 40],
    [110, 40],
    [180, 40],
    [110, 120],
  ] as const) {
    const [w, d] = [50, 30];
    for (const side of [-1, 1]) {
      boxes.push(box(tx - w / 4 - 0.75, tz + (side * d) / 2, w / 4 - 0.75, 0.05));
      boxes.push(box(tx + w / 4 + 0.75, tz + (side * d) / 2, w / 4 - 0.75, 0.05));
      boxes.push(box(tx + (side * w) / 2, tz, 0.05, d / 2));
    }
    for (let row = 0; row < 4; row++)
      for (let k = 0; k < 10; k++) booth(tx - 20 + k * 4.5, tz - 10 + row * 6.5, row % 2 ? 0 : Math.PI);
    for (let k = 0; k < 30; k++) boxes.push(box(tx - 24 + rnd() * 48, tz + (rnd() < 0.5 ? -14 : 14), 0.1, 0.1));
  }
  // Outdoor booths along an avenue, turned a little.
  for (let k = 0; k < 60; k++) booth(20 + (k % 30) * 8.5, k < 30 ? 90 : 160, (k % 7) * 0.1 - 0.3);
  // Posts, props (benches, bins, planters) and bleachers.
  while (boxes.length < 1400) {
    const x = 5 + rnd() * 280;
    const z = 5 + rnd() * 175;
    boxes.push(box(x, z, 0.2 + rnd() * 1.2, 0.2 + rnd() * 0.5, rnd() * Math.PI, 0, 0.4 + rnd()));
  }
  for (let k = 0; k < 100; k++) boxes.push(box(5 + rnd() * 280, 5 + rnd() * 175, 0.5, 0.5, 0, 0, 0.1)); // floor plates
  for (let k = 0; k < 4; k++) boxes.push(box(240, 110 + k * 18, 12, 4, 0, 0, 3));
  return { boxes, boundary };
}

describe('a realistic 290 × 200 m site', () => {
  it('builds from the mesh, finds walkable paths (timings logged for information)', () => {
    const { boxes, boundary } = realisticSite(random(7));
    const { positions, indices } = boxMesh(boxes, random(8));
    let t = performance.now();
    const obstacles = obstaclesFromMesh(positions, indices);
    const tMesh = performance.now() - t;
    expect(obstacles).toHaveLength(boxes.length);
    t = performance.now();
    const world = new CollisionWorld(obstacles, boundary);
    const tWorld = performance.now() - t;
    t = performance.now();
    const nav = new NavGrid(world, { minX: 0, minZ: 0, maxX: 290, maxZ: 200 });
    const tNav = performance.now() - t;

    const queries: [[number, number], [number, number]][] = [
      [
        [3, 3],
        [287, 197],
      ],
      [
        [40, 38],
        [180, 42],
      ], // tent to tent, booth rows
      [
        [285, 5],
        [30, 180],
      ],
      [
        [110, 118],
        [3, 100],
      ],
    ];
    const times: number[] = [];
    for (const [from, to] of queries) {
      t = performance.now();
      const path = nav.findPath(from, to);
      times.push(performance.now() - t);
      expect(path, `${from} → ${to}`).not.toBeNull();
      for (let k = 0; k + 1 < path!.length; k++) {
        const [a, b] = [path![k]!, path![k + 1]!];
        // The exact end points may stand closer to a solid than the grid's clearance: check those legs at the walker's radius.
        const r = k === 0 || k + 2 === path!.length ? R - 0.05 : nav.radius - 1e-3;
        expect(world.segmentFree(a[0], a[1], b[0], b[1], r), `${from} → ${to}, leg ${k}`).toBe(true);
      }
    }
    t = performance.now();
    for (const [from, to] of queries) nav.findPath(from, to);
    const warm = performance.now() - t;

    // A frame's worth of moves.
    const p = { x: 3, z: 3 };
    t = performance.now();
    for (let k = 0; k < 1000; k++) world.move(p, 0.7, 0.45, R);
    const tMoves = performance.now() - t;
    console.log(
      `walk site: ${obstacles.length} obstacles; mesh ${tMesh.toFixed(1)} ms, world ${tWorld.toFixed(1)} ms, ` +
        `navgrid ${tNav.toFixed(1)} ms; findPath first ${times.map((x) => x.toFixed(1)).join(' / ')} ms, ` +
        `again ${(warm / queries.length).toFixed(1)} ms avg; 1000 moves of 0.84 m ${tMoves.toFixed(1)} ms`,
    );
  });
});
