/**
 * Every stand's posters in one draw call: each stand's poster (./paintPoster.ts) is painted once into
 * one canvas atlas, in the visit's language, and mapped onto one merged mesh of quads hung over the
 * booths' wall graphics (./posterLayout.ts). A change of language repaints the atlas, nothing else.
 * Unlit like the stand signs (a printed, lit panel); shown with the models; never picked.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace, type Mesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { sceneContents } from '../../state/frame.ts';
import { noRaycast } from '../picking/picking.ts';
import { SIGN_FONT } from '../signs/drawSign.ts';
import { paintPoster } from './paintPoster.ts';
import { posterContent } from './posterContent.ts';
import { posterAtlas, posterMesh } from './posterLayout.ts';

/** The node's name, for the bench and the tests. */
export const STAND_POSTERS = 'stand-posters';

/** Waits for the bundled font's weights the posters use, in both scripts, so the first paint uses them. */
async function fontsReady(): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all(
    [400, 600, 700].flatMap((w) => [
      document.fonts.load(`${w} 20px ${SIGN_FONT}`, 'Stand 0123456789'),
      document.fonts.load(`${w} 20px ${SIGN_FONT}`, 'الأمن'),
    ]),
  );
}

export function StandPosters() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const invalidate = useThree((s) => s.invalidate);
  const [fontsLoaded, setFontsLoaded] = useState(false);
  const atlas = useMemo(() => posterAtlas(data?.stands ?? []), [data]);

  useEffect(() => {
    let live = true;
    fontsReady()
      .catch(() => undefined)
      .then(() => live && setFontsLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = atlas.width;
    canvas.height = atlas.height;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = 4;
    return t;
  }, [atlas]);
  useEffect(() => () => texture.dispose(), [texture]);

  const geometry = useMemo(() => {
    const { positions, uvs, indices } = posterMesh(atlas);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    g.setAttribute('uv', new BufferAttribute(uvs, 2));
    g.setIndex(indices);
    g.computeBoundingSphere();
    return g;
  }, [atlas]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    if (!fontsLoaded || !atlas.slots.length) return;
    const canvas = texture.image as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    for (const slot of atlas.slots) paintPoster(ctx, slot.rect, slot.units.w, slot.units.h, posterContent(slot.stand, lang));
    texture.needsUpdate = true;
    invalidate();
  }, [fontsLoaded, atlas, lang, texture, invalidate]);

  // Painted while the models download; shown with the booths they hang in, not before.
  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    if (mesh.current) mesh.current.visible = sceneContents.modelsInScene && fontsLoaded;
  });

  if (!atlas.slots.length) return null;
  return (
    <mesh ref={mesh} geometry={geometry} name={STAND_POSTERS} raycast={noRaycast}>
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
