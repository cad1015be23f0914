/** Wayfinding signs derived from the edition: a totem at every doorway, fingerposts at junctions pointing at places. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entranceTotems, fingerposts, junctions } from '../src/canvas/signs/placeSigns.ts';
import { polygonContains, rectContains } from '../src/edition/geometry.ts';
import type { EditionData } from '../src/edition/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, f), 'utf8'));
const data = { edition: read('edition.json'), site: read('site.json'), stands: read('stands.json').stands } as EditionData;

describe('wayfinding signs', () => {
  it('puts a totem outside every doorway of every covered place, clear of stands and other places', () => {
    const { boards, posts } = entranceTotems(data);
    const doorways = data.site.zones.filter((z) => z.covered).reduce((n, z) => n + (z.openings?.length ?? 0), 0);
    expect(boards).toHaveLength(doorways);
    expect(posts).toHaveLength(doorways);
    for (const b of boards) {
      expect(rectContains(b.zone, [b.x, b.z], 0), b.zone.id).toBe(false);
      expect(polygonContains(data.site.boundary, [b.x, b.z])).toBe(true);
      expect(data.stands.some((s) => rectContains(s, [b.x, b.z], 0))).toBe(false);
      expect(data.site.zones.some((z) => z.covered && z !== b.zone && rectContains(z, [b.x, b.z], 0))).toBe(false);
      // Facing out of its place: the face's normal points away from the place's middle.
      const nx = Math.sin(b.yaw);
      const nz = Math.cos(b.yaw);
      expect(nx * (b.x - b.zone.position[0]) + nz * (b.z - b.zone.position[1])).toBeGreaterThan(0);
    }
  });

  it('finds the junctions of the paths and points each fingerpost at two or three places, each blade readable both ways', () => {
    expect(junctions(data.site.paths).length).toBeGreaterThanOrEqual(4);
    const { boards, posts } = fingerposts(data);
    expect(posts.length).toBeGreaterThanOrEqual(4);
    expect(boards.length % 2).toBe(0);
    for (let i = 0; i < boards.length; i += 2) {
      const [a, b] = [boards[i]!, boards[i + 1]!];
      expect(a.zone).toBe(b.zone);
      expect([a.arrow, b.arrow]).toEqual(['start', 'end']);
      // The blade runs toward its place.
      const post = posts.find((p) => Math.hypot(p.x - a.x, p.z - a.z) < 1.6)!;
      const toPlace = Math.atan2(a.zone.position[0] - post.x, a.zone.position[1] - post.z);
      const toBlade = Math.atan2(a.x - post.x, a.z - post.z);
      expect(Math.abs(Math.atan2(Math.sin(toPlace - toBlade), Math.cos(toPlace - toBlade)))).toBeLessThan(1e-6);
    }
    for (const p of posts) expect(data.stands.some((s) => rectContains(s, [p.x, p.z], 0))).toBe(false);
  });
});
