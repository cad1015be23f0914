/**
 * A plane painted with canvas 2D for the headset (the menu, its tab): the canvas, its texture, a
 * material that is not lit or fogged, and the geometry, made and released together; and the hook
 * that names a mesh in `xrSurfaces` (src/state/xr.ts), for the automation interface to aim at.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import { CanvasTexture, DoubleSide, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace, Vector3, type Mesh } from 'three';
import { xrSurfaces } from '../../state/xr.ts';

export interface PaintedPlane {
  ctx: CanvasRenderingContext2D;
  texture: CanvasTexture;
  material: MeshBasicMaterial;
  geometry: PlaneGeometry;
}

/**
 * A plane of `width` × `height` metres showing a canvas of `pixelsWide` × `pixelsHigh`; disposed on
 * unmount. `transparent` for a canvas with see-through parts (the menu's rounded corners, the tab);
 * an opaque one (the stand's panel) is drawn with the scene's opaque things, sorted by depth.
 */
export function usePaintedPlane(
  pixelsWide: number,
  pixelsHigh: number,
  width: number,
  height: number,
  transparent = true,
): PaintedPlane {
  const plane = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = pixelsWide;
    canvas.height = pixelsHigh;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    const material = new MeshBasicMaterial({ map: texture, toneMapped: false, fog: false, side: DoubleSide, transparent });
    return { ctx: canvas.getContext('2d')!, texture, material, geometry: new PlaneGeometry(width, height) };
  }, [pixelsWide, pixelsHigh, width, height, transparent]);
  useEffect(
    () => () => {
      plane.texture.dispose();
      plane.material.dispose();
      plane.geometry.dispose();
    },
    [plane],
  );
  return plane;
}

const local = new Vector3();

/** Names `mesh` (a PlaneGeometry of `width` × `height`) in `xrSurfaces` while mounted. */
export function useXrSurface(name: string, mesh: RefObject<Mesh | null>, width: number, height: number): void {
  useEffect(() => {
    xrSurfaces.set(name, (u, v, out) => {
      const m = mesh.current;
      if (!m) return out;
      m.updateWorldMatrix(true, false);
      local.set((u - 0.5) * width, (v - 0.5) * height, 0).applyMatrix4(m.matrixWorld);
      out.x = local.x;
      out.y = local.y;
      out.z = local.z;
      return out;
    });
    return () => void xrSurfaces.delete(name);
  }, [name, mesh, width, height]);
}
