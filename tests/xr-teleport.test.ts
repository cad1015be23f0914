/**
 * Teleport in the headset (src/xr/teleport.ts): the arc lands on free ground and is refused into a
 * booth, a wall, outside the site, or when it meets a wall on its way; it may pass over something
 * low. On a small hand-made site where every distance is known, then on the default edition's
 * collision model and stands.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CollisionWorld } from '../src/walk/collide.ts';
import type { Obstacle } from '../src/walk/obstacles.ts';
import { WALKER_RADIUS } from '../src/walk/walkWorld.ts';
import type { Point3 } from '../src/xr/pose.ts';
import {
  ARC_SEGMENTS,
  GRAVITY,
  LAUNCH_SPEED,
  keepOutOf,
  landingVerdict,
  makeTeleportArc,
  traceTeleport,
  type TeleportWorld,
} from '../src/xr/teleport.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';
import { loadObstacles } from './browser/collision.ts';

const EDITION = 'jpo-2024-agadir';
/** The hand, at the height a visitor holds a controller. */
const HAND_Y = 1.2;

const box = (cx: number, cz: number, hx: number, hz: number, maxY: number): Obstacle => ({
  cx,
  cz,
  hx,
  hz,
  rot: 0,
  minY: 0,
  maxY,
});

/**
 * A 40 m square site: a booth north of the start (open at its front, +z, like the kit's: a back wall
 * and two sides, its floor free to walk on), a 3 m wall to the west, a 1 m barrier to the south.
 */
const BOOTH = { position: [0, -5] as [number, number], rotation: 0, width: 3, depth: 2 };
const solids: Obstacle[] = [
  box(0, -5.95, 1.5, 0.05, 2.5), // the booth's back wall
  box(-1.45, -5, 0.05, 1, 2.5), // its sides
  box(1.45, -5, 0.05, 1, 2.5),
  box(-5, 0, 0.1, 10, 3), // a hall's wall: x from −5.1 to −4.9
  box(0, 5, 3, 0.1, 1), // a barrier: z from 4.9 to 5.1
];
const boundary: [number, number][] = [
  [-20, -20],
  [20, -20],
  [20, 20],
  [-20, 20],
];
const site: TeleportWorld = { collision: new CollisionWorld(solids, boundary), keepOut: keepOutOf([BOOTH]) };

/**
 * The controller direction that lands the arc on `target` (y = 0) from `hand`: the lower of the two
 * launch angles of a projectile at LAUNCH_SPEED, as a visitor aims, or the higher one (a lob).
 */
function aimAt(hand: Point3, target: [number, number], high = false): Point3 {
  const dx = target[0] - hand.x;
  const dz = target[1] - hand.z;
  const d = Math.hypot(dx, dz);
  const y = -hand.y;
  const v2 = LAUNCH_SPEED * LAUNCH_SPEED;
  const root = v2 * v2 - GRAVITY * (GRAVITY * d * d + 2 * y * v2);
  if (root < 0) throw new Error(`(${target.join(', ')}) is out of the arc's reach`);
  const angle = Math.atan((v2 + (high ? 1 : -1) * Math.sqrt(root)) / (GRAVITY * d));
  return { x: (Math.cos(angle) * dx) / d, y: Math.sin(angle), z: (Math.cos(angle) * dz) / d };
}

const hand = (x: number, z: number): Point3 => ({ x, y: HAND_Y, z });

function throwAt(world: TeleportWorld, from: Point3, target: [number, number], high = false) {
  return traceTeleport(from, aimAt(from, target, high), world, makeTeleportArc());
}

/** The arc's points as [x, y, z] triples. */
function pointsOf(arc: ReturnType<typeof makeTeleportArc>): [number, number, number][] {
  return Array.from({ length: arc.count }, (_, i) => [arc.points[i * 3]!, arc.points[i * 3 + 1]!, arc.points[i * 3 + 2]!]);
}

describe('teleport on a hand-made site', () => {
  it('lands on open ground where it was aimed, allowed, the arc from the hand down to the ground', () => {
    const arc = throwAt(site, hand(0, 0), [4, -1]);
    expect(arc).toMatchObject({ landed: true, allowed: true, reason: 'ok' });
    expect(arc.landing.x).toBeCloseTo(4, 6);
    expect(arc.landing.y).toBe(0);
    expect(arc.landing.z).toBeCloseTo(-1, 6);
    const pts = pointsOf(arc);
    expect(pts[0]).toEqual([0, HAND_Y, 0].map(Math.fround));
    expect(pts.at(-1)).toEqual([arc.landing.x, 0, arc.landing.z].map(Math.fround));
    expect(arc.count).toBeGreaterThan(4);
    expect(arc.count).toBeLessThanOrEqual(ARC_SEGMENTS + 1);
    // A thrown curve: it rises above the hand, then comes down.
    expect(Math.max(...pts.map((p) => p[1]))).toBeGreaterThan(HAND_Y);
  });

  it('refuses a landing in a booth, though its floor is free to walk on', () => {
    expect(site.collision!.isFree(0, -5, WALKER_RADIUS)).toBe(true);
    const arc = throwAt(site, hand(0, 0), [0, -5]);
    expect(arc).toMatchObject({ landed: true, allowed: false, reason: 'booth' });
    // Just in front of the booth is fine; within the walker's radius of its front is not.
    expect(throwAt(site, hand(0, 0), [0, -3.5]).reason).toBe('ok');
    expect(landingVerdict(site, 0, -3.85)).toBe('booth');
  });

  it('refuses a landing outside the site, and one too close to its edge', () => {
    expect(throwAt(site, hand(0, -16), [0, -21])).toMatchObject({ landed: true, allowed: false, reason: 'outside-site' });
    expect(throwAt(site, hand(0, -16), [0, -19.85])).toMatchObject({ allowed: false, reason: 'not-free' });
    expect(throwAt(site, hand(0, -16), [0, -19.5])).toMatchObject({ allowed: true });
  });

  it('refuses a landing against a wall, where the walker would stand in it', () => {
    // The wall's east face is at x = −4.9: a walker's centre must be 0.3 m from it.
    expect(throwAt(site, hand(0, 0), [-4.75, 0])).toMatchObject({ landed: true, allowed: false, reason: 'not-free' });
    expect(throwAt(site, hand(0, 0), [-4.5, 0])).toMatchObject({ allowed: true });
  });

  it('stops the arc at a wall it meets on the way: refused, though the ground behind is free', () => {
    const from = hand(-3.5, 0);
    expect(landingVerdict(site, -7, 0)).toBe('ok');
    const arc = throwAt(site, from, [-7, 0]);
    expect(arc).toMatchObject({ landed: false, allowed: false, reason: 'hits-obstacle' });
    // The arc ends on the wall's near face, in its height, not beyond it.
    expect(arc.landing.x).toBeCloseTo(-4.9, 6);
    expect(arc.landing.y).toBeGreaterThan(0);
    expect(arc.landing.y).toBeLessThan(3);
    expect(Math.min(...pointsOf(arc).map((p) => p[0]))).toBeGreaterThanOrEqual(Math.fround(-4.9));
  });

  it('passes over a barrier lower than the arc onto free ground (a teleport is a jump), but not through it', () => {
    const over = throwAt(site, hand(0, 1), [0, 7.5]);
    expect(over).toMatchObject({ landed: true, allowed: true, reason: 'ok' });
    // Where it crosses the barrier's line it is above the barrier's 1 m.
    const pts = pointsOf(over);
    const i = pts.findIndex((p) => p[2] >= 5);
    const [a, b] = [pts[i - 1]!, pts[i]!];
    expect(a[1] + ((b[1] - a[1]) * (5 - a[2])) / (b[2] - a[2])).toBeGreaterThan(1);
    // Aimed from nearer, the arc is flatter and still under 1 m when it gets there: it hits the barrier.
    const through = throwAt(site, hand(0, 2), [0, 7]);
    expect(through).toMatchObject({ landed: false, allowed: false, reason: 'hits-obstacle' });
    expect(through.landing.z).toBeCloseTo(4.9, 6);
  });

  it("never passes over a building's wall, though the arc rises above it: its roof is not in the collision world", () => {
    // A hall's 3.6 m eave 2.7 m north of the hand, where a lob landing 6 m away is at its top, 3.75 m.
    const hall: TeleportWorld = {
      collision: new CollisionWorld([box(0, -2.7, 4, 0.1, 3.6)], boundary),
      keepOut: [],
    };
    expect(landingVerdict(hall, 0, -6)).toBe('ok');
    const lob = throwAt(hall, hand(0, 0), [0, -6], true);
    const pts = pointsOf(lob);
    expect(Math.max(...pts.map((p) => p[1]))).toBeGreaterThan(3.6);
    expect(lob).toMatchObject({ landed: false, allowed: false, reason: 'hits-obstacle' });
    // The same lob over a booth's 2.5 m wall lands.
    const booth: TeleportWorld = { collision: new CollisionWorld([box(0, -2.7, 4, 0.1, 2.5)], boundary), keepOut: [] };
    expect(throwAt(booth, hand(0, 0), [0, -6], true)).toMatchObject({ landed: true, allowed: true });
  });

  it('does not land when aimed at the sky, and refuses everything before the collision world is loaded', () => {
    const sky = traceTeleport(hand(0, 0), { x: 0, y: 1, z: -0.05 }, site, makeTeleportArc());
    expect(sky).toMatchObject({ landed: false, allowed: false, reason: 'no-landing', count: ARC_SEGMENTS + 1 });
    const blind = throwAt({ collision: null, keepOut: [] }, hand(0, 0), [4, -1]);
    expect(blind).toMatchObject({ landed: true, allowed: false, reason: 'not-free' });
  });

  it('reuses its arc: a refused throw after an allowed one leaves nothing of the first', () => {
    const arc = makeTeleportArc();
    const from = hand(0, 0);
    traceTeleport(from, aimAt(from, [4, -1]), site, arc);
    traceTeleport(hand(-3.5, 0), aimAt(hand(-3.5, 0), [-7, 0]), site, arc);
    expect(arc).toMatchObject({ landed: false, allowed: false, reason: 'hits-obstacle' });
    expect(arc.points[0]).toBe(-3.5);
  });
});

describe('teleport on the default edition', () => {
  let world: TeleportWorld;
  let stands: { id: string; position: [number, number] }[];
  beforeAll(async () => {
    const data = readEdition(path.join(ROOT, 'scenes', EDITION)).data!;
    const obstacles = await loadObstacles(EDITION, PUBLIC_MODELS);
    world = { collision: new CollisionWorld(obstacles, data.site.boundary), keepOut: keepOutOf(data.stands) };
    stands = data.stands;
  });

  it('refuses a landing at the middle of every stand', () => {
    expect(stands.length).toBeGreaterThan(30);
    const allowed = stands.filter((s) => landingVerdict(world, s.position[0], s.position[1]) === 'ok');
    expect(allowed.map((s) => s.id)).toEqual([]);
  });

  it('lands on the main avenue, and refuses a throw over the perimeter fence', () => {
    // The main avenue runs north–south along x = 0, 10 m wide.
    expect(throwAt(world, hand(0, 20), [1, 14])).toMatchObject({ landed: true, allowed: true, reason: 'ok' });
    // The site's southern edge is z = 100: from 2 m inside it, aimed 4 m beyond.
    const out = throwAt(world, hand(30, 98), [30, 104]);
    expect(out.allowed).toBe(false);
    expect(['hits-obstacle', 'outside-site']).toContain(out.reason);
  });
});
