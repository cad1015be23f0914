/**
 * The programme boards in the world: at each demonstration area and at the seminar hall, what is on
 * now and next there, in one draw call (every board a cell of one canvas atlas, their backs and
 * posts on a plain grey strip of it). Repainted only when something it says can change: the
 * programme arrives, the language changes, the clock is set (replay), or the clock's minute turns;
 * the last is checked in the frame loop against the painted minute, with no React work per frame.
 * Loaded after the first frame; never picked (a click goes through to the ground).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  CanvasTexture,
  LinearMipmapLinearFilter,
  MeshBasicMaterial,
  SRGBColorSpace,
  type BufferGeometry,
  type Mesh,
} from 'three';
import { QuadSheet } from '../signs/quadSheet.ts';
import type { EditionData } from '../../edition/schema.ts';
import { clockNow, useClock } from '../../state/clock.ts';
import { sceneContents } from '../../state/frame.ts';
import { useProgramme, wantProgramme } from '../../state/programme.ts';
import { useVisit } from '../../state/visit.ts';
import { noRaycast } from '../picking/picking.ts';
import { boardContent, boardText } from './boardContent.ts';
import { BOARD_POST, boardPlaces, type BoardPlace } from './boardPlaces.ts';
import { clearBoardTexts, recordBoard } from '../../state/boardTexts.ts';
import { paintProgrammeBoard } from './paintProgrammeBoard.ts';

const CELL_W = 640;
const CELL_H = 400;
const COLUMNS = 2;
/** The grey strip under the cells: backs and posts. */
const GREY_H = 16;
const GREY = '#8a9099';
const MINUTE = 60_000;

interface Atlas {
  boards: BoardPlace[];
  rows: number;
}

const atlasSize = ({ rows }: Atlas) => ({ width: COLUMNS * CELL_W, height: rows * CELL_H + GREY_H });

function buildGeometry(atlas: Atlas): BufferGeometry {
  const { width: W, height: H } = atlasSize(atlas);
  const sheet = new QuadSheet();
  const quad = sheet.quad.bind(sheet);
  // One texel in the middle of the grey strip for every grey face.
  const gv = GREY_H / 2 / H;
  const grey: [number, number, number, number] = [0.5, gv, 0.5, gv];
  atlas.boards.forEach((b, i) => {
    const col = i % COLUMNS;
    const row = Math.floor(i / COLUMNS);
    const [x, y, z] = b.position;
    // The face's +x (its reading direction) and its normal, for a face that looks along `yaw`.
    const ux = (Math.cos(b.yaw) * b.width) / 2;
    const uz = (-Math.sin(b.yaw) * b.width) / 2;
    const y0 = y - b.height / 2;
    const y1 = y + b.height / 2;
    quad(
      [x - ux, y0, z - uz, x + ux, y0, z + uz, x + ux, y1, z + uz, x - ux, y1, z - uz],
      [(col * CELL_W) / W, 1 - ((row + 1) * CELL_H) / H, ((col + 1) * CELL_W) / W, 1 - (row * CELL_H) / H],
    );
    if (!b.posts.length) return;
    // A free-standing board shows a grey back to the field it turns away from.
    const bx = x - Math.sin(b.yaw) * 0.01;
    const bz = z - Math.cos(b.yaw) * 0.01;
    quad([bx + ux, y0, bz + uz, bx - ux, y0, bz - uz, bx - ux, y1, bz - uz, bx + ux, y1, bz + uz], grey);
    for (const p of b.posts) sheet.post(p.x, p.z, p.height, BOARD_POST, grey);
  });
  return sheet.geometry();
}

/** Paints every board as it stands at the clock's instant now; returns the minute it painted. */
function paintAll(ctx: CanvasRenderingContext2D, atlas: Atlas, data: EditionData): number {
  const instant = clockNow();
  const { lang } = useVisit.getState();
  const { sessions, programme, failed } = useProgramme.getState();
  const { width, height } = atlasSize(atlas);
  ctx.clearRect(0, 0, width, height);
  atlas.boards.forEach((b, i) => {
    const content = boardContent({
      zone: b.zone,
      sessions,
      failed,
      indicative: programme?.indicative ?? false,
      instant,
      lang,
      timeZone: data.edition.timeZone,
      city: data.edition.city,
    });
    paintProgrammeBoard(ctx, (i % COLUMNS) * CELL_W, Math.floor(i / COLUMNS) * CELL_H, CELL_W, CELL_H, content);
    recordBoard(b.placeId, boardText(content));
  });
  ctx.fillStyle = GREY;
  ctx.fillRect(0, height - GREY_H, width, GREY_H);
  return Math.floor(instant / MINUTE);
}

export function ProgrammeBoards() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const sessions = useProgramme((s) => s.sessions);
  const failed = useProgramme((s) => s.failed);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    if (data) wantProgramme();
  }, [data]);

  const atlas = useMemo((): Atlas | null => {
    if (!data) return null;
    const boards = boardPlaces(data);
    return boards.length ? { boards, rows: Math.ceil(boards.length / COLUMNS) } : null;
  }, [data]);
  const geometry = useMemo(() => (atlas ? buildGeometry(atlas) : null), [atlas]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  const texture = useMemo(() => {
    if (!atlas) return null;
    const canvas = document.createElement('canvas');
    Object.assign(canvas, atlasSize(atlas));
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = 4;
    return t;
  }, [atlas]);
  useEffect(() => () => texture?.dispose(), [texture]);
  const material = useMemo(() => (texture ? new MeshBasicMaterial({ map: texture, toneMapped: false }) : null), [texture]);
  useEffect(() => () => material?.dispose(), [material]);
  useEffect(() => () => clearBoardTexts(), []);

  // The minute last painted; -1 until the first paint (the frame loop then does nothing).
  const painted = useRef(-1);
  const repaint = useRef<() => void>(() => {});
  useEffect(() => {
    if (!atlas || !texture || !data) return;
    const ctx = (texture.image as HTMLCanvasElement).getContext('2d')!;
    repaint.current = () => {
      painted.current = paintAll(ctx, atlas, data);
      texture.needsUpdate = true;
      invalidate();
    };
    repaint.current();
    // A replayed clock set (or let go) moves the instant at once, not at the next minute.
    const stop = useClock.subscribe((s, prev) => {
      if (s.version !== prev.version) repaint.current();
    });
    return () => {
      stop();
      repaint.current = () => {};
      painted.current = -1;
    };
  }, [atlas, texture, data, lang, sessions, failed, invalidate]);

  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    // Shown with the models they stand among, as the signs are.
    if (mesh.current) mesh.current.visible = sceneContents.modelsInScene;
    if (painted.current >= 0 && Math.floor(clockNow() / MINUTE) !== painted.current) repaint.current();
  });

  if (!geometry || !material) return null;
  return <mesh ref={mesh} geometry={geometry} material={material} name="programme-boards" raycast={noRaycast} />;
}
