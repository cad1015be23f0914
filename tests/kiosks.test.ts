/**
 * The default edition's kiosks stand where a person can use them: on a path, clear of every solid of
 * the collision model the walker meets (public/models/<edition>/collision.glb, built by `npm run models`).
 */
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceToSegment } from '../src/edition/geometry.ts';
import { obstaclesFromMesh, type Obstacle } from '../src/walk/obstacles.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';
import { clearance } from './browser/collision.ts';

const EDITION = 'jpo-2024-agadir';
/** Room around a kiosk's foot: the screen's own half-depth and a visitor beside it. */
const MIN_CLEARANCE = 0.6;

/** Solid boxes a walker meets, as tests/browser/collision.ts reads them, from public/models rather than dist. */
async function publicObstacles(): Promise<Obstacle[]> {
  const file = path.join(PUBLIC_MODELS, EDITION, 'collision.glb');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run models\` first`);
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(file);
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getMesh())!;
  const m = node.getWorldMatrix();
  const prim = node.getMesh()!.listPrimitives()[0]!;
  const pos = prim.getAttribute('POSITION')!;
  const world = new Float32Array(pos.getCount() * 3);
  const v: number[] = [];
  for (let i = 0; i < pos.getCount(); i++) {
    pos.getElement(i, v);
    const [x, y, z] = [v[0]!, v[1]!, v[2]!];
    world[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12];
    world[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
    world[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
  }
  return obstaclesFromMesh(world, prim.getIndices()!.getArray()!).filter((o) => o.maxY >= 0.35 && o.minY <= 1.9);
}

const result = readEdition(path.join(ROOT, 'scenes', EDITION));
const kiosks = result.extras?.kiosks ?? [];
let obstacles: Obstacle[] = [];
beforeAll(async () => {
  obstacles = await publicObstacles();
});

describe('the default edition’s kiosks', () => {
  it('are read with the edition, at least three', () => {
    expect(result.problems).toEqual([]);
    expect(kiosks.length).toBeGreaterThanOrEqual(3);
  });

  it(`each stands at least ${MIN_CLEARANCE} m from every solid of the collision model`, () => {
    expect(obstacles.length).toBeGreaterThan(100);
    for (const k of kiosks) {
      const room = clearance(obstacles, k.position[0], k.position[1]);
      expect(room, `kiosk "${k.id}" at [${k.position.join(', ')}]`).toBeGreaterThanOrEqual(MIN_CLEARANCE);
    }
  });

  it('each stands on a path, where visitors walk past', () => {
    for (const k of kiosks) {
      const on = result.data!.site.paths.some((p) =>
        p.points.slice(1).some((b, i) => distanceToSegment(k.position, p.points[i]!, b) <= p.width / 2),
      );
      expect(on, `kiosk "${k.id}" at [${k.position.join(', ')}]`).toBe(true);
    }
  });
});
