/**
 * Parses GLB bytes with three's GLTFLoader and the bundled meshopt decoder (nothing fetched from a
 * CDN); matte materials come out as Lambert (./matteMaterials.ts).
 */
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { Material, Object3D, Texture } from 'three';
import { matteAsLambert } from './matteMaterials.ts';

let loader: GLTFLoader | undefined;

export async function parseModel(bytes: ArrayBuffer): Promise<GLTF> {
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(bytes, '');
  matteAsLambert(gltf.scene);
  return gltf;
}

/** Frees the GPU resources of an object tree loaded outside JSX (r3f never disposes those). */
export function disposeTree(root: Object3D): void {
  const materials = new Set<Material>();
  root.traverse((o) => {
    const mesh = o as Partial<{ geometry: { dispose(): void }; material: Material | Material[]; dispose(): void }>;
    mesh.geometry?.dispose();
    if (mesh.material) for (const m of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) materials.add(m);
    if ('isInstancedMesh' in o) mesh.dispose?.();
  });
  for (const m of materials) {
    for (const value of Object.values(m)) if ((value as Texture | null)?.isTexture) (value as Texture).dispose();
    m.dispose();
  }
}
