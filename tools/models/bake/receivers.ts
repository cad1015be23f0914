/**
 * Which primitives take a baked shade, and writing it: every vertex-coloured lit primitive (not the
 * unlit screens, which glow whatever the light, nor the blended glass, a tint); each vertex's colour
 * is multiplied by its shade.
 */
import type { Node, Primitive } from '@gltf-transform/core';
import { direction, point, type Mat4 } from './nodes.ts';
import { triangles } from './occluders.ts';
import { steps } from './light.ts';
import type { Sampler } from './sampler.ts';

export function receivers(node: Node): Primitive[] {
  return (node.getMesh()?.listPrimitives() ?? []).filter((p) => {
    const m = p.getMaterial();
    const color = p.getAttribute('COLOR_0');
    // The pipeline's own colours are plain floats; a hand-made model's are left as they are.
    if (color?.getComponentType() !== 5126 || !p.getAttribute('NORMAL') || p.getMode() !== 4) return false;
    return !m || (m.getAlphaMode() !== 'BLEND' && !m.getExtension('KHR_materials_unlit'));
  });
}

/** How far into its faces a vertex is sampled: at most this share of the way to their middle, and this many metres. */
const INSET_SHARE = 0.3;
const INSET_MAX = 0.3;

/**
 * Where each vertex is sampled: a little way into the faces it belongs to, toward their middle. A
 * vertex stands for its face up to it, and sampled right in a crease (a wall's top under the eaves,
 * a post's side against a beam) it would darken the whole face toward the crease. Flat upward
 * vertices (the ground) are sampled where they are: the ground's refinement has read them there.
 */
function samplePoints(pos: ArrayLike<number>, nor: ArrayLike<number>, idx: ArrayLike<number>): Float64Array {
  const n = pos.length / 3;
  const sum = new Float64Array(n * 3);
  const count = new Float64Array(n);
  for (let k = 0; k + 2 < idx.length; k += 3) {
    const t = [idx[k]!, idx[k + 1]!, idx[k + 2]!];
    for (let a = 0; a < 3; a++) {
      const c = (pos[t[0]! * 3 + a]! + pos[t[1]! * 3 + a]! + pos[t[2]! * 3 + a]!) / 3;
      for (const i of t) sum[i * 3 + a] = sum[i * 3 + a]! + c;
    }
    for (const i of t) count[i] = count[i]! + 1;
  }
  const out = Float64Array.from(pos);
  for (let i = 0; i < n; i++) {
    if (!count[i] || nor[i * 3 + 1]! > 0.999) continue;
    const d = [0, 1, 2].map((a) => sum[i * 3 + a]! / count[i]! - pos[i * 3 + a]!);
    const l = Math.hypot(d[0]!, d[1]!, d[2]!);
    if (l < 1e-9) continue;
    const k = Math.min(INSET_MAX, INSET_SHARE * l) / l;
    for (let a = 0; a < 3; a++) out[i * 3 + a] = pos[i * 3 + a]! + d[a]! * k;
  }
  return out;
}

/** Multiplies each vertex's colour by `sample` at the vertex (through `frame`); returns the vertices done. */
export function bakeVertices(prim: Primitive, frame: Mat4, sample: Sampler): number {
  const P = prim.getAttribute('POSITION')!;
  const N = prim.getAttribute('NORMAL')!;
  const C = prim.getAttribute('COLOR_0')!;
  const nor = N.getArray()!;
  const pos = samplePoints(P.getArray()!, nor, triangles(prim));
  const col = Float32Array.from(C.getArray()!);
  const w = C.getElementSize();
  const n = P.getCount();
  for (let i = 0; i < n; i++) {
    const [px, py, pz] = point(frame, pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!);
    const [nx, ny, nz] = direction(frame, nor[i * 3]!, nor[i * 3 + 1]!, nor[i * 3 + 2]!);
    const f = steps(sample(px, py, pz, nx, ny, nz));
    for (let a = 0; a < 3; a++) col[i * w + a] = col[i * w + a]! * f;
  }
  C.setArray(col);
  return n;
}
