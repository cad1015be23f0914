/**
 * The arrival viewpoint, framed for the screen: on a desktop it stays close in front of a stand, on
 * a phone held upright it backs away until the sign and every marker fit, never past an obstacle;
 * a place is arrived at from its approach side; a landing from the air keeps clear of the fence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrivalViewpoint, groundFov, landingSpot, MIN_VIEW_DISTANCE } from '../src/walk/framing.ts';
import { toLocal } from '../src/edition/geometry.ts';
import { signAnchor } from '../src/edition/booths.ts';
import type { Site, Stand } from '../src/edition/schema.ts';
import type { PlaceTarget, StandTarget } from '../src/edition/targets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const stands = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'stands.json'), 'utf8')) as { stands: Stand[] })
  .stands;
const site = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'site.json'), 'utf8')) as Site;
const asTarget = (stand: Stand): StandTarget => ({ ...stand, kind: 'stand', stand });
const EYE = 1.6;

/** Whether a stand-local point is inside the view of a visitor at `v` looking straight ahead. */
function visible(stand: Stand, v: { x: number; z: number; yaw: number }, p: [number, number, number], aspect: number): boolean {
  const fov = (groundFov(aspect) * Math.PI) / 180;
  const [vx, vz] = toLocal(stand, v.x, v.z);
  const forward = vz - p[2]; // the visitor faces local −z
  if (forward <= 0) return false;
  const tanV = Math.tan(fov / 2);
  return Math.abs(p[0] - vx) / forward <= tanV * aspect && Math.abs(p[1] - EYE) / forward <= tanV;
}

describe('groundFov', () => {
  it('keeps 70° on landscape screens and widens on upright ones, within a cap', () => {
    expect(groundFov(16 / 9)).toBe(70);
    expect(groundFov(1)).toBe(70);
    expect(groundFov(390 / 844)).toBeGreaterThan(80);
    expect(groundFov(0.2)).toBeLessThanOrEqual(92);
  });
});

describe('arrivalViewpoint', () => {
  const passport = stands.find((s) => s.id === 'passport')!;

  it('stands close in front of a stand on a desktop, on its axis, facing it', () => {
    const v = arrivalViewpoint(asTarget(passport), { aspect: 16 / 9 });
    const [lx, lz] = toLocal(passport, v.x, v.z);
    expect(lx).toBeCloseTo(0, 5);
    expect(lz).toBeCloseTo(passport.depth / 2 + MIN_VIEW_DISTANCE, 5);
  });

  it('backs away on a phone held upright until the sign and every marker are in view', () => {
    for (const stand of stands) {
      const aspect = 390 / 844;
      const v = arrivalViewpoint(asTarget(stand), { aspect });
      const s = signAnchor(stand.booth, stand.width, stand.depth);
      const points: Array<[number, number, number]> = [
        ...stand.hotspots.map((h) => h.position),
        [s.position[0] - s.width / 2, s.position[1] + s.height / 2, s.position[2]],
        [s.position[0] + s.width / 2, s.position[1] + s.height / 2, s.position[2]],
      ];
      for (const p of points) expect(visible(stand, v, p, aspect), `${stand.id} ${p.join(',')}`).toBe(true);
      const [, lz] = toLocal(stand, v.x, v.z);
      expect(lz, stand.id).toBeGreaterThan(stand.depth / 2 + MIN_VIEW_DISTANCE - 1e-9);
    }
  });

  it('never backs away past an obstacle', () => {
    const wallAt = passport.position[1] + passport.depth / 2 + 4.5; // a wall 4.5 m in front (plan z)
    const v = arrivalViewpoint(asTarget(passport), { aspect: 390 / 844 }, (_x, z) => z < wallAt);
    expect(v.z + 0.6).toBeLessThanOrEqual(wallAt + 1e-9);
  });

  it('arrives at a place from its approach side, facing in', () => {
    const zone = { ...site.zones.find((z) => z.id === 'seminar-hall')!, approach: 'left' as const, hotspots: [] };
    const target: PlaceTarget = { ...zone, kind: 'place', place: zone, zone: zone.id, hotspots: [] };
    const v = arrivalViewpoint(target, { aspect: 16 / 9 });
    expect(v.x).toBeLessThan(zone.position[0] - zone.width / 2);
    // Facing +x (into the zone): the rig's forward is (−sin yaw, −cos yaw).
    expect(-Math.sin(v.yaw)).toBeCloseTo(1, 5);
  });
});

describe('landingSpot', () => {
  it('keeps a landing from the air clear of the fence, facing the middle of the site', () => {
    const boundary = site.boundary;
    const v = landingSpot(144.5, 0, boundary);
    expect(v.x).toBeLessThanOrEqual(145 - 6 + 1e-9);
    expect(-Math.sin(v.yaw)).toBeLessThan(-0.9); // facing −x, toward the middle
    const inside = landingSpot(0, 0, boundary);
    expect([inside.x, inside.z]).toEqual([0, 0]);
  });
});
