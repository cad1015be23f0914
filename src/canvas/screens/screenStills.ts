/**
 * Paints the stands' video stills onto their screens in a detail file just loaded: the file's
 * SCREEN_STILLS_NODE (src/edition/screenStills.ts) names the stills and their places; one canvas
 * atlas per file holds them, mapped by the node's one material, so a zone's screens cost one draw
 * call and their texture lives and dies with the file (disposeTree frees it). The atlas starts in
 * the screens' own blue and each still is drawn in as it arrives: a still that cannot be read leaves
 * its screens blue and the rest of the visit as it was.
 */
import {
  CanvasTexture,
  LinearMipmapLinearFilter,
  SRGBColorSpace,
  Vector3,
  type Mesh,
  type MeshBasicMaterial,
  type Object3D,
} from 'three';
import { isStillsExtras, SCREEN_STILLS_NODE, type StillSlot } from '../../edition/screenStills.ts';
import { PALETTE } from '../../edition/palette.ts';
import { screenStills } from '../../state/frame.ts';

/** The middle of the first screen face showing a slot, and where it is in the still. */
function probe(mesh: Mesh, atlas: { width: number; height: number }, slot: StillSlot) {
  const pos = mesh.geometry.getAttribute('position');
  const uv = mesh.geometry.getAttribute('uv');
  for (let q = 0; q + 3 < uv.count; q += 4) {
    const u = (uv.getX(q) + uv.getX(q + 2)) / 2;
    const v = (uv.getY(q) + uv.getY(q + 2)) / 2;
    const s = (u * atlas.width - slot.x) / slot.width;
    const t = (v * atlas.height - slot.y) / slot.height;
    if (s < 0 || s > 1 || t < 0 || t > 1) continue;
    const p = [0, 1, 2, 3].map((k) => [pos.getX(q + k), pos.getY(q + k), pos.getZ(q + k)]);
    const point = [0, 1, 2].map((a) => (p[0]![a]! + p[1]![a]! + p[2]![a]! + p[3]![a]!) / 4) as [number, number, number];
    mesh.updateWorldMatrix(true, false);
    const w = mesh.localToWorld(new Vector3(...point));
    return { point: [w.x, w.y, w.z] as [number, number, number], at: [s, t] as [number, number] };
  }
  return null;
}

/** Cover-fits an image to a slot (centred crop), as a video fills its screen. */
function drawCover(ctx: CanvasRenderingContext2D, image: HTMLImageElement, slot: StillSlot): void {
  const k = Math.max(slot.width / image.naturalWidth, slot.height / image.naturalHeight);
  const w = slot.width / k;
  const h = slot.height / k;
  ctx.drawImage(
    image,
    (image.naturalWidth - w) / 2,
    (image.naturalHeight - h) / 2,
    w,
    h,
    slot.x,
    slot.y,
    slot.width,
    slot.height,
  );
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`${url}: the still could not be read`));
    image.src = url;
  });
}

/**
 * Gives the file's stills node its atlas, painted in the background; `url` turns a media path into
 * its address, `painted` is told when a still has been drawn in. Returns the node, or null when the
 * file has none. Nothing is drawn once the file has been disposed.
 */
export function dressScreenStills(root: Object3D, url: (path: string) => string, painted: () => void = () => {}): Mesh | null {
  const mesh = root.getObjectByName(SCREEN_STILLS_NODE) as Mesh | undefined;
  const extras: unknown = mesh?.userData;
  if (!mesh || !isStillsExtras(extras)) return null;
  const canvas = document.createElement('canvas');
  canvas.width = extras.atlas.width;
  canvas.height = extras.atlas.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = PALETTE.screenGlow;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  // glTF's UVs run from the image's top left: the loader's own textures are not flipped either.
  texture.flipY = false;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.anisotropy = 4;
  let disposed = false;
  const mine = new Set<object>();
  texture.addEventListener('dispose', () => {
    disposed = true;
    screenStills.shown = screenStills.shown.filter((s) => !mine.has(s));
    const stands = new Set(extras.stills.map((s) => s.stand));
    screenStills.failed = screenStills.failed.filter((s) => !stands.has(s));
  });
  // A material of its own: the one loaded may be shared with other meshes of the file.
  const material = (mesh.material as MeshBasicMaterial).clone();
  (mesh.material as MeshBasicMaterial).dispose();
  mesh.material = material;
  material.map = texture;
  material.toneMapped = false;
  // A hair in front of the screen faces it covers: drawn over them at any distance.
  material.polygonOffset = true;
  material.polygonOffsetFactor = -1;
  material.polygonOffsetUnits = -4;
  material.needsUpdate = true;
  for (const slot of extras.stills)
    loadImage(url(slot.poster))
      .then((image) => {
        if (disposed) return;
        drawCover(ctx, image, slot);
        texture.needsUpdate = true;
        const seen = probe(mesh, extras.atlas, slot);
        if (seen) {
          const entry = { stand: slot.stand, ...seen };
          mine.add(entry);
          screenStills.shown = [...screenStills.shown, entry];
        }
        painted();
      })
      .catch((e: unknown) => {
        if (disposed) return;
        screenStills.failed = [...screenStills.failed, slot.stand];
        console.warn(`screens of ${slot.stand} stay blue:`, e);
      });
  return mesh;
}
