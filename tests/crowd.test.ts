/**
 * The crowd of the default edition: every standing figure and every walker, at every point of its
 * loop, is free ground for a person in the walk's own collision world (public/models/<edition>/
 * collision.glb, built by `npm run models`), inside the site's boundary and off every stand's
 * footprint; spectators stand on the bleachers' rows; a seminar's audience sits one to a chair of
 * the seminar hall (the chairs where the collision model has its rows) and its speakers stand on the
 * stage, a few sit there otherwise; nobody stands where a visitor lands on arriving at a stand or a
 * place, on any screen; nobody outside the opening hours; the bleachers full only while a
 * demonstration is on; the counts within their budgets; nothing moves under reduced motion; and the
 * figure, its seated pose, its shader patch and the setting hold together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ShaderLib, type BufferAttribute } from 'three';
import { CollisionWorld } from '../src/walk/collide.ts';
import type { Obstacle } from '../src/walk/obstacles.ts';
import { WALKER_RADIUS } from '../src/walk/walkWorld.ts';
import { distanceToSegment, polygonContains, rectContains, toLocal } from '../src/edition/geometry.ts';
import { localToInstant, timeSessions, type TimedSession } from '../src/edition/eventClock.ts';
import { arenaField, BLEACHER_RISE, BLEACHER_ROWS } from '../src/edition/arena.ts';
import { hexToLinear } from '../src/edition/color.ts';
import { PALETTE } from '../src/edition/palette.ts';
import type { EditionData, Zone } from '../src/edition/schema.ts';
import {
  buildCrowd,
  CROWD_BUDGET,
  crowdTriangles,
  GROUP_BUDGET,
  personAt,
  type CrowdSite,
  type Person,
} from '../src/canvas/crowd/crowdPlan.ts';
import { loopLength, PERSON_RADIUS } from '../src/canvas/crowd/crowdLanes.ts';
import { ARRIVAL_CLEARING } from '../src/canvas/crowd/arrivalClearings.ts';
import { arrivalViewpoint, groundFov } from '../src/walk/framing.ts';
import { targetsOf } from '../src/edition/targets.ts';
import {
  AUDIENCE,
  crowdMoment,
  FEW_SEATED,
  FEW_SPECTATORS,
  OPENING,
  selectCrowd,
  SPEAKERS,
} from '../src/canvas/crowd/crowdTime.ts';
import { FIGURE_TRIANGLES, figureGeometry, LEG_HALF_DEPTH, LIMB, TINT } from '../src/canvas/crowd/figures.ts';
import { crowdMaterial, CROWD_GLSL } from '../src/canvas/crowd/crowdMaterial.ts';
import { sitVertex, SINK, THIGH } from '../src/canvas/crowd/sitting.ts';
import { SIT_BACK } from '../src/canvas/crowd/seminarSpots.ts';
import { CHAIR_SEAT_Y, interiorToPlan, seminarLayoutOf, STAGE_Y } from '../src/edition/seating.ts';
import { useCrowd } from '../src/state/crowd.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';
import { loadObstacles } from './browser/collision.ts';

const EDITION = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const result = readEdition(path.join(ROOT, 'scenes', EDITION));
const data = result.data as EditionData;
const zone = data.edition.timeZone;
const programme = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', EDITION, 'programme.json'), 'utf8'));
const sessions = timeSessions(programme.sessions, zone);
const at = (local: string) => localToInstant(local, zone);

let obstacles: Obstacle[] = [];
let world: CollisionWorld;
let site: CrowdSite;
beforeAll(async () => {
  obstacles = await loadObstacles(EDITION, PUBLIC_MODELS);
  world = new CollisionWorld(obstacles, data.site.boundary);
  site = buildCrowd(data, world);
});

const R = PERSON_RADIUS;
const inAnyStand = (x: number, z: number) => data.stands.find((s) => rectContains(s, [x, z], R));
const onPaving = (x: number, z: number) =>
  data.site.paths.some((p) =>
    p.points.some((a, i) => i + 1 < p.points.length && distanceToSegment([x, z], a, p.points[i + 1]!) <= p.width / 2),
  );
const byGroup = (g: Person['group']) => site.people.filter((p) => p.group === g);
/** Every day of the edition, as dates. */
const days = (() => {
  const out: string[] = [];
  for (
    let d = Date.parse(`${data.edition.dates.start}T12:00:00Z`);
    d <= Date.parse(`${data.edition.dates.end}T12:00:00Z`);
    d += 86_400_000
  )
    out.push(new Date(d).toISOString().slice(0, 10));
  return out;
})();
const pad = (n: number) => String(n).padStart(2, '0');

describe('the crowd’s places', () => {
  it('fills every group of the default edition, within its budget', () => {
    expect(result.problems).toEqual([]);
    expect(world.obstacles.length).toBeGreaterThan(100);
    expect(byGroup('walkers').length).toBe(GROUP_BUDGET.walkers);
    expect(byGroup('stands').length).toBeGreaterThanOrEqual(data.stands.length * 2);
    expect(byGroup('stands').length).toBeLessThanOrEqual(GROUP_BUDGET.stands);
    expect(byGroup('zones').length).toBeGreaterThan(20);
    expect(byGroup('zones').length).toBeLessThanOrEqual(GROUP_BUDGET.zones);
    expect(site.arenas.length).toBe(3);
    for (const id of site.arenas) expect(byGroup('bleachers').filter((p) => p.place === id).length).toBe(GROUP_BUDGET.bleachers);
    // The hall's 128 chairs, as many as the budget holds with two speakers, and the two.
    expect(site.halls).toEqual({ 'seminar-hall': 128 });
    expect(byGroup('seats').filter((p) => p.seatHeight > 0).length).toBe(GROUP_BUDGET.seats - SPEAKERS.max);
    expect(byGroup('seats').filter((p) => p.seatHeight === 0).length).toBe(SPEAKERS.max);
    // The groups at their most fit the whole crowd's budget.
    expect(Object.values(GROUP_BUDGET).reduce((a, b) => a + b, 0)).toBe(CROWD_BUDGET.figures);
    expect(crowdTriangles(CROWD_BUDGET.figures)).toBeLessThanOrEqual(CROWD_BUDGET.triangles);
  });

  it('puts an officer at every stand, and visitors and school groups in front of them', () => {
    const standing = byGroup('stands');
    for (const s of data.stands) {
      const here = standing.filter((p) => {
        const [lx, lz] = toLocal(s, p.x, p.z);
        return Math.abs(lx) <= s.width / 2 && lz > s.depth / 2 && lz < s.depth / 2 + 3.5;
      });
      expect(here.filter((p) => p.kind === 'officer').length, `stand ${s.id}: one officer at its counter side`).toBe(1);
      expect(here.length, `stand ${s.id}: visitors at its counter side`).toBeGreaterThanOrEqual(2);
    }
    // School groups: pupils and their teacher come and go together (one rank a party).
    const parties = new Map<number, Person[]>();
    for (const p of standing.filter((q) => q.kind !== 'officer')) parties.set(p.rank, [...(parties.get(p.rank) ?? []), p]);
    const schools = [...parties.values()].filter((members) => members.length >= 6);
    expect(schools.length).toBe(4);
    for (const members of schools) expect(members.filter((p) => p.kind === 'adult').length).toBe(1);
  });

  it('leaves free every spot a visitor lands on arriving at a stand or a place, on every screen', () => {
    // Upright phones, a tablet, a kiosk's portrait screen, a phone on its side, laptops, monitors, ultrawides.
    const screens = [
      [390, 844],
      [360, 800],
      [768, 1024],
      [1080, 1920],
      [844, 390],
      [1024, 768],
      [1280, 720],
      [1366, 768],
      [1920, 1080],
      [2560, 1080],
      [3440, 1440],
    ] as const;
    const free = (x: number, z: number) => world.isFree(x, z, WALKER_RADIUS);
    const still = site.people.filter((p) => p.walk === null);
    for (const target of targetsOf(data))
      for (const [w, h] of screens) {
        const v = arrivalViewpoint(target, { aspect: w / h, fov: groundFov(w / h) }, free);
        const nearest = still.reduce((m, p) => (Math.hypot(p.x - v.x, p.z - v.z) < Math.hypot(m.x - v.x, m.z - v.z) ? p : m));
        const d = Math.hypot(nearest.x - v.x, nearest.z - v.z);
        expect(
          d,
          `${target.id} on ${w}×${h}: ${nearest.group} ${nearest.kind} at [${nearest.x.toFixed(2)}, ${nearest.z.toFixed(2)}]`,
        ).toBeGreaterThanOrEqual(ARRIVAL_CLEARING);
      }
  });

  it('keeps every standing figure on free ground, inside the boundary, off every stand and every path', () => {
    const standing = site.people.filter((p) => p.group === 'stands' || p.group === 'zones');
    expect(standing.length).toBeGreaterThan(150);
    for (const p of standing) {
      const where = `${p.group} ${p.kind} at [${p.x.toFixed(2)}, ${p.z.toFixed(2)}]`;
      expect(world.isFree(p.x, p.z, WALKER_RADIUS), `${where}: free ground`).toBe(true);
      expect(polygonContains(data.site.boundary, [p.x, p.z]), `${where}: inside the site`).toBe(true);
      expect(inAnyStand(p.x, p.z)?.id, `${where}: off every stand`).toBeUndefined();
      expect(onPaving(p.x, p.z), `${where}: off the walkers' paving`).toBe(false);
      expect(p.walk).toBeNull();
    }
    // Apart from one another.
    for (let i = 0; i < standing.length; i++)
      for (let j = i + 1; j < standing.length; j++)
        expect(Math.hypot(standing[i]!.x - standing[j]!.x, standing[i]!.z - standing[j]!.z)).toBeGreaterThan(0.6);
  });

  it('walks every walker, all along its loop, on the paving, on free ground, off every stand', () => {
    let samples = 0;
    for (const p of byGroup('walkers')) {
      const w = p.walk!;
      expect(w.speed).toBeGreaterThanOrEqual(1.0);
      expect(w.speed).toBeLessThanOrEqual(1.4);
      expect(w.lane, 'off the centre line').toBeGreaterThanOrEqual(0.35);
      const lap = loopLength(w) / w.speed;
      const headings = new Set<number>();
      for (let t = 0; t < lap; t += 0.2 / w.speed) {
        const q = personAt(p, t, false);
        const where = `walker on ${p.place} at [${q.x.toFixed(2)}, ${q.z.toFixed(2)}] (t = ${t.toFixed(1)} s)`;
        expect(world.isFree(q.x, q.z, WALKER_RADIUS), `${where}: free ground`).toBe(true);
        expect(polygonContains(data.site.boundary, [q.x, q.z]), `${where}: inside the site`).toBe(true);
        expect(inAnyStand(q.x, q.z)?.id, `${where}: off every stand`).toBeUndefined();
        expect(onPaving(q.x, q.z), `${where}: on the paving`).toBe(true);
        headings.add(Math.round(((((q.yaw - p.yaw) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) * 100) / 100);
        samples++;
      }
      // Both ways along the path.
      expect(headings.has(0) && headings.has(Math.round(Math.PI * 100) / 100), `walker on ${p.place}: both ways`).toBe(true);
    }
    expect(samples).toBeGreaterThan(100_000);
  });

  it('never lets two walkers of a lane meet', () => {
    const lanes = new Map<string, Person[]>();
    for (const p of byGroup('walkers')) {
      const key = `${p.x},${p.z},${p.yaw},${p.walk!.lane}`;
      lanes.set(key, [...(lanes.get(key) ?? []), p]);
    }
    expect(lanes.size).toBeGreaterThan(20);
    for (const walkers of lanes.values()) {
      expect(new Set(walkers.map((p) => p.walk!.speed)).size).toBe(1);
      const perimeter = loopLength(walkers[0]!.walk!);
      const phases = walkers.map((p) => ((p.walk!.phase % perimeter) + perimeter) % perimeter).sort((a, b) => a - b);
      for (let k = 0; k < phases.length; k++) {
        const gap = k + 1 < phases.length ? phases[k + 1]! - phases[k]! : phases[0]! + perimeter - phases[k]!;
        if (phases.length > 1) expect(gap).toBeGreaterThanOrEqual(0.7);
      }
    }
  });

  it('stands the spectators on the bleachers’ rows, facing the field, outside it and off every stand', () => {
    const tops = obstacles.filter((o) => Math.abs(o.maxY - (BLEACHER_ROWS * BLEACHER_RISE + 1)) < 0.05);
    expect(tops.length).toBeGreaterThan(5);
    for (const p of byGroup('bleachers')) {
      const arena = data.site.zones.find((z) => z.id === p.place) as Zone;
      const [lx, lz] = toLocal(arena, p.x, p.z);
      const f = arenaField(arena);
      const where = `spectator at [${p.x.toFixed(2)}, ${p.z.toFixed(2)}]`;
      expect(lx < f.x0 || lx > f.x1 || lz < f.z0 || lz > f.z1, `${where}: outside the field`).toBe(true);
      expect(Math.abs(lx) <= arena.width / 2 && Math.abs(lz) <= arena.depth / 2, `${where}: in its arena`).toBe(true);
      expect(world.isFree(p.x, p.z, 0.01), `${where}: on a bleacher`).toBe(false);
      const on = tops.find((o) => {
        const c = Math.cos(o.rot);
        const s = Math.sin(o.rot);
        const dx = p.x - o.cx;
        const dz = p.z - o.cz;
        return Math.abs(c * dx - s * dz) <= o.hx - 0.2 && Math.abs(s * dx + c * dz) <= o.hz - 0.2;
      });
      expect(on, `${where}: within a bleacher section`).toBeDefined();
      const row = p.y / BLEACHER_RISE;
      expect(Math.abs(row - Math.round(row)) < 1e-9 && row >= 1 && row <= BLEACHER_ROWS, `${where}: at a row's height`).toBe(
        true,
      );
      expect(inAnyStand(p.x, p.z)).toBeUndefined();
      expect(polygonContains(data.site.boundary, [p.x, p.z])).toBe(true);
      // Facing the field's centre, give or take.
      const toField = Math.atan2((f.x0 + f.x1) / 2 - lx, (f.z0 + f.z1) / 2 - lz);
      const facing = p.yaw - (arena.rotation * Math.PI) / 180;
      expect(Math.cos(facing - toField)).toBeGreaterThan(0.3);
    }
  });

  it('is the same crowd every time', () => {
    const again = buildCrowd(data, world);
    expect(again.people.length).toBe(site.people.length);
    expect(again.people.map((p) => [p.x, p.z, p.yaw, p.rank, ...p.shirt])).toEqual(
      site.people.map((p) => [p.x, p.z, p.yaw, p.rank, ...p.shirt]),
    );
    expect(new Set(site.people.map((p) => p.shirt.join())).size).toBeGreaterThanOrEqual(8);
  });
});

describe('the crowd over the days', () => {
  const drawn = (instant: number, s: readonly TimedSession[] | null = sessions) =>
    selectCrowd(site, crowdMoment(data.edition, s, site, instant));

  it('has nobody outside the opening hours, nor outside the edition’s days', () => {
    for (const day of days)
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        const open = minutes >= OPENING.from * 60 && minutes < OPENING.to * 60;
        const n = drawn(at(local)).indices.length;
        if (open) expect(n, local).toBeGreaterThan(50);
        else expect(n, local).toBe(0);
      }
    expect(drawn(at('2024-05-16T15:00')).indices.length).toBe(0);
    expect(drawn(at('2024-05-22T15:00')).indices.length).toBe(0);
  });

  it('is fuller in the afternoon than in the morning', () => {
    const morning = drawn(at('2024-05-18T10:20')).counts;
    const afternoon = drawn(at('2024-05-18T16:10')).counts;
    expect(afternoon.walkers).toBeGreaterThan(morning.walkers * 2);
    expect(afternoon.stands).toBeGreaterThan(morning.stands);
  });

  it('fills an arena’s bleachers only while a demonstration is on there', () => {
    const onArena = (instant: number, id: string) =>
      drawn(instant).indices.filter((i) => site.people[i]!.group === 'bleachers' && site.people[i]!.place === id).length;
    // 11:00–11:30 the mounted police, 11:45–12:15 the dog brigade (programme.json).
    expect(onArena(at('2024-05-18T11:10'), 'mounted-arena')).toBeGreaterThan(120);
    expect(onArena(at('2024-05-18T11:10'), 'dog-arena')).toBeLessThanOrEqual(FEW_SPECTATORS);
    expect(onArena(at('2024-05-18T11:35'), 'mounted-arena')).toBeLessThanOrEqual(FEW_SPECTATORS);
    expect(onArena(at('2024-05-18T11:50'), 'dog-arena')).toBeGreaterThan(120);
    // Without a programme, no arena is ever full.
    for (const id of site.arenas)
      expect(drawn(at('2024-05-18T11:10'), null).indices.filter((i) => site.people[i]!.place === id).length).toBeLessThanOrEqual(
        FEW_SPECTATORS,
      );
  });

  it('keeps every group and the whole crowd within budget, all arenas on at once included', () => {
    const allOn: TimedSession[] = site.arenas.map((place, k) => ({
      ...sessions[0]!,
      id: `all-${k}`,
      place,
      kind: 'demonstration',
      startAt: at('2024-05-18T15:00'),
      endAt: at('2024-05-18T16:00'),
    }));
    // Every 10 minutes of the opening hours of every day.
    const moments = days.flatMap((d) =>
      Array.from({ length: (OPENING.to - OPENING.from) * 6 }, (_, k) =>
        at(`${d}T${pad(OPENING.from + Math.floor(k / 6))}:${pad((k % 6) * 10)}`),
      ),
    );
    let most = 0;
    for (const [instant, s] of [
      ...moments.map((m) => [m, sessions] as const),
      [at('2024-05-18T15:30'), [...sessions, ...allOn]] as const,
    ]) {
      const { indices, counts } = drawn(instant, s);
      for (const g of Object.keys(GROUP_BUDGET) as Person['group'][]) expect(counts[g], g).toBeLessThanOrEqual(GROUP_BUDGET[g]);
      expect(indices.length).toBeLessThanOrEqual(CROWD_BUDGET.figures);
      expect(crowdTriangles(indices.length)).toBeLessThanOrEqual(CROWD_BUDGET.triangles);
      most = Math.max(most, indices.length);
    }
    const all = drawn(at('2024-05-18T15:30'), [...sessions, ...allOn]).counts;
    expect(all.bleachers).toBeGreaterThan(GROUP_BUDGET.bleachers - 10);
    expect(most).toBeGreaterThan(400);
  });

  it('stands everyone still under reduced motion, whatever the time', () => {
    for (const p of site.people) {
      const first = personAt(p, 0, true);
      for (const t of [0.5, 13, 600, 36_000]) expect(personAt(p, t, true), p.group).toEqual(first);
    }
    const walker = byGroup('walkers')[0]!;
    expect(personAt(walker, 3, false)).not.toEqual(personAt(walker, 0, false));
  });
});

describe('the seminar hall', () => {
  const hall = data.site.zones.find((z) => z.kind === 'seminar') as Zone;
  const layout = seminarLayoutOf(hall);
  /** The chairs' seats on the plan, with their facing. */
  const chairs = layout.chairs.map((c) => interiorToPlan(hall, c.x, c.z, c.yaw));
  const inHall = (instant: number, s: readonly TimedSession[] | null = sessions) =>
    selectCrowd(site, crowdMoment(data.edition, s, site, instant))
      .indices.map((i) => site.people[i]!)
      .filter((p) => p.group === 'seats');
  const seminars = sessions.filter((s) => s.kind === 'seminar' && s.place === hall.id);
  const facing = (p: { yaw: number }, x: number, z: number, from: { x: number; z: number }) =>
    (Math.sin(p.yaw) * (x - from.x) + Math.cos(p.yaw) * (z - from.z)) / Math.hypot(x - from.x, z - from.z);

  it('has its chairs where the collision model has its blocks of rows', () => {
    expect(chairs.length).toBe(128);
    const blocks = obstacles.filter(
      (o) => Math.abs(o.maxY - 0.95) < 0.02 && Math.hypot(o.cx - hall.position[0], o.cz - hall.position[1]) < 15,
    );
    expect(blocks.length).toBe(2);
    for (const [x, z] of chairs) {
      const on = blocks.find((o) => {
        const c = Math.cos(o.rot);
        const s = Math.sin(o.rot);
        const dx = x - o.cx;
        const dz = z - o.cz;
        return Math.abs(c * dx - s * dz) <= o.hx - 0.2 && Math.abs(s * dx + c * dz) <= o.hz - 0.2;
      });
      expect(on, `chair at [${x.toFixed(2)}, ${z.toFixed(2)}]: in a block of rows`).toBeDefined();
    }
  });

  it('seats most of a seminar’s audience, one to a chair, facing the stage, its speakers on the stage facing them', () => {
    expect(seminars.length).toBe(4);
    const stage = interiorToPlan(hall, 0, layout.stage.z, 0);
    const middle = interiorToPlan(hall, 0, layout.chairs.reduce((n, c) => n + c.z, 0) / chairs.length, 0);
    const shares = new Set<number>();
    for (const session of seminars)
      for (const minute of [5, 60, 115]) {
        const people = inHall(session.startAt + minute * 60_000);
        const seated = people.filter((p) => p.seatHeight > 0);
        const where = `${session.id} +${minute} min`;
        expect(seated.length, where).toBeGreaterThanOrEqual(Math.floor(AUDIENCE.min * chairs.length));
        expect(seated.length, where).toBeLessThanOrEqual(Math.ceil(AUDIENCE.max * chairs.length));
        shares.add(seated.length);
        const taken = new Set<number>();
        for (const p of seated) {
          const d = chairs.map(([x, z]) => Math.hypot(p.x - x, p.z - z));
          const k = d.indexOf(Math.min(...d));
          expect(d[k], `${where}: on a chair, a few cm back from its centre`).toBeLessThanOrEqual(0.05);
          expect(taken.has(k), `${where}: one to a chair`).toBe(false);
          taken.add(k);
          expect(p.y).toBeCloseTo(CHAIR_SEAT_Y, 9);
          expect(p.seatHeight).toBe(CHAIR_SEAT_Y);
          expect(Math.cos(p.yaw - chairs[k]![2]), `${where}: as the chair faces`).toBeCloseTo(1, 9);
          // Square to the stage, which runs across the hall's far end.
          expect(facing(p, stage[0], stage[1], { x: middle[0], z: middle[1] }), `${where}: facing the stage`).toBeCloseTo(1, 6);
          expect(p.walk).toBeNull();
        }
        const speakers = people.filter((p) => p.seatHeight === 0);
        expect(speakers.length, where).toBeGreaterThanOrEqual(SPEAKERS.min);
        expect(speakers.length, where).toBeLessThanOrEqual(SPEAKERS.max);
        for (const p of speakers) {
          expect(p.y).toBe(STAGE_Y);
          const [lx, lz] = toLocal(hall, p.x, p.z);
          const [sx, sz] = toLocal(hall, stage[0], stage[1]);
          // On the stage (it runs across the hall's far end: the door is on the left).
          expect(Math.abs(lx - sx), `${where}: speaker on the stage`).toBeLessThan(layout.stage.depth / 2);
          expect(Math.abs(lz - sz), `${where}: speaker on the stage`).toBeLessThan(layout.stage.width / 2);
          // Toward the rows, give or take a turn toward the middle.
          expect(
            facing(p, middle[0], middle[1], { x: stage[0], z: stage[1] }),
            `${where}: speaker facing the audience`,
          ).toBeGreaterThan(0.9);
        }
      }
    // Each seminar its own audience, the same all through it.
    expect(shares.size).toBeGreaterThan(1);
    for (const session of seminars) expect(inHall(session.startAt + 60_000).length).toBe(inHall(session.endAt - 60_000).length);
  });

  it('has only a few seated there outside a seminar, and nobody when the site is closed', () => {
    for (const local of ['2024-05-18T10:10', '2024-05-18T14:50', '2024-05-18T17:10', '2024-05-21T15:30']) {
      const people = inHall(at(local));
      expect(people.length, local).toBeGreaterThan(0);
      expect(people.length, local).toBeLessThanOrEqual(FEW_SEATED);
      expect(people.every((p) => p.seatHeight > 0)).toBe(true);
    }
    expect(inHall(at('2024-05-18T15:30'), null).length, 'no programme').toBeLessThanOrEqual(FEW_SEATED);
    expect(inHall(at('2024-05-18T20:00')).length).toBe(0);
  });

  it('never walks a seated figure', () => {
    for (const p of byGroup('seats')) {
      expect(p.walk).toBeNull();
      const first = personAt(p, 0, false);
      for (const t of [1, 60, 3600]) expect(personAt(p, t, false)).toEqual(first);
    }
  });
});

describe('the figure', () => {
  it('is one low-poly geometry with its limbs and tints, coloured from the palette', () => {
    const g = figureGeometry();
    const triangles = g.getIndex()!.count / 3;
    expect(triangles).toBe(FIGURE_TRIANGLES);
    expect(triangles).toBeGreaterThanOrEqual(60);
    expect(triangles).toBeLessThanOrEqual(150);
    const rig = g.getAttribute('aRig') as BufferAttribute;
    const limbs = new Set<number>();
    const tints = new Set<number>();
    for (let i = 0; i < rig.count; i++) {
      limbs.add(rig.getX(i));
      tints.add(rig.getY(i));
    }
    expect([...limbs].sort()).toEqual(Object.values(LIMB).sort());
    expect([...tints].sort()).toEqual(Object.values(TINT).sort());
    // The shoes keep their own colour: the palette's charcoal, linear.
    const color = g.getAttribute('color') as BufferAttribute;
    const shoe = Array.from({ length: rig.count }, (_, i) => i).find(
      (i) => rig.getY(i) === TINT.fixed && rig.getX(i) === LIMB.leftLeg,
    )!;
    const charcoal = hexToLinear(PALETTE.charcoal);
    expect(
      [color.getX(shoe), color.getY(shoe), color.getZ(shoe)].map((c, k) => c - charcoal[k]!).every((d) => Math.abs(d) < 1e-6),
    ).toBe(true);
    g.dispose();
  });

  it('sits with its thighs level on the seat, its shins down to the floor, a child’s feet hanging', () => {
    const g = figureGeometry();
    const pos = g.getAttribute('position') as BufferAttribute;
    const rig = g.getAttribute('aRig') as BufferAttribute;
    const pose = (scale: number) =>
      Array.from({ length: pos.count }, (_, i) => ({
        limb: rig.getX(i),
        tint: rig.getY(i),
        p: sitVertex([pos.getX(i), pos.getY(i), pos.getZ(i)], rig.getX(i), rig.getY(i), scale, CHAIR_SEAT_Y),
      }));
    const span = (vs: number[][], k: number) => Math.max(...vs.map((v) => v[k]!)) - Math.min(...vs.map((v) => v[k]!));
    for (const scale of [0.93, 1, 1.05]) {
      const vs = pose(scale);
      for (const limb of [LIMB.leftLeg, LIMB.rightLeg]) {
        const thigh = vs.filter((v) => v.limb === limb && v.tint === TINT.trousers).map((v) => v.p);
        const shin = vs.filter((v) => v.limb === limb && v.tint === TINT.fixed).map((v) => v.p);
        // Level: as thick as the trouser leg, as long as a thigh, forward; resting on the seat.
        expect(span(thigh, 1)).toBeCloseTo(2 * LEG_HALF_DEPTH * scale, 6);
        expect(span(thigh, 2)).toBeCloseTo(THIGH * scale, 6);
        expect(Math.min(...thigh.map((p) => p[1]))).toBeCloseTo(-SINK * scale, 6);
        // Upright: from the thigh's top down to the floor, the knee in front of the seat.
        expect(Math.max(...shin.map((p) => p[1]))).toBeCloseTo(Math.max(...thigh.map((p) => p[1])), 6);
        expect(Math.min(...shin.map((p) => p[1]))).toBeCloseTo(-CHAIR_SEAT_Y, 6);
        expect(span(shin, 1)).toBeGreaterThan(2 * span(shin, 2));
        expect(Math.min(...shin.map((p) => p[2]))).toBeGreaterThan(0.24 + SIT_BACK);
      }
      // The body down to the seat, nothing but the shins and feet below it.
      expect(Math.min(...vs.filter((v) => v.limb === LIMB.body).map((v) => v.p[1]))).toBeCloseTo(0, 6);
      for (const v of vs.filter((w) => w.tint !== TINT.fixed || (w.limb !== LIMB.leftLeg && w.limb !== LIMB.rightLeg)))
        expect(v.p[1]).toBeGreaterThan(-0.02);
    }
    const child = pose(0.66).filter((v) => v.tint === TINT.fixed && v.limb === LIMB.leftLeg);
    expect(Math.min(...child.map((v) => v.p[1]))).toBeGreaterThan(-CHAIR_SEAT_Y + 0.05);
    g.dispose();
  });

  it('patches every chunk of three’s Lambert shader it replaces, with a program of its own', () => {
    const material = crowdMaterial({ uTime: { value: 0 }, uMove: { value: 1 } });
    const shader = {
      uniforms: {} as Record<string, unknown>,
      vertexShader: ShaderLib.lambert.vertexShader,
      fragmentShader: ShaderLib.lambert.fragmentShader,
    };
    material.onBeforeCompile(shader as never, undefined as never);
    for (const chunk of ['#include <beginnormal_vertex>', '#include <begin_vertex>'])
      expect(shader.vertexShader).not.toContain(chunk);
    expect(shader.vertexShader).toContain('crowdPose( crowdPosition, objectNormal );');
    expect(shader.vertexShader).toContain('vColor.rgb *= crowdTint;');
    expect(shader.vertexShader).toContain('vec3 transformed = crowdPosition;');
    // Seated figures: the attribute, the pose in place of the walk, the same thigh as sitting.ts.
    expect(shader.vertexShader).toContain('attribute float aSeat;');
    expect(shader.vertexShader).toContain('if ( seated ) crowdSit( p, n, limb );');
    expect(CROWD_GLSL.head).toContain(`u * ${THIGH.toFixed(4)}`);
    expect(Object.keys(shader.uniforms).sort()).toEqual(['uMove', 'uTime']);
    expect(material.customProgramCacheKey()).toBe('crowd-figures-1');
    material.dispose();
  });
});

describe('the setting', () => {
  it('shows the crowd unless asked, and hides it when asked', () => {
    expect(useCrowd.getState().shown).toBe(true);
    useCrowd.getState().setShown(false);
    expect(useCrowd.getState().shown).toBe(false);
    useCrowd.getState().setShown(true);
  });
});
