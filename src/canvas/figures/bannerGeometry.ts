/**
 * The figures banner as one mesh: the painted board, its back, a thin frame round it and two square
 * posts from the ground to its top, all in the banner's own frame (./banner.ts `bannerPose`: origin
 * at the board's centre, +z its front, y up, the ground `bottom + height / 2` below). The board's
 * face maps onto the painted figures; every other face onto a plain cell of the strip under them
 * (./paintFigures.ts `stripCell`), so the back reads plain navy, not the text mirrored, and the whole
 * structure stays one texture, one draw call (as the place signs' posts, src/canvas/signs).
 *
 * The posts are only drawn: the collision world is baked by the model pipeline (tools/models, into
 * collision.glb) and knows nothing of them, so a walker passes through them. They stand where that
 * matters least. In the default edition (scenes/jpo-2024-agadir) the start point [0, 97] looks north
 * up the main avenue (site.json `main-avenue`: 10 m wide on x = 0, from z = 100 to −92), so the banner
 * stands across it at z = 85, its edges at x = ±5; the posts' centres are at x = ±4.14 (faces from
 * ±4.06 to ±4.22), 0.78 m inside those edges, leaving 8.12 m clear on the walking line under a
 * board whose lower edge is 2.6 m up. The entrance paving there is 25 m wide (x = ±12.5); the welcome
 * desk [−7, 84] and the palms at x = ±7.5 stand beyond the posts.
 */
import type { BufferGeometry } from 'three';
import { quadGeometry } from '../signs/quadSheet.ts';
import { BANNER } from './banner.ts';
import { BANNER_CANVAS, BANNER_PX, stripCell, type StripTone } from './paintFigures.ts';

/** Metres: the frame's border round the board and its depth, the board's thickness, a post's side. */
export const FRAME = { border: 0.06, depth: 0.1, board: 0.06, post: 0.16 } as const;

export interface BannerSize {
  width: number;
  height: number;
  /** The board's lower edge above the ground. */
  bottom: number;
}

export type BannerPartName = 'face' | 'back' | 'frame' | 'post';

/** A run of vertices that belongs to one part (every quad has its own four). */
export interface BannerPart {
  name: BannerPartName;
  first: number;
  count: number;
}

export interface BannerMesh {
  positions: number[];
  uvs: number[];
  index: number[];
  parts: BannerPart[];
}

type V3 = [number, number, number];
/** Each axis with the two after it: e_a × e_b is the axis, so corners taken along a then b turn counter-clockwise. */
const AXES = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
] as const;

/** The centre of a strip cell as a texture coordinate (a canvas texture is flipped: v = 1 at its top row). */
function toneUv(tone: StripTone): [number, number] {
  const r = stripCell(tone, BANNER_CANVAS.width, BANNER_PX.height);
  return [(r.x + r.w / 2) / BANNER_CANVAS.width, 1 - (r.y + r.h / 2) / BANNER_CANVAS.height];
}

/** The painted board, its back, four frame bars and two posts: 2 + 2 + 4 × 12 + 2 × 10 = 72 triangles. */
export function bannerMesh(size: BannerSize = BANNER, frame: typeof FRAME = FRAME): BannerMesh {
  const positions: number[] = [];
  const uvs: number[] = [];
  const index: number[] = [];
  const parts: BannerPart[] = [];

  const part = (name: BannerPartName, build: () => void) => {
    const first = positions.length / 3;
    build();
    parts.push({ name, first, count: positions.length / 3 - first });
  };
  // Corners counter-clockwise seen from outside.
  const quad = (corners: V3[], uv: Array<[number, number]>) => {
    const b = positions.length / 3;
    corners.forEach((c, i) => {
      positions.push(...c);
      uvs.push(...uv[i]!);
    });
    index.push(b, b + 1, b + 2, b, b + 2, b + 3);
  };
  const plain = (uv: [number, number]) => [uv, uv, uv, uv];
  // A box from `lo` to `hi`: its ±z faces in `tone`, its sides and top in `shade`.
  const box = (lo: V3, hi: V3, tone: StripTone, shade: StripTone, bottom = true) => {
    for (const [axis, a, b] of AXES)
      for (const sign of [1, -1]) {
        if (axis === 1 && sign === -1 && !bottom) continue;
        const corner = (ta: number, tb: number): V3 => {
          const p: V3 = [0, 0, 0];
          p[axis] = sign > 0 ? hi[axis] : lo[axis];
          p[a] = ta > 0 ? hi[a] : lo[a];
          // The second tangent flips with the normal, so the corners stay counter-clockwise.
          p[b] = tb * sign > 0 ? hi[b] : lo[b];
          return p;
        };
        quad([corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)], plain(toneUv(axis === 2 ? tone : shade)));
      }
  };

  const w = size.width / 2;
  const h = size.height / 2;
  const t = frame.board / 2;
  const d = frame.depth / 2;
  const outer = w + frame.border;
  const top = h + frame.border;
  const ground = -(size.bottom + h);
  // The face shows the painted figures, not the strip under them.
  const v0 = 1 - BANNER_PX.height / BANNER_CANVAS.height;
  const u1 = BANNER_PX.width / BANNER_CANVAS.width;

  part('face', () =>
    quad(
      [
        [-w, -h, t],
        [w, -h, t],
        [w, h, t],
        [-w, h, t],
      ],
      [
        [0, v0],
        [u1, v0],
        [u1, 1],
        [0, 1],
      ],
    ),
  );
  part('back', () =>
    quad(
      [
        [w, -h, -t],
        [-w, -h, -t],
        [-w, h, -t],
        [w, h, -t],
      ],
      plain(toneUv('frame')),
    ),
  );
  part('frame', () => {
    box([-outer, h, -d], [outer, top, d], 'frame', 'frameShade');
    box([-outer, -top, -d], [outer, -h, d], 'frame', 'frameShade');
    box([-outer, -h, -d], [-w, h, d], 'frame', 'frameShade');
    box([w, -h, -d], [outer, h, d], 'frame', 'frameShade');
  });
  const p = frame.post / 2;
  // Their inner faces against the frame's ends; no bottom face, it stands on the ground.
  part('post', () => box([-outer - frame.post, ground, -p], [-outer, top, p], 'post', 'postShade', false));
  part('post', () => box([outer, ground, -p], [outer + frame.post, top, p], 'post', 'postShade', false));
  return { positions, uvs, index, parts };
}

/** The banner's mesh as a three.js geometry, bounds computed; the caller disposes of it. */
export function bannerGeometry(size: BannerSize = BANNER): BufferGeometry {
  const m = bannerMesh(size);
  return quadGeometry(m.positions, m.uvs, m.index);
}
