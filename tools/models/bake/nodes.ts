/**
 * Where a document's meshes are drawn: every node with a mesh, in scene order, and the world matrix
 * of each of its copies (one, or one per instance of EXT_mesh_gpu_instancing: the node's own matrix
 * times the instance's translation, rotation and scale). Column-major 4×4, as glTF stores them.
 */
import type { Document, Node } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';

export type Mat4 = ArrayLike<number>;

/** Nodes with a mesh under the document's scenes, depth first in child order. */
export function meshNodes(doc: Document): Node[] {
  const out: Node[] = [];
  const visit = (n: Node): void => {
    if (n.getMesh()) out.push(n);
    for (const c of n.listChildren()) visit(c);
  };
  for (const s of doc.getRoot().listScenes()) for (const n of s.listChildren()) visit(n);
  return out;
}

export function instancing(node: Node): InstancedMesh | null {
  return node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
}

function multiply(a: Mat4, b: Mat4): number[] {
  const out = new Array<number>(16).fill(0);
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += a[k * 4 + r]! * b[c * 4 + k]!;
      out[c * 4 + r] = s;
    }
  return out;
}

/** Translation, rotation (quaternion x y z w) and scale as a matrix. */
function trs(t: ArrayLike<number>, q: ArrayLike<number>, s: ArrayLike<number>): number[] {
  const [x, y, z, w] = [q[0]!, q[1]!, q[2]!, q[3]!];
  const [sx, sy, sz] = [s[0]!, s[1]!, s[2]!];
  return [
    (1 - 2 * (y * y + z * z)) * sx,
    2 * (x * y + z * w) * sx,
    2 * (x * z - y * w) * sx,
    0,
    2 * (x * y - z * w) * sy,
    (1 - 2 * (x * x + z * z)) * sy,
    2 * (y * z + x * w) * sy,
    0,
    2 * (x * z + y * w) * sz,
    2 * (y * z - x * w) * sz,
    (1 - 2 * (x * x + y * y)) * sz,
    0,
    t[0]!,
    t[1]!,
    t[2]!,
    1,
  ];
}

/** The world matrix of every copy the node draws. */
export function copies(node: Node): Mat4[] {
  const world = node.getWorldMatrix();
  const batch = instancing(node);
  if (!batch) return [world];
  const t = batch.getAttribute('TRANSLATION');
  const r = batch.getAttribute('ROTATION');
  const s = batch.getAttribute('SCALE');
  const count = (t ?? r ?? s)?.getCount() ?? 0;
  const out: Mat4[] = [];
  for (let i = 0; i < count; i++) {
    const m = trs(
      t ? t.getElement(i, []) : [0, 0, 0],
      r ? r.getElement(i, []) : [0, 0, 0, 1],
      s ? s.getElement(i, []) : [1, 1, 1],
    );
    out.push(multiply(world, m));
  }
  return out;
}

/** m × (x, y, z, 1). */
export function point(m: Mat4, x: number, y: number, z: number): [number, number, number] {
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ];
}

/** A normal turned by m (rotation and uniform scale, as the pipeline's are), unit length. */
export function direction(m: Mat4, x: number, y: number, z: number): [number, number, number] {
  const v: [number, number, number] = [
    m[0]! * x + m[4]! * y + m[8]! * z,
    m[1]! * x + m[5]! * y + m[9]! * z,
    m[2]! * x + m[6]! * y + m[10]! * z,
  ];
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}
