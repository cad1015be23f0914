/**
 * Wayfinding on foot, in one draw call: the totems beside every doorway of a covered place and the
 * fingerposts at path junctions (placed by placeSigns.ts), their boards drawn into one small canvas
 * atlas (redrawn when the language changes), their posts mapped onto a plain grey cell of it. Loaded
 * after the first frame; never picked (a click goes through to the ground).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace, type BufferGeometry, type Mesh } from 'three';
import { QuadSheet } from './quadSheet.ts';
import type { EditionData } from '../../edition/schema.ts';
import { useVisit } from '../../state/visit.ts';
import { sceneContents } from '../../state/frame.ts';
import { noRaycast } from '../picking/picking.ts';
import { shortPlaceName } from '../../edition/targets.ts';
import { drawBoard } from './drawBoard.ts';
import { entranceTotems, fingerposts, type Board, type Post } from './placeSigns.ts';

const SLOT_W = 384;
const SLOT_H = 96;
const COLUMNS = 5;
/** A post's side, metres. */
const POST = 0.08;
const POST_COLOUR = '#8a9099';

interface Layout {
  boards: Board[];
  posts: Post[];
  rows: number;
}

function layout(data: EditionData): Layout {
  const t = entranceTotems(data);
  const f = fingerposts(data);
  const boards = [...t.boards, ...f.boards];
  // One more cell after the boards: the posts' grey.
  return { boards, posts: [...t.posts, ...f.posts], rows: Math.ceil((boards.length + 1) / COLUMNS) };
}

/** Pixel width a board takes in its cell: its own aspect, at the cell's height. */
const cellWidth = (b: Board) => Math.min(SLOT_W, Math.round(SLOT_H * (b.width / b.height)));

function cellUv(i: number, rows: number, px = SLOT_W): [number, number, number, number] {
  const col = i % COLUMNS;
  const row = Math.floor(i / COLUMNS);
  const u0 = (col * SLOT_W) / (COLUMNS * SLOT_W);
  const u1 = (col * SLOT_W + px) / (COLUMNS * SLOT_W);
  const v1 = 1 - row / rows;
  const v0 = 1 - (row + 1) / rows;
  return [u0, v0, u1, v1];
}

function buildGeometry({ boards, posts, rows }: Layout): BufferGeometry {
  const sheet = new QuadSheet();
  const quad = sheet.quad.bind(sheet);
  boards.forEach((b, i) => {
    // Local +x of a board facing `yaw` (three's rotation.y), so its face reads left to right.
    const ux = (Math.cos(b.yaw) * b.width) / 2;
    const uz = (-Math.sin(b.yaw) * b.width) / 2;
    const y0 = b.y - b.height / 2;
    const y1 = b.y + b.height / 2;
    quad(
      [b.x - ux, y0, b.z - uz, b.x + ux, y0, b.z + uz, b.x + ux, y1, b.z + uz, b.x - ux, y1, b.z - uz],
      cellUv(i, rows, cellWidth(b)),
    );
  });
  const grey = cellUv(boards.length, rows, 8);
  for (const p of posts) sheet.post(p.x, p.z, p.height, POST, grey);
  return sheet.geometry();
}

export function PlaceSigns() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const invalidate = useThree((s) => s.invalidate);
  const placed = useMemo(() => (data ? layout(data) : null), [data]);
  const geometry = useMemo(() => (placed ? buildGeometry(placed) : null), [placed]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  const texture = useMemo(() => {
    if (!placed) return null;
    const canvas = document.createElement('canvas');
    canvas.width = COLUMNS * SLOT_W;
    canvas.height = placed.rows * SLOT_H;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = 4;
    return t;
  }, [placed]);
  useEffect(() => () => texture?.dispose(), [texture]);

  useEffect(() => {
    if (!placed || !texture) return;
    const canvas = texture.image as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    placed.boards.forEach((b, i) => {
      drawBoard(ctx, (i % COLUMNS) * SLOT_W, Math.floor(i / COLUMNS) * SLOT_H, cellWidth(b), SLOT_H, {
        latin: shortPlaceName(b.zone.name[lang === 'en' ? 'en' : 'fr']),
        arabic: shortPlaceName(b.zone.name.ar),
        single: { text: shortPlaceName(b.zone.name[lang]), rtl: lang === 'ar' },
        arrow: b.arrow,
      });
    });
    const g = placed.boards.length;
    ctx.fillStyle = POST_COLOUR;
    ctx.fillRect((g % COLUMNS) * SLOT_W, Math.floor(g / COLUMNS) * SLOT_H, SLOT_W, SLOT_H);
    texture.needsUpdate = true;
    invalidate();
  }, [placed, texture, lang, invalidate]);

  // Shown with the models they stand among, as the stand signs are.
  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    if (mesh.current) mesh.current.visible = sceneContents.modelsInScene;
  });

  if (!geometry || !texture) return null;
  return (
    <mesh ref={mesh} geometry={geometry} name="place-signs" raycast={noRaycast}>
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
