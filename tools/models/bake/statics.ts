/**
 * The merged statics (ground, paths, hall shells, arenas, gate, fence, roofs), baked where they
 * stand: their flat ground sampled on probes (./mask.ts), refined where its shade changes
 * (./refine.ts, ./subdivide.ts), then every vertex multiplied by its shade.
 */
import type { Node } from '@gltf-transform/core';
import type { Bvh } from './bvh.ts';
import { shadeMask } from './mask.ts';
import { point } from './nodes.ts';
import { triangles } from './occluders.ts';
import { bakeVertices, receivers } from './receivers.ts';
import { GroundShades, refineTriangles, type RefineOptions } from './refine.ts';
import type { Sampler } from './sampler.ts';
import { FLAT_MAX_Y, subdivideFlat } from './subdivide.ts';

export interface StaticsOptions extends RefineOptions {
  /** Probe spacing on the ground, metres. */
  probeStep: number;
}

export interface StaticsReport {
  probes: number;
  marked: number;
  trianglesAdded: number;
  vertices: number;
}

/** Flat upward triangles low over the ground, in world space (nine numbers each). */
function flatGround(nodes: readonly Node[]): number[] {
  const flat: number[] = [];
  for (const node of nodes) {
    const m = node.getWorldMatrix();
    for (const prim of receivers(node)) {
      const pos = prim.getAttribute('POSITION')!.getArray()!;
      const nor = prim.getAttribute('NORMAL')!.getArray()!;
      const idx = triangles(prim);
      for (let k = 0; k + 2 < idx.length; k += 3) {
        const t = [idx[k]!, idx[k + 1]!, idx[k + 2]!];
        if (!t.every((i) => nor[i * 3 + 1]! > 0.999 && pos[i * 3 + 1]! <= FLAT_MAX_Y)) continue;
        for (const i of t) flat.push(...point(m, pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!));
      }
    }
  }
  return flat;
}

/** Bakes `nodes` (not instanced) against `bvh` with `sample`, refining their ground first. */
export function bakeStatics(nodes: readonly Node[], bvh: Bvh, sample: Sampler, o: StaticsOptions): StaticsReport {
  const mask = shadeMask(flatGround(nodes), sample, o.probeStep, o.change);
  // Covered: straight up from just over it, the first thing met within a metre is seen from behind
  // (the inside of a kerb, a wall, a floor or a booth; the underside of the paving).
  const hidden = (x: number, y: number, z: number): boolean => bvh.behind(x, y + 0.01, z, 0, 1, 0, 1);
  const shades = new GroundShades(sample, hidden);
  const refine = refineTriangles(mask, shades, o);
  const known = shades.sampler();
  let trianglesAdded = 0;
  let vertices = 0;
  for (const node of nodes) {
    const m = node.getWorldMatrix();
    const world = (p: readonly number[]) => point(m, p[0]!, p[1]!, p[2]!);
    for (const prim of receivers(node)) {
      trianglesAdded += subdivideFlat(prim, (a, b, c) => refine(world(a), world(b), world(c)));
      vertices += bakeVertices(prim, m, known);
    }
  }
  return { probes: mask.probes, marked: mask.marked, trianglesAdded, vertices };
}
