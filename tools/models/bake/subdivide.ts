/**
 * More vertices where the ground needs them: a baked shade lives on vertices, and the site's ground,
 * paths and floors are big flat triangles (metres to tens of metres across) that would blur a
 * contact shadow or a building's shadow into nothing. Flat upward triangles low over the ground are
 * bisected at their longest edge while the caller asks (./refine.ts), which keeps them well shaped
 * and ends. Then every triangle with a new vertex in the middle of one of its edges (a neighbour
 * split it, it did not) is split there too, so the surface has no cracks. Same input, same output.
 */
import type { Primitive } from '@gltf-transform/core';
import { triangles } from './occluders.ts';

type P = readonly number[];

/** Whether to split the triangle a b c ([x, y, z] each, in the primitive's frame). */
export type RefineTriangle = (a: P, b: P, c: P) => boolean;

/** Flat upward triangles at most this high are refined (ground, paving, hall floors, arena fields). */
export const FLAT_MAX_Y = 1;

/**
 * Refines `prim` (POSITION, NORMAL, COLOR_0 as floats, indexed) in place; returns the number of
 * triangles added. New vertices take the mean position, normal and colour of their edge's ends.
 */
export function subdivideFlat(prim: Primitive, refine: RefineTriangle): number {
  const P = prim.getAttribute('POSITION')!;
  const N = prim.getAttribute('NORMAL');
  const C = prim.getAttribute('COLOR_0');
  const I = prim.getIndices();
  if (!N || !C || !I) return 0;
  const pos = Array.from(P.getArray()!);
  const nor = Array.from(N.getArray()!);
  const col = Array.from(C.getArray()!);
  const width = C.getElementSize();
  const src = triangles(prim);
  const at = (i: number): P => [pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!];
  const length = (i: number, j: number): number => Math.hypot(pos[j * 3]! - pos[i * 3]!, pos[j * 3 + 2]! - pos[i * 3 + 2]!);
  const key = (i: number, j: number): number => Math.min(i, j) * 2 ** 26 + Math.max(i, j);
  const mids = new Map<number, number>();
  const mid = (i: number, j: number): number => {
    let m = mids.get(key(i, j));
    if (m !== undefined) return m;
    m = pos.length / 3;
    for (let a = 0; a < 3; a++) pos.push((pos[i * 3 + a]! + pos[j * 3 + a]!) / 2);
    const n = [0, 1, 2].map((a) => nor[i * 3 + a]! + nor[j * 3 + a]!);
    const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1;
    nor.push(n[0]! / l, n[1]! / l, n[2]! / l);
    for (let a = 0; a < width; a++) col.push((col[i * width + a]! + col[j * width + a]!) / 2);
    mids.set(key(i, j), m);
    return m;
  };
  /** Splits a b c at the midpoint m of edge e (0: ab, 1: bc, 2: ca), children in drawing order. */
  const halves = (a: number, b: number, c: number, e: number, m: number): [number[], number[]] =>
    e === 0
      ? [
          [a, m, c],
          [m, b, c],
        ]
      : e === 1
        ? [
            [a, b, m],
            [a, m, c],
          ]
        : [
            [a, b, m],
            [m, b, c],
          ];
  /** Refines one triangle depth first; `pick` names the edge to split (or −1) and its midpoint. */
  const walk = (tri: number[], pick: (a: number, b: number, c: number) => [number, number], out: number[]): void => {
    const stack = [tri];
    while (stack.length) {
      const [a, b, c] = stack.pop()! as [number, number, number];
      const [e, m] = pick(a, b, c);
      if (e < 0) {
        out.push(a, b, c);
        continue;
      }
      const [first, second] = halves(a, b, c, e, m);
      stack.push(second, first);
    }
  };
  const flat = (i: number): boolean => nor[i * 3 + 1]! > 0.999;
  const leaves: number[] = [];
  for (let k = 0; k + 2 < src.length; k += 3) {
    const t = [src[k]!, src[k + 1]!, src[k + 2]!] as [number, number, number];
    const y = pos[t[0] * 3 + 1]!;
    // A sliver of no area (the triangulation leaves some along straight runs) draws nothing: left as is.
    const area = Math.abs(
      (pos[t[1] * 3]! - pos[t[0] * 3]!) * (pos[t[2] * 3 + 2]! - pos[t[0] * 3 + 2]!) -
        (pos[t[2] * 3]! - pos[t[0] * 3]!) * (pos[t[1] * 3 + 2]! - pos[t[0] * 3 + 2]!),
    );
    const eligible = t.every((i) => flat(i) && Math.abs(pos[i * 3 + 1]! - y) < 1e-4) && y <= FLAT_MAX_Y && area > 1e-6;
    if (!eligible) {
      leaves.push(...t);
      continue;
    }
    walk(
      t,
      (a, b, c) => {
        if (!refine(at(a), at(b), at(c))) return [-1, -1];
        const l = [length(a, b), length(b, c), length(c, a)];
        const e = l[0]! >= l[1]! && l[0]! >= l[2]! ? 0 : l[1]! >= l[2]! ? 1 : 2;
        const [i, j] = e === 0 ? [a, b] : e === 1 ? [b, c] : [c, a];
        return [e, mid(i, j)];
      },
      leaves,
    );
  }
  // Closure: split wherever a neighbour left a vertex on an edge (the longest such edge first).
  const out: number[] = [];
  for (let k = 0; k < leaves.length; k += 3)
    walk(
      [leaves[k]!, leaves[k + 1]!, leaves[k + 2]!],
      (a, b, c) => {
        let best: [number, number] = [-1, -1];
        let longest = 0;
        for (const [i, j, e] of [
          [a, b, 0],
          [b, c, 1],
          [c, a, 2],
        ] as const) {
          const m = mids.get(key(i, j));
          if (m !== undefined && length(i, j) > longest) {
            longest = length(i, j);
            best = [e, m];
          }
        }
        return best;
      },
      out,
    );
  const count = pos.length / 3;
  P.setArray(new Float32Array(pos));
  N.setArray(new Float32Array(nor));
  C.setArray(new Float32Array(col));
  I.setArray(count > 65535 ? new Uint32Array(out) : new Uint16Array(out));
  return (out.length - src.length) / 3;
}
