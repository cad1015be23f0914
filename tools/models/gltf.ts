/** Turning kit parts into glTF: materials, meshes by material, instanced nodes. */
import { Document, Logger, type Material, type Mesh, type Node } from '@gltf-transform/core';
import { EXTMeshGPUInstancing, KHRMaterialsUnlit } from '@gltf-transform/extensions';
import type { Built, CollisionBox, Geo, MaterialName, Parts } from './kit/types.ts';

export type Materials = Record<MaterialName, Material>;

/** The site's few materials. Vertex colours carry the colour, so one material serves many objects. */
export function createMaterials(doc: Document): Materials {
  const unlit = doc.createExtension(KHRMaterialsUnlit);
  const matte = doc.createMaterial('matte').setBaseColorFactor([1, 1, 1, 1]).setRoughnessFactor(0.92).setMetallicFactor(0);
  const accent = doc.createMaterial('accent').setBaseColorFactor([1, 1, 1, 1]).setRoughnessFactor(0.8).setMetallicFactor(0);
  // Screens glow whatever the light: unlit keeps their vertex colour as is.
  const screen = doc
    .createMaterial('screen')
    .setBaseColorFactor([1, 1, 1, 1])
    .setExtension('KHR_materials_unlit', unlit.createUnlit());
  const fabric = doc
    .createMaterial('fabric')
    .setBaseColorFactor([1, 1, 1, 1])
    .setRoughnessFactor(0.95)
    .setMetallicFactor(0)
    // Tent fabric lets daylight through: seen from inside it glows instead of going dark.
    .setEmissiveFactor([0.42, 0.42, 0.4])
    .setDoubleSided(true);
  const glass = doc
    .createMaterial('glass')
    .setBaseColorFactor([0.75, 0.88, 0.95, 0.32])
    .setAlphaMode('BLEND')
    .setRoughnessFactor(0.1)
    .setMetallicFactor(0);
  return { matte, accent, screen, fabric, glass };
}

const ORDER: MaterialName[] = ['matte', 'accent', 'screen', 'fabric', 'glass'];

function primitive(doc: Document, g: Geo, material: Material) {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  const vertexCount = g.positions.length / 3;
  const position = doc.createAccessor().setType('VEC3').setArray(new Float32Array(g.positions)).setBuffer(buffer);
  const normal = doc.createAccessor().setType('VEC3').setArray(new Float32Array(g.normals)).setBuffer(buffer);
  const color = doc.createAccessor().setType('VEC3').setArray(new Float32Array(g.colors)).setBuffer(buffer);
  const indices = doc
    .createAccessor()
    .setType('SCALAR')
    .setArray(vertexCount > 65535 ? new Uint32Array(g.indices) : new Uint16Array(g.indices))
    .setBuffer(buffer);
  return doc
    .createPrimitive()
    .setAttribute('POSITION', position)
    .setAttribute('NORMAL', normal)
    .setAttribute('COLOR_0', color)
    .setIndices(indices)
    .setMaterial(material);
}

/** One mesh with a primitive per material present in the parts; null when empty. */
export function meshFromParts(
  doc: Document,
  name: string,
  parts: Parts,
  materials: Materials,
  only?: MaterialName[],
): Mesh | null {
  const mesh = doc.createMesh(name);
  for (const m of ORDER) {
    if (only && !only.includes(m)) continue;
    const g = parts[m];
    if (g && g.indices.length) mesh.addPrimitive(primitive(doc, g, materials[m]));
  }
  if (!mesh.listPrimitives().length) {
    mesh.dispose();
    return null;
  }
  return mesh;
}

/** Placement of one instance on the plan. */
export interface Placement {
  x: number;
  y?: number;
  z: number;
  /** Radians about y. */
  rotationY: number;
  scale?: number;
}

/** A node drawing `mesh` once per placement through EXT_mesh_gpu_instancing; colours (linear RGB) are per instance. */
export function instancedNode(
  doc: Document,
  name: string,
  mesh: Mesh,
  placements: Placement[],
  colors?: Array<readonly [number, number, number]>,
): Node {
  const ext = doc
    .getRoot()
    .listExtensionsUsed()
    .find((e) => e.extensionName === EXTMeshGPUInstancing.EXTENSION_NAME) as EXTMeshGPUInstancing | undefined;
  const instancing = ext ?? doc.createExtension(EXTMeshGPUInstancing).setRequired(true);
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  const t = new Float32Array(placements.length * 3);
  const r = new Float32Array(placements.length * 4);
  const s = new Float32Array(placements.length * 3);
  placements.forEach((p, i) => {
    t.set([p.x, p.y ?? 0, p.z], i * 3);
    r.set([0, Math.sin(p.rotationY / 2), 0, Math.cos(p.rotationY / 2)], i * 4);
    const k = p.scale ?? 1;
    s.set([k, k, k], i * 3);
  });
  const batch = instancing
    .createInstancedMesh()
    .setAttribute('TRANSLATION', doc.createAccessor().setType('VEC3').setArray(t).setBuffer(buffer))
    .setAttribute('ROTATION', doc.createAccessor().setType('VEC4').setArray(r).setBuffer(buffer))
    .setAttribute('SCALE', doc.createAccessor().setType('VEC3').setArray(s).setBuffer(buffer));
  if (colors) {
    const c = new Float32Array(colors.length * 3);
    colors.forEach((col, i) => c.set(col, i * 3));
    batch.setAttribute('_COLOR_0', doc.createAccessor().setType('VEC3').setArray(c).setBuffer(buffer));
  }
  return doc.createNode(name).setMesh(mesh).setExtension(EXTMeshGPUInstancing.EXTENSION_NAME, batch);
}

/** Collision boxes as one position-only mesh: 8 corners and 12 triangles a box, in order, so boxes can be read back. */
export function collisionMesh(doc: Document, boxes: CollisionBox[]): Mesh {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  const positions = new Float32Array(boxes.length * 24);
  const indices = new Uint32Array(boxes.length * 36);
  const FACES = [0, 1, 2, 0, 2, 3, 4, 6, 5, 4, 7, 6, 0, 4, 5, 0, 5, 1, 1, 5, 6, 1, 6, 2, 2, 6, 7, 2, 7, 3, 3, 7, 4, 3, 4, 0];
  boxes.forEach((b, i) => {
    const c = Math.cos(b.rotationY);
    const s = Math.sin(b.rotationY);
    const [hx, hy, hz] = [b.size[0] / 2, b.size[1] / 2, b.size[2] / 2];
    let k = 0;
    for (const y of [-hy, hy])
      for (const [x, z] of [
        [-hx, -hz],
        [hx, -hz],
        [hx, hz],
        [-hx, hz],
      ] as const) {
        positions.set([b.center[0] + c * x + s * z, b.center[1] + y, b.center[2] - s * x + c * z], i * 24 + k * 3);
        k++;
      }
    FACES.forEach((f, j) => (indices[i * 36 + j] = i * 8 + f));
  });
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
  return doc.createMesh('collision').addPrimitive(prim);
}

/** An empty document with a scene and a buffer. */
export function newDocument(name: string): Document {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'jpo-visit models pipeline';
  doc.createBuffer(name);
  doc.createScene(name);
  return doc;
}

export type { Built };
