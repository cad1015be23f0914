/**
 * The instanced objects (booths, props, palms, lamps, flags): one mesh drawn in many places, so its
 * vertex colours can only hold what every copy shares, its own occlusion standing on the ground
 * (contact shading at its foot, under its counters and canopies; the sun's cosine averaged over every
 * heading). Where each copy stands, under a pavilion's roof or in a building's shadow, goes into its
 * per-instance colour (EXT_mesh_gpu_instancing `_COLOR_0`, which three multiplies in): the accent
 * colours already there are multiplied, the other nodes get one where any copy is in shade.
 */
import type { Document, Node } from '@gltf-transform/core';
import { buildBvh } from './bvh.ts';
import { copies, instancing, point } from './nodes.ts';
import { Occluders } from './occluders.ts';
import { steps } from './light.ts';
import { bakeVertices, receivers } from './receivers.ts';
import { sampler, type Sampler, type SamplerOptions } from './sampler.ts';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

/** Instanced nodes drawn at the same places (a booth's neutral and accent meshes) are one object. */
function objects(nodes: readonly Node[]): Node[][] {
  const byPlace = new Map<string, Node[]>();
  for (const n of nodes) {
    const key = copies(n)
      .map((m) => Array.from(m, (v) => v.toFixed(4)).join(','))
      .join(';');
    const list = byPlace.get(key) ?? [];
    list.push(n);
    byPlace.set(key, list);
  }
  return [...byPlace.values()];
}

/**
 * Bakes each instanced object's own occlusion into its vertex colours, in its own frame, on the
 * plane y = 0. `options` gives the hemisphere and distances; returns the vertices baked.
 */
export function bakeInstanced(nodes: readonly Node[], options: Omit<SamplerOptions, 'bvh' | 'groundPlane' | 'sun'>): number {
  let vertices = 0;
  const done = new Set<unknown>();
  for (const group of objects(nodes)) {
    const bvh = buildBvh(new Occluders().add(group, IDENTITY).done());
    const sample = sampler({ ...options, bvh, sun: [], groundPlane: true, anyHeading: true });
    for (const node of group)
      for (const prim of receivers(node)) {
        if (done.has(prim)) continue;
        done.add(prim);
        vertices += bakeVertices(prim, IDENTITY, sample);
      }
  }
  return vertices;
}

/**
 * Each copy's shade where it stands (`sample` at `height` over its foot, facing up) into its instance
 * colour. Returns the number of copies in shade.
 */
export function tintInstances(doc: Document, nodes: readonly Node[], sample: Sampler, height: number): number {
  let shaded = 0;
  const buffer = doc.getRoot().listBuffers()[0]!;
  for (const node of nodes) {
    const batch = instancing(node)!;
    const feet = copies(node).map((m) => point(m, 0, 0, 0));
    const shade = feet.map(([x, y, z]) => steps(sample(x, y + height, z, 0, 1, 0)));
    const existing = batch.getAttribute('_COLOR_0');
    if (!existing && shade.every((f) => f === 1)) continue;
    const colors = new Float32Array(feet.length * 3);
    feet.forEach((_, i) => {
      const c = existing ? existing.getElement(i, []) : [1, 1, 1];
      for (let a = 0; a < 3; a++) colors[i * 3 + a] = c[a]! * shade[i]!;
    });
    shaded += shade.filter((f) => f < 1).length;
    if (existing) existing.setArray(colors);
    else batch.setAttribute('_COLOR_0', doc.createAccessor().setType('VEC3').setArray(colors).setBuffer(buffer));
  }
  return shaded;
}
