/** "Next stand" and "Previous stand": the tour order, where a hop starts from, wrapping. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorOf, hopFrom, tourOrder } from '../src/dom/panel/hops.ts';
import type { EditionData, Stand } from '../src/edition/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, f), 'utf8'));
const data = { edition: read('edition.json'), site: read('site.json'), stands: read('stands.json').stands } as EditionData;
const byNumber = (n: number) => data.stands.find((s) => s.number === n)!;

describe('stand hops', () => {
  it('follows the numbers in Agadir (numbered pavilion by pavilion) and wraps at both ends', () => {
    const order = tourOrder(data);
    expect(order.map((s) => s.number)).toEqual(data.stands.map((s) => s.number).sort((a, b) => a - b));
    expect(hopFrom(order, { at: byNumber(14).id }, 1)?.number).toBe(15);
    expect(hopFrom(order, { at: byNumber(14).id }, -1)?.number).toBe(13);
    expect(hopFrom(order, { at: byNumber(37).id }, 1)?.number).toBe(1);
    expect(hopFrom(order, { at: byNumber(1).id }, -1)?.number).toBe(37);
  });

  it('finishes a pavilion before leaving it when numbers interleave between zones', () => {
    const s = (id: string, number: number, zone: string) => ({ ...byNumber(1), id, number, zone }) as Stand;
    const mixed = { ...data, stands: [s('a1', 1, 'pavilion-a'), s('b2', 2, 'pavilion-b'), s('a3', 3, 'pavilion-a')] };
    expect(tourOrder(mixed).map((x) => x.id)).toEqual(['a1', 'a3', 'b2']);
  });

  it('starts from a place before its first stand, and from a point before the nearest stand', () => {
    const order = tourOrder(data);
    const first = order.find((x) => x.zone === 'pavilion-b')!;
    const anchor = anchorOf(data, 'pavilion-b', { x: 0, z: 0 });
    // Only a place with hotspots is a target; without, the point decides.
    if (data.site.zones.find((z) => z.id === 'pavilion-b')?.hotspots?.length) {
      expect(anchor).toEqual({ before: first.id });
      expect(hopFrom(order, anchor!, 1)?.id).toBe(first.id);
    }
    const stand = byNumber(20);
    const near = anchorOf(data, null, { x: stand.position[0] + 1, z: stand.position[1] + 4 });
    expect(near).toEqual({ before: stand.id });
    expect(hopFrom(order, near!, -1)?.number).toBe(19);
  });
});
