/**
 * The edition's figures on a banner at the entrance, ahead of the start point and facing the arriving
 * visitor (./banner.ts): the board, its frame and back and two posts to the ground in one mesh
 * (./bannerGeometry.ts), one canvas texture (./paintFigures.ts), one draw call, unlit and out of tone
 * mapping so it reads as printed. Painted again only when the language changes, once the sign font is
 * in; the board hangs above head height and the posts are not in the collision world (see
 * bannerGeometry.ts); never picked (a click goes through to the ground). Loaded after the first
 * frame; nothing without a `figures` field.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CanvasTexture, LinearMipmapLinearFilter, MeshBasicMaterial, SRGBColorSpace, type Mesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { sceneContents } from '../../state/frame.ts';
import { noRaycast } from '../picking/picking.ts';
import { SIGN_FONT } from '../signs/drawSign.ts';
import { bannerContent, bannerPose } from './banner.ts';
import { bannerGeometry } from './bannerGeometry.ts';
import { BANNER_CANVAS, paintFigures } from './paintFigures.ts';

/** Waits for the sign font in the weights the banner uses and the script of its language; never fails. */
async function fontsReady(rtl: boolean): Promise<void> {
  if (!('fonts' in document)) return;
  const sample = rtl ? 'الأمن 2024' : 'Agadir 2024';
  await Promise.all([400, 600, 700].map((w) => document.fonts.load(`${w} 40px ${SIGN_FONT}`, sample))).catch(() => undefined);
}

export function EntranceFigures() {
  const edition = useVisit((s) => s.data?.edition);
  const lang = useVisit((s) => s.lang);
  const invalidate = useThree((s) => s.invalidate);
  const hasFigures = !!edition?.figures;

  // The GPU side, made once and disposed on unmount.
  const parts = useMemo(() => {
    if (!hasFigures) return null;
    const canvas = document.createElement('canvas');
    canvas.width = BANNER_CANVAS.width;
    canvas.height = BANNER_CANVAS.height;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.anisotropy = 4;
    const material = new MeshBasicMaterial({ map: texture, toneMapped: false });
    const geometry = bannerGeometry();
    return { canvas, texture, material, geometry };
  }, [hasFigures]);
  useEffect(
    () => () => {
      parts?.texture.dispose();
      parts?.material.dispose();
      parts?.geometry.dispose();
    },
    [parts],
  );

  // Painted in the visit's language, again only when it changes.
  useEffect(() => {
    const content = edition ? bannerContent(edition, lang) : null;
    if (!parts || !content) return;
    let live = true;
    void fontsReady(content.rtl).then(() => {
      if (!live) return;
      const ctx = parts.canvas.getContext('2d');
      if (!ctx) return;
      paintFigures(ctx, content);
      parts.texture.needsUpdate = true;
      invalidate();
    });
    return () => {
      live = false;
    };
  }, [parts, edition, lang, invalidate]);

  const pose = useMemo(() => (edition ? bannerPose(edition.spawn) : null), [edition]);

  // Shown with the models around it, as the signs are.
  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    if (mesh.current) mesh.current.visible = sceneContents.modelsInScene;
  });

  if (!parts || !pose) return null;
  return (
    <mesh
      ref={mesh}
      name="entrance-figures"
      geometry={parts.geometry}
      material={parts.material}
      position={pose.position}
      rotation-y={pose.rotationY}
      raycast={noRaycast}
    />
  );
}
