/**
 * The models' matte materials drawn as Lambert. The pipeline's opaque materials (tools/models/gltf.ts:
 * matte, accent, fabric) are rough dielectrics, roughness 0.8–0.95 and no metal: under the visit's two
 * lights their standard (PBR) shading differs from Lambert's by a faint specular sheen nobody sees,
 * yet the standard shader was a fifth of a frame on software WebGL (docs/performance.md). Smooth or
 * metallic materials (the glass) keep the standard shader: their highlight is what they look like.
 * The Lambert copies carry the surfaces' procedural detail (./surfaceDetail.ts).
 */
import type { Material, Mesh, MeshStandardMaterial, Object3D } from 'three';
import { lambertCopy } from '../quality/liteTier.ts';
import { withSurfaceDetail } from './surfaceDetail.ts';

/** Rougher than this (and not metallic, and without PBR maps) reads as Lambert. */
const MATTE_ROUGHNESS = 0.75;

function isMatte(m: Material): m is MeshStandardMaterial {
  const s = m as MeshStandardMaterial;
  return (
    s.isMeshStandardMaterial === true &&
    s.metalness === 0 &&
    s.roughness >= MATTE_ROUGHNESS &&
    !s.roughnessMap &&
    !s.metalnessMap &&
    !s.normalMap &&
    !s.envMap
  );
}

/** Swaps, in place, every matte standard material under `root` for its Lambert copy (shared as the originals were). */
export function matteAsLambert(root: Object3D): void {
  const copies = new Map<Material, Material>();
  const swap = (m: Material): Material => {
    if (!isMatte(m)) return m;
    let copy = copies.get(m);
    if (!copy) copies.set(m, (copy = withSurfaceDetail(lambertCopy(m))));
    return copy;
  };
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    mesh.material = Array.isArray(mesh.material) ? mesh.material.map(swap) : swap(mesh.material);
  });
  // The originals were never drawn: nothing on the GPU to free, but their textures are shared with the copies.
  for (const original of copies.keys()) original.dispose();
}
