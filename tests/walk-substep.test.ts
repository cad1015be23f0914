/**
 * Walking keeps its pace on a slow device: frames of 0.25 s (4 frames per second) walk as far, turn
 * as much and follow a route as closely as frames of 1/60 s, a longer frame is clamped, and long
 * frames never carry the walker through a wall, on hand-made walls and on the default edition's
 * collision model (public/models/<edition>/collision.glb).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CollisionWorld, obstacleDistance } from '../src/walk/collide.ts';
import { NavGrid } from '../src/walk/navgrid.ts';
import type { Obstacle } from '../src/walk/obstacles.ts';
import { MAX_DELTA, RUN_SPEED, WALK_SPEED } from '../src/walk/pace.ts';
import { walkStep, type WalkInput, type WalkRig, type WalkRoute } from '../src/walk/step.ts';
import { WALKER_RADIUS } from '../src/walk/walkWorld.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';
import { loadObstacles } from './browser/collision.ts';

const EDITION = 'jpo-2024-agadir';
const R = WALKER_RADIUS;
const SMOOTH = 1 / 60;
const SLOW = 0.25;
/** How far apart the same walk may end at 60 and at 4 frames per second, metres. */
const CLOSE = 0.03;

// --- Helpers ---------------------------------------------------------------------------------------

const box = (cx: number, cz: number, hx: number, hz: number, rot = 0): Obstacle => ({
  cx,
  cz,
  hx,
  hz,
  rot,
  minY: 0,
  maxY: 2.5,
});

function keys(over: Partial<WalkInput> = {}): WalkInput {
  return { keyForward: 0, keyStrafe: 0, keyTurn: 0, stickForward: 0, stickStrafe: 0, run: false, ...over };
}

function rigAt(x: number, z: number, yaw = 0): WalkRig {
  return { position: { x, y: 0, z }, yaw };
}

function routeOf(points: Array<[number, number]>): WalkRoute {
  // As startRoute does: the first point is where the walker stands, the first to reach is the next.
  return { active: points.length > 0, points, index: points.length > 1 ? 1 : 0, version: 0 };
}

const noRoute = (): WalkRoute => routeOf([]);

interface Sample {
  t: number;
  x: number;
  z: number;
  yaw: number;
}

/**
 * Walks for `seconds` in frames of `dt`, returning where the rig is every `every` seconds (which
 * must be a whole number of frames of either length) and at the end.
 */
function walk(
  world: CollisionWorld | null,
  rig: WalkRig,
  input: WalkInput,
  seconds: number,
  dt: number,
  route = noRoute(),
  every = SLOW,
): Sample[] {
  const frames = Math.round(seconds / dt);
  const per = Math.round(every / dt);
  const out: Sample[] = [];
  for (let f = 1; f <= frames; f++) {
    walkStep(input, rig, route, world, dt);
    if (f % per === 0 || f === frames) out.push({ t: f * dt, x: rig.position.x, z: rig.position.z, yaw: rig.yaw });
  }
  return out;
}

/** Largest distance between two walks sampled at the same times. */
function divergence(a: Sample[], b: Sample[]): number {
  expect(a.length).toBe(b.length);
  return Math.max(...a.map((s, k) => Math.hypot(s.x - b[k]!.x, s.z - b[k]!.z)));
}

const last = (s: Sample[]) => s[s.length - 1]!;

function nearestSolid(obstacles: Obstacle[], x: number, z: number): number {
  let best = Infinity;
  for (const o of obstacles) best = Math.min(best, obstacleDistance(o, x, z));
  return best;
}

// --- Worlds ----------------------------------------------------------------------------------------

const OPEN: [number, number][] = [
  [-100, -100],
  [100, -100],
  [100, 100],
  [-100, 100],
];
/** A wall 2 cm thick across x = 5, from one side of the boundary to the other: no way round it. */
const THIN_WALL = box(5, 0, 0.01, 110);

/**
 * An L-shaped corridor 1.4 m wide: east along z = 10 to the corner at (10, 10), then north along
 * x = 10. Walls just beyond the corner: a walker that overshoots it walks into them.
 */
const CORRIDOR = [
  box(4.65, 4.65, 4.65, 4.65), // the inside of the bend, x and z 0–9.3
  box(10.71, 5, 0.01, 6), // east wall, x = 10.7
  box(5, 10.71, 6, 0.01), // south wall, z = 10.7
];
const CORRIDOR_ROUTE: Array<[number, number]> = [
  [1, 10],
  [10, 10],
  [10, 1],
];

let agadir: CollisionWorld;
let agadirSolids: Obstacle[];
/** Beside the entrance gate's middle divider, facing −z (north): about 10 m of open ground ahead. */
const ENTRY = { x: 2, z: 96 };

beforeAll(async () => {
  agadirSolids = await loadObstacles(EDITION, PUBLIC_MODELS);
  const site = readEdition(path.join(ROOT, 'scenes', EDITION)).data!.site;
  agadir = new CollisionWorld(agadirSolids, site.boundary as [number, number][]);
});

// --- The pace -------------------------------------------------------------------------------------

describe('the pace at 4 frames per second', () => {
  it('2 s of held forward cover as much in frames of 0.25 s as in frames of 1/60 s, on the real site', () => {
    expect(agadir.segmentFree(ENTRY.x, ENTRY.z, ENTRY.x, ENTRY.z - 6, R)).toBe(true);
    const smooth = last(walk(agadir, rigAt(ENTRY.x, ENTRY.z), keys({ keyForward: 1 }), 2, SMOOTH));
    const slow = last(walk(agadir, rigAt(ENTRY.x, ENTRY.z), keys({ keyForward: 1 }), 2, SLOW));
    const covered = ENTRY.z - slow.z;
    console.log(
      `2 s of W from (${ENTRY.x}, ${ENTRY.z}): ${(ENTRY.z - smooth.z).toFixed(3)} m at 60 fps, ${covered.toFixed(3)} m at 4 fps`,
    );
    expect(covered).toBeCloseTo(WALK_SPEED * 2, 2);
    expect(Math.hypot(slow.x - smooth.x, slow.z - smooth.z)).toBeLessThan(CLOSE);
  });

  it('runs as far with Shift, and strafes, in either frame length', () => {
    for (const input of [keys({ keyForward: 1, run: true }), keys({ keyStrafe: -1 }), keys({ stickForward: 0.5 })]) {
      const smooth = walk(null, rigAt(0, 0, 0.7), input, 2, SMOOTH);
      const slow = walk(null, rigAt(0, 0, 0.7), input, 2, SLOW);
      expect(divergence(smooth, slow), JSON.stringify(input)).toBeLessThan(CLOSE);
    }
    const run = last(walk(null, rigAt(0, 0), keys({ keyForward: 1, run: true }), 2, SLOW));
    expect(-run.z).toBeCloseTo(RUN_SPEED * 2, 2);
  });

  it('turns as far and walks the same arc with an arrow key held', () => {
    const input = keys({ keyForward: 1, keyTurn: 1 });
    const smooth = walk(null, rigAt(0, 0), input, 2, SMOOTH);
    const slow = walk(null, rigAt(0, 0), input, 2, SLOW);
    expect(last(slow).yaw).toBeCloseTo(last(smooth).yaw, 3);
    expect(divergence(smooth, slow)).toBeLessThan(CLOSE);
  });

  it('clamps a frame longer than 0.25 s to 0.25 s of motion', () => {
    expect(MAX_DELTA).toBe(0.25);
    const rig = rigAt(0, 0);
    walkStep(keys({ keyForward: 1 }), rig, noRoute(), null, 1);
    expect(-rig.position.z).toBeCloseTo(WALK_SPEED * MAX_DELTA, 6);
    const turned = rigAt(0, 0);
    walkStep(keys({ keyTurn: -1 }), turned, noRoute(), null, 1);
    expect(turned.yaw).toBeCloseTo(-1.9 * MAX_DELTA, 6);
  });

  it('does nothing with no input, and nothing for a frame of no time', () => {
    const rig = rigAt(3, 4, 1);
    expect(walkStep(keys(), rig, noRoute(), agadir, SLOW)).toBe(false);
    expect(walkStep(keys({ keyForward: 1 }), rig, noRoute(), agadir, 0)).toBe(false);
    expect(rig).toEqual(rigAt(3, 4, 1));
  });
});

// --- Walls ----------------------------------------------------------------------------------------

describe('long frames against a wall', () => {
  it('never carry the walker through a 2 cm wall, head on or at a slant, walking or running', () => {
    const world = new CollisionWorld([THIN_WALL], OPEN);
    for (const dt of [SLOW, 0.5, 1, 3])
      for (const yaw of [-Math.PI / 2, -Math.PI / 2 + 0.5, -Math.PI / 2 - 1.2])
        for (const run of [false, true]) {
          const rig = rigAt(5 - 0.01 - R - 0.05, 0, yaw); // facing +x, 5 cm from touching
          for (let f = 0; f < 40; f++) {
            walkStep(keys({ keyForward: 1, run }), rig, noRoute(), world, dt);
            expect(rig.position.x, `dt ${dt}, yaw ${yaw.toFixed(2)}, run ${run}, frame ${f}`).toBeLessThanOrEqual(
              5 - 0.01 - R + 1e-4,
            );
          }
        }
  });

  it('never carry the walker through the thinnest solids of the real site', () => {
    // The thinnest boxes long enough to walk into head on, with room on one side to start from.
    const walls = agadirSolids
      .filter((o) => Math.min(o.hx, o.hz) < 0.1 && Math.max(o.hx, o.hz) > 1)
      .sort((a, b) => Math.min(a.hx, a.hz) - Math.min(b.hx, b.hz));
    let tried = 0;
    for (const o of walls) {
      if (tried >= 12) break;
      // Across the thin side, in plan: local x is (cos, −sin), local z is (sin, cos) (three.js rotation.y).
      const acrossX = o.hx < o.hz;
      const half = acrossX ? o.hx : o.hz;
      const [ux, uz] = acrossX ? [Math.cos(o.rot), -Math.sin(o.rot)] : [Math.sin(o.rot), Math.cos(o.rot)];
      for (const side of [1, -1]) {
        const start = rigAt(o.cx + ux * side * (half + R + 0.2), o.cz + uz * side * (half + R + 0.2));
        if (!agadir.isFree(start.position.x, start.position.z, R)) continue;
        // Face the wall: forward is −z turned by yaw, so yaw = atan2(−dx, −dz) for a direction (dx, dz).
        start.yaw = Math.atan2(side * ux, side * uz);
        tried++;
        const sideOf = (x: number, z: number) => Math.sign((x - o.cx) * ux + (z - o.cz) * uz);
        const before = sideOf(start.position.x, start.position.z);
        for (const dt of [SLOW, 1])
          for (let f = 0; f < 12; f++) {
            walkStep(keys({ keyForward: 1, run: true }), start, noRoute(), agadir, dt);
            const { x, z } = start.position;
            expect(sideOf(x, z), `box at (${o.cx.toFixed(2)}, ${o.cz.toFixed(2)}), dt ${dt}`).toBe(before);
            expect(nearestSolid(agadirSolids, x, z)).toBeGreaterThanOrEqual(R - 1e-3);
          }
        break;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(6);
  });
});

// --- Routes ---------------------------------------------------------------------------------------

describe('a click-to-go route at 4 frames per second', () => {
  it('turns at the corner of a corridor as at 60 fps, without running into the walls beyond it', () => {
    const world = new CollisionWorld(CORRIDOR, OPEN);
    const smoothRoute = routeOf(CORRIDOR_ROUTE.map((p) => [...p] as [number, number]));
    const slowRoute = routeOf(CORRIDOR_ROUTE.map((p) => [...p] as [number, number]));
    const smooth = walk(world, rigAt(1, 10, -Math.PI / 2), keys(), 14, SMOOTH, smoothRoute);
    const slow = walk(world, rigAt(1, 10, -Math.PI / 2), keys(), 14, SLOW, slowRoute);
    expect(smoothRoute.active).toBe(false);
    expect(slowRoute.active).toBe(false);
    expect(Math.hypot(last(slow).x - 10, last(slow).z - 1)).toBeLessThan(0.3);
    expect(divergence(smooth, slow)).toBeLessThan(CLOSE);
    // Through the corner the walker keeps off the walls beyond it, as it does at 60 fps.
    for (const s of slow) expect(Math.max(s.x, s.z)).toBeLessThan(10.7 - 0.01 - R);
  });

  it('follows a route found on the real site as at 60 fps, at its faster pace', () => {
    const xs = [-145, 145];
    const nav = new NavGrid(agadir, { minX: xs[0]!, minZ: -100, maxX: xs[1]!, maxZ: 100 }, { cell: 0.5, radius: R + 0.05 });
    const to: [number, number] = [ENTRY.x - 30, ENTRY.z - 40];
    const path0 = nav.findPath([ENTRY.x, ENTRY.z], to);
    expect(path0).not.toBeNull();
    const length = path0!.slice(1).reduce((s, p, k) => s + Math.hypot(p[0] - path0![k]![0], p[1] - path0![k]![1]), 0);
    expect(length).toBeGreaterThan(25);
    const smoothRoute = routeOf(path0!.map((p) => [p[0], p[1]]));
    const slowRoute = routeOf(path0!.map((p) => [p[0], p[1]]));
    const seconds = Math.ceil(length / WALK_SPEED) + 2;
    const smooth = walk(agadir, rigAt(ENTRY.x, ENTRY.z), keys(), seconds, SMOOTH, smoothRoute);
    const slow = walk(agadir, rigAt(ENTRY.x, ENTRY.z), keys(), seconds, SLOW, slowRoute);
    const arrived = slow.findIndex((s) => Math.hypot(s.x - to[0], s.z - to[1]) < 0.3);
    console.log(
      `route of ${length.toFixed(1)} m in ${path0!.length} corners: 4 fps arrives at ${slow[arrived]?.t} s, ` +
        `furthest from the 60 fps walk ${(divergence(smooth, slow) * 100).toFixed(1)} cm`,
    );
    expect(slowRoute.active).toBe(false);
    expect(arrived).toBeGreaterThan(0);
    expect(divergence(smooth, slow)).toBeLessThan(CLOSE);
    for (const s of slow) expect(nearestSolid(agadirSolids, s.x, s.z)).toBeGreaterThanOrEqual(R - 1e-3);
  });
});
