/**
 * An estimate of the texture memory the scene holds, for the bench and the budget tests: every texture
 * a material of the scene graph names (its maps and a shader's uniforms), once, whether or not its
 * object is in view this frame, at 4 bytes a texel and a third more with mipmaps. renderer.info counts
 * textures but not their size. Read on demand (debug only), never per frame.
 */
import { LinearFilter, NearestFilter, type Material, type Object3D, type Texture } from 'three';

interface Sized {
  width?: number;
  height?: number;
  videoWidth?: number;
  videoHeight?: number;
}

function texturesOf(material: Material, into: Set<Texture>): void {
  const visit = (v: unknown) => {
    if ((v as Texture | null)?.isTexture) into.add(v as Texture);
  };
  for (const value of Object.values(material)) visit(value);
  const uniforms = (material as { uniforms?: Record<string, { value: unknown }> }).uniforms;
  if (uniforms) for (const u of Object.values(uniforms)) visit(u?.value);
}

/** Bytes of one texture as uploaded (RGBA8; mipmaps add a third). */
export function textureBytes(t: Texture): number {
  const image = t.image as Sized | null;
  const w = image?.videoWidth || image?.width || 0;
  const h = image?.videoHeight || image?.height || 0;
  return Math.round(w * h * 4 * (t.generateMipmaps && t.minFilter !== LinearFilter && t.minFilter !== NearestFilter ? 4 / 3 : 1));
}

/** The scene's textures and their bytes, each named by the first material naming it. */
export function textureMemory(root: Object3D | null): {
  textures: number;
  bytes: number;
  list: Array<{ material: string; width: number; height: number; bytes: number }>;
} {
  const owner = new Map<Texture, string>();
  const all = new Set<Texture>();
  root?.traverse((o) => {
    const m = (o as { material?: Material | Material[] }).material;
    if (m)
      for (const one of Array.isArray(m) ? m : [m]) {
        texturesOf(one, all);
        for (const t of all) if (!owner.has(t)) owner.set(t, one.name || one.type);
      }
  });
  const bg = (root as { background?: unknown } | null)?.background;
  if ((bg as Texture | null)?.isTexture) all.add(bg as Texture);
  const list = [...all].map((t) => {
    const image = t.image as Sized | null;
    return {
      material: owner.get(t) ?? 'background',
      width: image?.videoWidth || image?.width || 0,
      height: image?.videoHeight || image?.height || 0,
      bytes: textureBytes(t),
    };
  });
  return { textures: all.size, bytes: list.reduce((s, t) => s + t.bytes, 0), list };
}
