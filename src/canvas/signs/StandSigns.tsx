/**
 * Every stand's sign in one draw call: the signs are drawn into one canvas atlas and mapped onto
 * one merged mesh of quads placed at each booth's sign anchor. (One troika text per line would cost
 * two draw calls a stand: 74 of the 100 a frame may use.) The atlas is redrawn when the language
 * changes, without touching the scene.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { STAND_SIGNS } from '../sceneNames.ts';
import { BufferAttribute, BufferGeometry, CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace, type Mesh } from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import type { Stand } from '../../edition/schema.ts';
import { signAnchor } from '../../edition/booths.ts';
import { DEG, toPlan } from '../../edition/geometry.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { useVisit } from '../../state/visit.ts';
import { drawSign, SIGN_FONT } from './drawSign.ts';
import { sceneContents } from '../../state/frame.ts';

const SLOT_W = 512;
const SLOT_H = 112;
const COLUMNS = 4;

/** Waits for the local sign font (both scripts) so the first atlas is drawn with it. */
async function fontsReady(): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all([
    document.fonts.load(`600 40px ${SIGN_FONT}`, 'Stand'),
    document.fonts.load(`600 40px ${SIGN_FONT}`, 'الأمن'),
    document.fonts.load(`700 40px ${SIGN_FONT}`, '0123456789'),
  ]);
}

function buildGeometry(stands: Stand[], rows: number): BufferGeometry {
  const positions = new Float32Array(stands.length * 12);
  const uvs = new Float32Array(stands.length * 8);
  const index: number[] = [];
  const height = rows * SLOT_H;
  stands.forEach((s, i) => {
    const a = signAnchor(s.booth, s.width, s.depth);
    const yaw = s.rotation * DEG + a.rotationY;
    // The anchor in plan coordinates, lifted a hair off the fascia.
    const [cx, cz] = toPlan(s, a.position[0], a.position[2] + 0.02);
    const ux = Math.cos(yaw) * (a.width / 2);
    const uz = -Math.sin(yaw) * (a.width / 2);
    const y0 = a.position[1] - a.height / 2;
    const y1 = a.position[1] + a.height / 2;
    positions.set([cx - ux, y0, cz - uz, cx + ux, y0, cz + uz, cx + ux, y1, cz + uz, cx - ux, y1, cz - uz], i * 12);
    const col = i % COLUMNS;
    const row = Math.floor(i / COLUMNS);
    const pxW = Math.min(SLOT_W, Math.round(SLOT_H * (a.width / a.height)));
    const u0 = (col * SLOT_W) / (COLUMNS * SLOT_W);
    const u1 = (col * SLOT_W + pxW) / (COLUMNS * SLOT_W);
    const v1 = 1 - (row * SLOT_H) / height;
    const v0 = 1 - ((row + 1) * SLOT_H) / height;
    uvs.set([u0, v0, u1, v0, u1, v1, u0, v1], i * 8);
    const b = i * 4;
    index.push(b, b + 1, b + 2, b, b + 2, b + 3);
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setAttribute('uv', new BufferAttribute(uvs, 2));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}

export function StandSigns() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const invalidate = useThree((s) => s.invalidate);
  const [fontsLoaded, setFontsLoaded] = useState(false);
  const stands = useMemo(() => data?.stands ?? [], [data]);
  const rows = Math.max(1, Math.ceil(stands.length / COLUMNS));

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
    canvas.width = COLUMNS * SLOT_W;
    canvas.height = rows * SLOT_H;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = 4;
    return t;
  }, [rows]);
  useEffect(() => () => texture.dispose(), [texture]);

  const geometry = useMemo(() => buildGeometry(stands, rows), [stands, rows]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    if (!fontsLoaded || !stands.length) return;
    const canvas = texture.image as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    stands.forEach((s, i) => {
      const a = signAnchor(s.booth, s.width, s.depth);
      const pxW = Math.min(SLOT_W, Math.round(SLOT_H * (a.width / a.height)));
      drawSign(ctx, (i % COLUMNS) * SLOT_W, Math.floor(i / COLUMNS) * SLOT_H, pxW, SLOT_H, {
        number: s.number,
        latin: lang === 'en' ? s.name.en : s.name.fr,
        arabic: s.name.ar,
        color: THEME_COLORS[s.theme],
      });
    });
    texture.needsUpdate = true;
    sceneContents.signsInScene = true;
    invalidate();
  }, [fontsLoaded, stands, lang, texture, invalidate]);

  useEffect(() => () => void (sceneContents.signsInScene = false), []);

  // The atlas is drawn while the models download; the signs show with the booths they hang on,
  // not before (they would float in the empty view behind the loading screen).
  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    if (mesh.current) mesh.current.visible = sceneContents.modelsInScene;
  });

  if (!stands.length) return null;
  return (
    <mesh ref={mesh} geometry={geometry} name={STAND_SIGNS} raycast={() => null}>
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
