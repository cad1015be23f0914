/**
 * What a click means in 3D: any part of a stand (its booth, its sign, its floor) is the stand; from
 * the air a place's footprint is the place; elsewhere the point and whether it is walkable floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry } from 'three';
import { pickTarget } from '../src/canvas/picking/pickTarget.ts';
import type { EditionData } from '../src/edition/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, f), 'utf8'));
const data = { edition: read('edition.json'), site: read('site.json'), stands: read('stands.json').stands } as EditionData;
const W = 800;
const H = 600;

/** A world of a floor and one box standing on a stand's footprint, seen by a camera looking at a point. */
function scene(standId: string) {
  const stand = data.stands.find((s) => s.id === standId)!;
  const root = new Group();
  const floor = new Mesh(new PlaneGeometry(400, 400).rotateX(-Math.PI / 2), new MeshBasicMaterial());
  const counter = new Mesh(new BoxGeometry(2, 1, 0.6), new MeshBasicMaterial());
  counter.position.set(stand.position[0], 0.5, stand.position[1]);
  root.add(floor, counter);
  root.updateMatrixWorld(true);
  return { root, stand };
}

function camera(from: [number, number, number], at: [number, number, number]) {
  const c = new PerspectiveCamera(70, W / H, 0.1, 2000);
  c.position.set(...from);
  c.lookAt(...at);
  c.updateMatrixWorld();
  return c;
}

describe('pickTarget', () => {
  it('names the stand under the pointer, from its counter or its floor', () => {
    const { root, stand } = scene('passport');
    const [x, z] = stand.position;
    const eye = camera([x, 1.6, z + 8], [x, 0.5, z]);
    const hit = pickTarget(root, eye, W / 2, H / 2, W, H, data, false);
    expect(hit.target?.id).toBe('passport');
    expect(hit.floor).toBe(false);
  });

  it('gives walkable floor outside every stand', () => {
    const { root } = scene('passport');
    const eye = camera([0, 1.6, 60], [0, 0, 52]);
    const hit = pickTarget(root, eye, W / 2, H / 2, W, H, data, false);
    expect(hit.target).toBeNull();
    expect(hit.floor).toBe(true);
    expect(hit.point![1]).toBeCloseTo(52, 0);
  });

  it('from the air, a place with hotspots is the target of a click on its ground', () => {
    const { root } = scene('passport');
    const arena = data.site.zones.find((zn) => zn.id === 'dog-arena')!;
    const [x, z] = arena.position;
    const eye = camera([x, 120, z + 60], [x, 0, z]);
    const hit = pickTarget(root, eye, W / 2, H / 2, W, H, data, true);
    expect(hit.target?.id).toBe(arena.hotspots?.length ? 'dog-arena' : undefined);
    // On foot, the same spot is ground to walk on.
    expect(pickTarget(root, eye, W / 2, H / 2, W, H, data, false).target).toBeNull();
  });
});
