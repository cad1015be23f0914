/**
 * The triangles that stop light, gathered from documents in world space, each with its opacity:
 * opaque 1, the tents' and halls' fabric less (daylight comes through it), glass and anything
 * blended not at all.
 */
import type { Material, Node, Primitive } from '@gltf-transform/core';
import { copies, point, type Mat4 } from './nodes.ts';

/** Daylight through white tent fabric: its roofs cut about half of the sky and the sun. */
export const FABRIC_OPACITY = 0.5;

export interface OccluderSet {
  /** Three corners a triangle, x y z each. */
  positions: Float64Array;
  opacity: Float64Array;
}

/** How much a primitive with this material stops light (0: not an occluder). */
export function opacityOf(material: Material | null): number {
  if (!material) return 1;
  if (material.getAlphaMode() === 'BLEND') return 0;
  return material.getName() === 'fabric' ? FABRIC_OPACITY : 1;
}

/** A primitive's triangles as vertex index triples (indexed or not); other draw modes give none. */
export function triangles(prim: Primitive): ArrayLike<number> {
  if (prim.getMode() !== 4) return [];
  const indices = prim.getIndices();
  if (indices) return indices.getArray()!;
  const n = prim.getAttribute('POSITION')?.getCount() ?? 0;
  return Array.from({ length: n - (n % 3) }, (_, i) => i);
}

/** Gathers triangles as they are drawn; `add` the nodes (or one node's mesh in its own frame) then `done`. */
export class Occluders {
  private pos: number[] = [];
  private opa: number[] = [];

  /** Every copy of every node's opaque primitives, in world space (or under `frame` when given). */
  add(nodes: readonly Node[], frame?: Mat4): this {
    for (const node of nodes) {
      const mats = frame ? [frame] : copies(node);
      for (const prim of node.getMesh()!.listPrimitives()) {
        const opacity = opacityOf(prim.getMaterial());
        const position = prim.getAttribute('POSITION');
        if (!opacity || !position) continue;
        const idx = triangles(prim);
        const local: number[][] = [];
        for (let i = 0; i < position.getCount(); i++) local.push(position.getElement(i, []));
        for (const m of mats) {
          const world = local.map((p) => point(m, p[0]!, p[1]!, p[2]!));
          for (let k = 0; k + 2 < idx.length; k += 3) {
            for (let c = 0; c < 3; c++) this.pos.push(...world[idx[k + c]!]!);
            this.opa.push(opacity);
          }
        }
      }
    }
    return this;
  }

  done(): OccluderSet {
    return { positions: new Float64Array(this.pos), opacity: new Float64Array(this.opa) };
  }
}
