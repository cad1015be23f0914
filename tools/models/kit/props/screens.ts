/** Props built around a screen: the video wall, the self-service kiosk and the driving simulator. */
import { C, hex } from '../colors.ts';
import { boxBetween, cylinderZ, merge, place, prismX, type RGB, type V3 } from '../geo.ts';
import type { Built, Picture } from '../types.ts';
import { PropKit, flat, faceZ, GREEN_GLOW } from './parts.ts';

const SKY = hex('#8cc0f0');
const ROAD_VIEW = hex('#5f6f58');

/** The video wall: 2 × 2 screens of sw × sh with a gap, the lowest at y0, the faces' frame at zf. */
const WALL = { sw: 1.2, sh: 0.68, gap: 0.02, y0: 0.95, zf: -0.04 } as const;
/** A screen's picture inside its bezel, metres. */
const BEZEL = 0.012;
/** A still hangs this far in front of the screen faces it covers (over the simulator's road strip too). */
const STILL_LIFT = 0.004;

export function screenWall(): Built {
  const k = new PropKit();
  const { sw, sh, gap, y0, zf } = WALL;
  k.matte(
    boxBetween([-sw - gap / 2 - 0.02, y0 - 0.02, -0.12], [sw + gap / 2 + 0.02, y0 + 2 * sh + gap + 0.02, zf], C.charcoal, true),
  );
  // Four screens, each a "picture": a lighter sky over a deeper lower half.
  const tones: Array<[RGB, RGB]> = [
    [hex('#6fa8e6'), hex('#2b5da8')],
    [hex('#7fb6ea'), hex('#33689f')],
    [hex('#5c98dc'), hex('#244f93')],
    [hex('#86bdf0'), hex('#3a71b3')],
  ];
  let i = 0;
  for (const row of [0, 1]) {
    for (const col of [-1, 1]) {
      const x0 = col < 0 ? -sw - gap / 2 : gap / 2;
      const yb = y0 + row * (sh + gap);
      const [top, low] = tones[i++]!;
      const z = zf + 0.003;
      k.screen(faceZ(x0 + 0.012, x0 + sw - 0.012, yb + 0.012, yb + sh * 0.45, z, low));
      k.screen(faceZ(x0 + 0.012, x0 + sw - 0.012, yb + sh * 0.45, yb + sh - 0.012, z, top));
    }
  }
  // Stand: two uprights on feet, a sound bar under the screens.
  for (const s of [-1, 1]) {
    k.matte(boxBetween([s * 0.65 - 0.05, 0, -0.2], [s * 0.65 + 0.05, y0 + 1.2, -0.12], C.darkGrey));
    k.matte(boxBetween([s * 0.65 - 0.05, 0, -0.45], [s * 0.65 + 0.05, 0.05, 0.35], C.darkGrey));
  }
  k.matte(boxBetween([-0.5, y0 - 0.12, -0.1], [0.5, y0 - 0.04, -0.02], C.black));
  k.solid([-1.25, 0, -0.45], [1.25, y0 + 2 * sh + gap + 0.02, 0.35]);
  return k.built();
}

export function kiosk(): Built {
  const k = new PropKit();
  k.matte(boxBetween([-0.3, 0, -0.25], [0.3, 0.05, 0.25], C.charcoal));
  // Body: side profile with a raked screen face.
  const p: Array<[number, number]> = [
    [-0.17, 0.05],
    [0.13, 0.05],
    [0.13, 0.95],
    [0.0, 1.62],
    [-0.17, 1.62],
  ];
  k.matte(prismX(p, -0.24, 0.24, C.white, [null, C.policeBlue, C.charcoal, C.white, C.white]));
  // Screen on the raked face, lifted along its normal.
  const [za, ya] = [0.13, 0.95],
    [zb, yb] = [0.0, 1.62];
  const dz = zb - za,
    dy = yb - ya,
    l = Math.hypot(dz, dy);
  const nz = dy / l,
    ny = -dz / l;
  const at = (t: number, x: number): V3 => [x, ya + dy * t + ny * 0.004, za + dz * t + nz * 0.004];
  k.screen(flat([at(0.08, -0.2), at(0.08, 0.2), at(0.92, 0.2), at(0.92, -0.2)], C.screenGlow, [0, ny, nz]));
  // Card reader shelf with a green glow.
  k.matte(boxBetween([-0.12, 0.86, 0.13], [0.12, 0.9, 0.22], C.charcoal));
  k.screen(boxBetween([-0.04, 0.9, 0.16], [0.04, 0.91, 0.2], GREEN_GLOW));
  k.solid([-0.3, 0, -0.25], [0.3, 1.62, 0.25]);
  return k.built();
}

/** The simulator's curved screen: n panels on an arc of radius R about (0, zc), over `span`, from y0 to y1. */
const CURVE = { R: 1.9, zc: 0.6, n: 5, span: (100 * Math.PI) / 180, y0: 0.7, y1: 1.95 } as const;

/** Panel i of the curve: its centre at the floor, its turn (it faces the driver), its width. */
function curvePanel(i: number): { at: V3; turn: number; chord: number } {
  const { R, zc, n, span } = CURVE;
  const step = span / n;
  const th = -span / 2 + step * (i + 0.5);
  return { at: [R * Math.sin(th), 0, zc - R * Math.cos(th)], turn: -th, chord: 2 * R * Math.sin(step / 2) + 0.01 };
}

export function simulator(): Built {
  const k = new PropKit();
  // A curved screen of five panels on an arc around the driver, concave toward the front.
  const { R, zc, n, y0, y1 } = CURVE;
  for (let i = 0; i < n; i++) {
    const { at, turn, chord } = curvePanel(i);
    const panel = merge(boxBetween([-chord / 2, y0, -0.06], [chord / 2, y1, 0], C.charcoal, true));
    const screens = merge(
      faceZ(-chord / 2 + 0.01, chord / 2 - 0.01, y0 + 0.02, y0 + 0.55, 0.003, ROAD_VIEW),
      faceZ(-chord / 2 + 0.01, chord / 2 - 0.01, y0 + 0.55, y1 - 0.02, 0.003, SKY),
    );
    k.matte(place(panel, at, turn));
    k.screen(place(screens, at, turn));
  }
  // The road drawn across the panels' lower half: a lighter strip in the middle panel.
  k.screen(place(faceZ(-0.25, 0.25, y0 + 0.02, y0 + 0.45, 0.005, C.asphalt), [0, 0, zc - R], 0));
  for (const s of [-1, 1]) k.matte(boxBetween([s * 0.9 - 0.05, 0, -1.3], [s * 0.9 + 0.05, y0, -1.15], C.darkGrey));
  // Console: platform, bucket seat facing the screen (toward -z), dashboard and steering wheel.
  k.matte(boxBetween([-0.55, 0, -0.05], [0.55, 0.12, 1.35], C.darkGrey));
  k.matte(boxBetween([-0.08, 0.12, 0.65], [0.08, 0.35, 0.9], C.charcoal));
  k.matte(boxBetween([-0.26, 0.35, 0.55], [0.26, 0.47, 1.05], C.black));
  k.matte(
    prismX(
      [
        [1.0, 0.45],
        [1.12, 0.45],
        [1.22, 1.1],
        [1.1, 1.1],
      ],
      -0.26,
      0.26,
      C.black,
    ),
  );
  k.matte(boxBetween([-0.45, 0.12, 0.0], [0.45, 0.8, 0.22], C.charcoal));
  k.matte(boxBetween([-0.04, 0.7, 0.22], [0.04, 0.76, 0.36], C.charcoal));
  k.matte(cylinderZ(0.17, 0.04, 10, [0, 0.8, 0.38], C.black));
  k.screen(faceZ(-0.3, -0.08, 0.62, 0.76, 0.223, C.screenGlow));
  k.solid([-1.55, 0, -1.36], [1.55, y1, -0.55]);
  k.solid([-0.55, 0, -0.05], [0.55, 1.1, 1.35]);
  return k.built();
}

/** A rectangle of the prop's frame facing `normal`: corners bottom-left, bottom-right, top-right, top-left seen from the front. */
function rect(corners: [V3, V3, V3, V3], normal: V3, uv: Picture['uv']): Picture {
  const lift = (p: V3): V3 => [p[0] + normal[0] * STILL_LIFT, p[1] + normal[1] * STILL_LIFT, p[2] + normal[2] * STILL_LIFT];
  return { corners: corners.map(lift) as Picture['corners'], normal, uv };
}

/** The video wall shows one still across its four screens, each its quarter (less the bezels' strip). */
export function screenWallPictures(): Picture[] {
  const { sw, sh, gap, y0, zf } = WALL;
  const x0 = -sw - gap / 2;
  const x1 = sw + gap / 2;
  const top = y0 + 2 * sh + gap;
  const s = (x: number) => (x - x0) / (x1 - x0);
  const t = (y: number) => (top - y) / (top - y0);
  const out: Picture[] = [];
  for (const row of [0, 1])
    for (const col of [-1, 1]) {
      const xa = (col < 0 ? x0 : gap / 2) + BEZEL;
      const xb = xa + sw - 2 * BEZEL;
      const ya = y0 + row * (sh + gap) + BEZEL;
      const yb = ya + sh - 2 * BEZEL;
      const z = zf + 0.003;
      out.push(
        rect(
          [
            [xa, ya, z],
            [xb, ya, z],
            [xb, yb, z],
            [xa, yb, z],
          ],
          [0, 0, 1],
          [s(xa), t(yb), s(xb), t(ya)],
        ),
      );
    }
  return out;
}

/**
 * The simulator shows the still across its three middle panels as one wide picture (the outer two keep
 * their road and sky): the still's middle band, as wide as the three panels are wide for their height.
 */
export function simulatorPictures(): Picture[] {
  const { y0, y1 } = CURVE;
  const middle = [1, 2, 3];
  const width = middle.reduce((w, i) => w + curvePanel(i).chord, 0);
  // A 16:9 still cover-fitted to the band: its full width, the middle share of its height.
  const band = Math.min(1, (16 / 9) * ((y1 - y0) / width));
  const [t0, t1] = [0.5 - band / 2, 0.5 + band / 2];
  return middle.map((i, k) => {
    const { at, turn, chord } = curvePanel(i);
    const c = Math.cos(turn);
    const sn = Math.sin(turn);
    // The panel's face (local +z at 0.003, as the builder puts it) turned and moved like the panel.
    const world = (x: number, y: number): V3 => [c * x + sn * 0.003 + at[0], y, -sn * x + c * 0.003 + at[2]];
    const ya = y0 + 0.02;
    const yb = y1 - 0.02;
    const xa = -chord / 2 + 0.01;
    const xb = chord / 2 - 0.01;
    return rect([world(xa, ya), world(xb, ya), world(xb, yb), world(xa, yb)], [sn, 0, c], [k / 3, t0, (k + 1) / 3, t1]);
  });
}
