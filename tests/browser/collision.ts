import fs from 'node:fs';
/**
 * The collision model as the tests see it: boxes read back from dist/models/<edition>/collision.glb,
 * to check that where the visitor went is never inside anything solid.
 */
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import path from 'node:path';
import { obstaclesFromMesh, type Obstacle } from '../../src/walk/obstacles.ts';
import { obstacleDistance } from '../../src/walk/collide.ts';
import { ROOT } from '../../tools/browser/server.ts';

/** Solid boxes a walker meets (not those it steps over or walks under). */
export async function loadObstacles(edition: string, modelsDir = path.join(ROOT, 'dist/models')): Promise<Obstacle[]> {
  const file = path.join(modelsDir, edition, 'collision.glb');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the models first`);
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
  const index = prim.getIndices()!.getArray()!;
  return obstaclesFromMesh(world, index).filter((o) => o.maxY >= 0.35 && o.minY <= 1.9);
}

/** Distance from a plan point to the nearest solid (negative inside one). */
export function clearance(obstacles: Obstacle[], x: number, z: number): number {
  let best = Infinity;
  for (const o of obstacles) best = Math.min(best, obstacleDistance(o, x, z));
  return best;
}

/** Smallest clearance along a segment, sampled every 5 cm. */
export function segmentClearance(obstacles: Obstacle[], a: [number, number], b: [number, number]): number {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.05));
  let best = Infinity;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    best = Math.min(best, clearance(obstacles, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t));
  }
  return best;
}
