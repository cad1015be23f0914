/**
 * Landscape pieces, each centred on its foot at the origin and instanced by the pipeline:
 * palms (~200 triangles), flag poles (~100), street lamps (~60).
 */
import { C, hex } from './colors.ts';
import {
  appendAll as append,
  beam,
  box,
  cylinder,
  doubleSided,
  emptyGeo,
  fan,
  quad,
  solid,
  triangle,
  tube,
  type RGB,
  type V3,
} from './geo.ts';
import type { Built, Geo } from './types.ts';

const FROND_DARK = C.palmGreen;
const FROND_LIGHT = hex('#6f9440');
const BOOT = hex('#6d5234');

/** Deterministic pseudo-random in [0, 1). */
function rnd(i: number): number {
  const x = Math.sin(i * 91.345 + 47.853) * 43758.5453;
  return x - Math.floor(x);
}

/** One palm frond from `root`, heading `azimuth` (radians about y, 0 toward +z), rising at `elevation` then drooping. */
function frond(root: V3, azimuth: number, elevation: number, length: number, width: number): Geo {
  const g = emptyGeo();
  const dx = Math.sin(azimuth),
    dz = Math.cos(azimuth);
  // Side vector (horizontal, perpendicular to the heading).
  const sx = dz,
    sz = -dx;
  const ts = [0, 0.3, 0.65, 1];
  const h = Math.cos(elevation) * length;
  const v = Math.sin(elevation) * length;
  const droop = length * 0.75;
  const spine = ts.map((t): V3 => [root[0] + dx * h * t, root[1] + v * t - droop * t * t, root[2] + dz * h * t]);
  const half = ts.map((t) => (t === 0 || t === 1 ? 0 : width * (t < 0.5 ? 0.9 : 0.7)));
  const fold = 0.35; // leaflets hang down from the rib (V-shaped section)
  const edge = (i: number, side: number): V3 => {
    const p = spine[i]!;
    const w = half[i]!;
    return [p[0] + sx * w * side, p[1] - w * fold, p[2] + sz * w * side];
  };
  for (let i = 0; i < ts.length - 1; i++) {
    const color = i === 0 ? FROND_DARK : FROND_LIGHT;
    for (const side of [-1, 1]) {
      const a = spine[i]!,
        b = spine[i + 1]!;
      const ea = edge(i, side),
        eb = edge(i + 1, side);
      // Faces up: order depends on the side.
      const pts: V3[] = [];
      if (half[i]! === 0) pts.push(a, b, eb);
      else if (half[i + 1]! === 0) pts.push(a, b, ea);
      else pts.push(a, b, eb, ea);
      const geo =
        pts.length === 3 ? upTriangle(pts[0]!, pts[1]!, pts[2]!, color) : upQuad(pts[0]!, pts[1]!, pts[2]!, pts[3]!, color);
      append(g, geo);
    }
  }
  return doubleSided(g);
}

/** A triangle wound so that its normal points up (y ≥ 0). */
function upTriangle(a: V3, b: V3, c: V3, color: RGB): Geo {
  const t = triangle(a, b, c, color);
  return t.normals[1]! >= 0 ? t : triangle(a, c, b, color);
}

function upQuad(a: V3, b: V3, c: V3, d: V3, color: RGB): Geo {
  const q = quad(a, b, c, d, color);
  return q.normals[1]! >= 0 ? q : quad(d, c, b, a, color);
}

/** A date palm, 6.5–9 m; `variant` 0..2 changes height, lean and crown. */
export function palm(variant: number): Built {
  const v = ((Math.round(variant) % 3) + 3) % 3;
  const height = [8, 9.2, 6.8][v]!;
  const lean = [0.35, 0.8, 0.55][v]!;
  const leanDir = [0.4, 2.2, 4.1][v]!;
  const fronds = [10, 9, 9][v]!;
  const lx = Math.sin(leanDir) * lean,
    lz = Math.cos(leanDir) * lean;
  const pts: V3[] = [];
  const radii: number[] = [];
  const n = 4;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    // A gentle curve: the lean grows with the square of the height.
    pts.push([lx * t * t, height * t, lz * t * t]);
    radii.push(0.3 - 0.1 * t + (i === 0 ? 0.06 : 0));
  }
  const matte = emptyGeo();
  append(matte, tube(pts, radii, 6, C.trunk));
  const top: V3 = [lx, height, lz];
  // The boot of old leaf bases under the crown.
  append(matte, cylinder(0.34, 0.16, 0.9, 6, [top[0], height - 0.75, top[2]], BOOT));
  for (let k = 0; k < fronds; k++) {
    const az = (k / fronds) * Math.PI * 2 + v * 0.7 + (rnd(k + v * 17) - 0.5) * 0.4;
    const elev = 0.35 + 0.45 * rnd(k * 3 + v);
    const len = 3.8 + 1.0 * rnd(k * 7 + v * 5);
    append(matte, frond([top[0], height + 0.05, top[2]], az, elev, len, 0.55));
  }
  return { parts: { matte }, collision: [solid([0.6, 3, 0.6], [0, 1.5, 0])] };
}

/** Points of a regular pentagram's five tips (radius r) around c in the xy plane, first tip up. */
function starTips(c: V3, r: number): V3[] {
  const out: V3[] = [];
  for (let i = 0; i < 5; i++) {
    const a = Math.PI / 2 + (i * 2 * Math.PI) / 5;
    out.push([c[0] + Math.cos(a) * r, c[1] + Math.sin(a) * r, c[2]]);
  }
  return out;
}

/** A strip from a to b in the xy plane at a's z, `w` wide, facing +z or −z. */
function strip(a: V3, b: V3, w: number, color: RGB, facing: 1 | -1): Geo {
  const dx = b[0] - a[0],
    dy = b[1] - a[1];
  const l = Math.hypot(dx, dy) || 1;
  const nx = (-dy / l) * (w / 2),
    ny = (dx / l) * (w / 2);
  return fan(
    [
      [a[0] - nx, a[1] - ny, a[2]],
      [b[0] - nx, b[1] - ny, b[2]],
      [b[0] + nx, b[1] + ny, b[2]],
      [a[0] + nx, a[1] + ny, a[2]],
    ],
    [0, 0, facing],
    color,
  );
}

/** Filled five-pointed star facing ±z. */
function filledStar(c: V3, r: number, color: RGB, facing: 1 | -1): Geo {
  const pts: V3[] = [c];
  for (let i = 0; i <= 10; i++) {
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.42;
    pts.push([c[0] + Math.cos(a) * rr, c[1] + Math.sin(a) * rr, c[2]]);
  }
  return fan(pts, [0, 0, facing], color);
}

/** A shield (flat top, pointed bottom) facing ±z, centred on c, w wide, h high. */
function shield(c: V3, w: number, h: number, color: RGB, facing: 1 | -1): Geo {
  const pts: V3[] = [
    [c[0] - w / 2, c[1] + h / 2, c[2]],
    [c[0] + w / 2, c[1] + h / 2, c[2]],
    [c[0] + w / 2, c[1] - h * 0.1, c[2]],
    [c[0], c[1] - h / 2, c[2]],
    [c[0] - w / 2, c[1] - h * 0.1, c[2]],
  ];
  return fan(pts, [0, 0, facing], color);
}

/** A flag pole (~8 m) with Morocco's flag (red, green pentagram) or a police flag (blue, white shield, gold star). */
export function flag(kind: 'morocco' | 'police'): Built {
  const matte = emptyGeo();
  const poleH = 8;
  append(matte, box([0.5, 0.3, 0.5], [0, 0.15, 0], C.lightGrey));
  append(matte, cylinder(0.07, 0.045, poleH, 6, [0, 0.3, 0], C.white));
  append(matte, cylinder(0.09, 0, 0.22, 4, [0, poleH + 0.3, 0], C.gold));
  // The cloth: three vertical strips with a gentle wave; the middle strip is flat for the emblem.
  const top = poleH + 0.1,
    bottom = top - 1.5;
  const xs = [0.05, 0.6, 1.75, 2.3];
  const zs = [0, 0.1, 0.1, -0.05];
  const field = kind === 'morocco' ? C.moroccoRed : C.policeBlue;
  const cloth = emptyGeo();
  for (let i = 0; i < 3; i++) {
    const a: V3 = [xs[i]!, bottom, zs[i]!],
      b: V3 = [xs[i + 1]!, bottom, zs[i + 1]!];
    const c: V3 = [xs[i + 1]!, top, zs[i + 1]!],
      d: V3 = [xs[i]!, top, zs[i]!];
    append(cloth, quad(a, b, c, d, field));
  }
  append(matte, doubleSided(cloth));
  const centre: V3 = [(xs[1]! + xs[2]!) / 2, (top + bottom) / 2, zs[1]!];
  for (const facing of [1, -1] as const) {
    const z = centre[2] + facing * 0.006;
    const c: V3 = [centre[0], centre[1] - 0.03, z];
    if (kind === 'morocco') {
      // Green interlaced pentagram outline: each tip joined to the second next.
      const tips = starTips(c, 0.4);
      for (let i = 0; i < 5; i++) append(matte, strip(tips[i]!, tips[(i + 2) % 5]!, 0.055, C.moroccoGreen, facing));
    } else {
      append(matte, shield([c[0], c[1] + 0.02, z], 0.72, 0.92, C.white, facing));
      append(matte, shield([c[0], c[1] + 0.03, z + facing * 0.004], 0.58, 0.76, C.navy, facing));
      append(matte, filledStar([c[0], c[1] + 0.1, z + facing * 0.008], 0.22, C.gold, facing));
    }
  }
  return { parts: { matte }, collision: [solid([0.5, 2.5, 0.5], [0, 1.25, 0])] };
}

/** A street lamp, ~5 m, one arm; the lit head in the 'screen' material (warm white). */
export function lamp(): Built {
  const matte = emptyGeo();
  append(matte, box([0.34, 0.5, 0.34], [0, 0.25, 0], C.darkGrey));
  append(matte, cylinder(0.09, 0.06, 4.6, 6, [0, 0.5, 0], C.darkGrey));
  append(matte, beam([0, 4.85, 0], [0.95, 5.05, 0], 0.07, 0.08, C.darkGrey));
  append(matte, box([0.62, 0.12, 0.32], [1.05, 5.06, 0], C.darkGrey));
  const screen = box([0.52, 0.08, 0.26], [1.05, 4.97, 0], hex('#fff1cf'), 0, true);
  return { parts: { matte, screen }, collision: [solid([0.35, 2.5, 0.35], [0, 1.25, 0])] };
}
