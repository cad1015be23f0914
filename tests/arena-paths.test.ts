/**
 * The live arenas: the figures' loops keep inside the field and clear of the course the pipeline
 * builds (its own collision boxes), dogs clear the hurdles they cross, every figure faces where it
 * goes and stands still under reduced motion; the programme says which arenas are live; the figures
 * keep to their triangle budgets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arenaPath, FIGURE_RADIUS, newPose, poseAt, type ArenaPath, type Pose } from '../src/canvas/arenas/arenaPaths.ts';
import { dogGeometry, riderGeometry, vehicleGeometry } from '../src/canvas/arenas/figures.ts';
import { liveArenas } from '../src/canvas/arenas/liveArenas.ts';
import { arenaField } from '../src/edition/arena.ts';
import { localToInstant, timeSessions, type TimedSession } from '../src/edition/eventClock.ts';
import { toLocal } from '../src/edition/geometry.ts';
import type { Zone } from '../src/edition/schema.ts';
import { arena } from '../tools/models/kit/arena.ts';
import type { CollisionBox } from '../tools/models/kit/types.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, f), 'utf8'));
const zones = (read('site.json').zones as Zone[]).filter((z) => z.kind === 'demonstration');
const timeZone = read('edition.json').timeZone as string;

/** The same arenas turned and moved on the plan: the loops must follow the zone's transform. */
const turned = zones.map((z) => ({ ...z, position: [z.position[0] + 7, z.position[1] - 11], rotation: 37 }) as Zone);

/** Figure 0's poses over a whole lap, a sample about every 0.2 m, with the time of each. */
function lap(p: ArenaPath): { t: number; pose: Pose }[] {
  const dt = 0.2 / p.speed;
  const out: { t: number; pose: Pose }[] = [];
  for (let t = 0; t < p.loop.length / p.speed; t += dt) out.push({ t, pose: poseAt(p, 0, t) });
  return out;
}

/** Distance in plan from a point (zone-local) to a collision box's footprint, and the point in the box's frame. */
function toBox(b: CollisionBox, x: number, z: number): { distance: number; bx: number; bz: number } {
  const dx = x - b.center[0];
  const dz = z - b.center[2];
  const c = Math.cos(b.rotationY);
  const s = Math.sin(b.rotationY);
  const bx = c * dx - s * dz;
  const bz = s * dx + c * dz;
  const distance = Math.hypot(Math.max(0, Math.abs(bx) - b.size[0] / 2), Math.max(0, Math.abs(bz) - b.size[2] / 2));
  return { distance, bx, bz };
}

const isHurdle = (b: CollisionBox) => b.size[0] === 1.3 && b.size[1] === 1.0 && b.size[2] === 0.2;
const angle = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

describe('arena paths', () => {
  it('has the edition’s three disciplines, with 4 riders, 3 dogs and a vehicle', () => {
    const paths = zones.map(arenaPath);
    expect(paths.map((p) => [p.kind, p.starts.length])).toEqual([
      ['rider', 4],
      ['dog', 3],
      ['vehicle', 1],
    ]);
    for (const p of paths) expect(p.loop.length).toBeGreaterThan(50);
  });

  for (const zone of [...zones, ...turned]) {
    const p = arenaPath(zone);
    const r = FIGURE_RADIUS[p.kind];
    const name = `${zone.id} at ${zone.rotation}°`;

    it(`${name}: every point of the loop is inside the field, its figure's reach and a margin from the fence`, () => {
      const f = arenaField(zone);
      for (const { pose } of lap(p)) {
        const [x, z] = toLocal(zone, pose.x, pose.z);
        const inside = Math.min(x - f.x0, f.x1 - x, z - f.z0, f.z1 - z);
        expect(inside, `${name} at ${x.toFixed(1)}, ${z.toFixed(1)}`).toBeGreaterThanOrEqual(r + 0.5);
      }
    });

    it(`${name}: clear of every fence, bleacher and obstacle the pipeline builds; over the hurdles only in the air`, () => {
      const boxes = arena(zone).collision;
      const crossed = new Set<CollisionBox>();
      for (const { pose } of lap(p)) {
        const [x, z] = toLocal(zone, pose.x, pose.z);
        for (const b of boxes) {
          const { distance, bx, bz } = toBox(b, x, z);
          if (p.kind === 'dog' && isHurdle(b) && distance < r) {
            // Between the posts, feet above the bar while over it.
            expect(Math.abs(bx), `${name}: between the posts`).toBeLessThan(0.4);
            if (Math.abs(bz) < 0.3) {
              expect(pose.y, `${name}: over the bar`).toBeGreaterThanOrEqual(0.6);
              crossed.add(b);
            }
            continue;
          }
          expect(
            distance,
            `${name} at ${x.toFixed(1)}, ${z.toFixed(1)}: a box at ${b.center[0]}, ${b.center[2]}`,
          ).toBeGreaterThanOrEqual(r);
        }
      }
      if (p.kind === 'dog') expect(crossed.size).toBe(3);
    });

    it(`${name}: each figure faces the way it goes`, () => {
      const dt = 0.05;
      for (const { t, pose } of lap(p)) {
        const a = poseAt(p, 0, t - dt);
        const b = poseAt(p, 0, t + dt);
        expect(angle(pose.yaw, Math.atan2(b.x - a.x, b.z - a.z))).toBeLessThan(0.1);
      }
    });

    it(`${name}: figures keep apart from one another`, () => {
      for (let t = 0; t < p.loop.length / p.speed; t += 0.5) {
        const at = p.starts.map((_, i) => poseAt(p, i, t));
        for (let i = 0; i < at.length; i++)
          for (let j = i + 1; j < at.length; j++)
            expect(Math.hypot(at[i]!.x - at[j]!.x, at[i]!.z - at[j]!.z)).toBeGreaterThan(4 * r);
      }
    });
  }

  it('moves with a gait, a dog rises over a hurdle, and under reduced motion nothing moves', () => {
    for (const p of zones.map(arenaPath)) {
      p.starts.forEach((_, i) => {
        const still = poseAt(p, i, 0, true);
        for (const t of [0.4, 7.3, 1234.5]) expect(poseAt(p, i, t, true, newPose())).toEqual(still);
        expect(still.y).toBe(0);
        expect(still.pitch).toBe(0);
        // Without it, the same figure is elsewhere a second later.
        const moved = poseAt(p, i, 1);
        expect(Math.hypot(moved.x - still.x, moved.z - still.z)).toBeGreaterThan(0.8 * p.speed);
      });
      const ys = lap(p).map((s) => s.pose.y);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeGreaterThan(p.kind === 'dog' ? 0.7 : p.gait.lift * 0.9);
    }
  });

  it('starts the figures where they stand at rest, no dog in mid-air over a hurdle', () => {
    const dogs = arenaPath(zones.find((z) => z.discipline === 'dog-brigade')!);
    for (const s of dogs.starts) for (const j of dogs.jumps) expect(Math.abs(s - j.at)).toBeGreaterThan(j.half);
  });
});

describe('live arenas', () => {
  const sessions = timeSessions(read('programme.json').sessions, timeZone);
  const ids = zones.map((z) => z.id);
  const at = (local: string) => localToInstant(local, timeZone);

  it('animates an arena only during its demonstration, from its start', () => {
    expect(liveArenas(sessions, ids, at('2024-05-17T11:10'))).toEqual([
      { zoneId: 'mounted-arena', since: at('2024-05-17T11:00') },
    ]);
    expect(liveArenas(sessions, ids, at('2024-05-17T11:40'))).toEqual([]);
    expect(liveArenas(sessions, ids, at('2024-05-17T11:45')).map((a) => a.zoneId)).toEqual(['dog-arena']);
    expect(liveArenas(sessions, ids, at('2024-05-17T12:45')).map((a) => a.zoneId)).toEqual(['special-forces-arena']);
    expect(liveArenas(null, ids, at('2024-05-17T11:10'))).toEqual([]);
  });

  it('ignores a session of another kind held at an arena', () => {
    const ceremony: TimedSession = { ...sessions[0]!, kind: 'ceremony', place: 'dog-arena', startAt: 0, endAt: 10_000 };
    expect(liveArenas([ceremony], ids, 5_000)).toEqual([]);
    expect(liveArenas([{ ...ceremony, kind: 'demonstration' }], ids, 5_000)).toEqual([{ zoneId: 'dog-arena', since: 0 }]);
  });
});

describe('arena figures', () => {
  const cases = [
    ['rider', riderGeometry(), 300],
    ['dog', dogGeometry(), 150],
    ['vehicle', vehicleGeometry(), 300],
  ] as const;

  for (const [name, g, budget] of cases) {
    it(`${name}: within ${budget} triangles, standing on the ground, every face lit from outside`, () => {
      const index = g.getIndex()!.array;
      const pos = g.getAttribute('position');
      const nor = g.getAttribute('normal');
      const col = g.getAttribute('color');
      expect(index.length / 3).toBeLessThanOrEqual(budget);
      expect(index.length / 3).toBeGreaterThan(budget / 3);
      g.computeBoundingBox();
      expect(g.boundingBox!.min.y).toBeCloseTo(0, 3);
      for (let i = 0; i < col.count * 3; i++) expect((col.array as Float32Array)[i]).toBeLessThanOrEqual(1);
      // The winding agrees with the normals: three culls back faces.
      for (let t = 0; t < index.length; t += 3) {
        const [a, b, c] = [index[t]!, index[t + 1]!, index[t + 2]!];
        const e1 = [pos.getX(b) - pos.getX(a), pos.getY(b) - pos.getY(a), pos.getZ(b) - pos.getZ(a)];
        const e2 = [pos.getX(c) - pos.getX(a), pos.getY(c) - pos.getY(a), pos.getZ(c) - pos.getZ(a)];
        const n = [e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!];
        const dot = n[0]! * nor.getX(a) + n[1]! * nor.getY(a) + n[2]! * nor.getZ(a);
        expect(dot, `${name}: triangle ${t / 3}`).toBeGreaterThan(0);
      }
    });
  }

  it('faces +z: the horse’s and the dog’s heads lead', () => {
    for (const g of [riderGeometry(), dogGeometry()]) {
      g.computeBoundingBox();
      expect(g.boundingBox!.max.z).toBeGreaterThan(-g.boundingBox!.min.z);
    }
  });
});
