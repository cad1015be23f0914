/**
 * The baking's fixed ray directions: a cosine-weighted hemisphere on a golden-angle spiral (the same
 * set for every vertex, turned onto its normal) and a small cone around the sun for soft shadow
 * edges. Fixed, not random: the models are the same bytes on every build.
 */

export type Dir = [number, number, number];

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** `count` directions about +y, cosine-weighted (each carries the same share of the ambient light). */
export function hemisphere(count: number): Dir[] {
  const out: Dir[] = [];
  for (let k = 0; k < count; k++) {
    const u = (k + 0.5) / count;
    const r = Math.sqrt(u);
    const phi = k * GOLDEN;
    out.push([r * Math.cos(phi), Math.sqrt(1 - u), r * Math.sin(phi)]);
  }
  return out;
}

/** Two unit vectors perpendicular to the unit normal n and to each other, chosen the same way every time. */
export function tangents(nx: number, ny: number, nz: number): [Dir, Dir] {
  // Helper axis: +y unless n is close to it.
  const [hx, hy, hz] = Math.abs(ny) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  let tx = hy * nz - hz * ny,
    ty = hz * nx - hx * nz,
    tz = hx * ny - hy * nx;
  const l = Math.hypot(tx, ty, tz);
  tx /= l;
  ty /= l;
  tz /= l;
  return [
    [tx, ty, tz],
    [ny * tz - nz * ty, nz * tx - nx * tz, nx * ty - ny * tx],
  ];
}

/** `count` directions within `halfAngle` (radians) of the unit vector `to`, spread evenly over the disc. */
export function cone(to: Dir, halfAngle: number, count: number): Dir[] {
  const [t, b] = tangents(to[0], to[1], to[2]);
  const out: Dir[] = [];
  for (let k = 0; k < count; k++) {
    const r = Math.tan(halfAngle) * Math.sqrt((k + 0.5) / count);
    const phi = k * GOLDEN;
    const c = r * Math.cos(phi),
      s = r * Math.sin(phi);
    const d: Dir = [to[0] + t[0] * c + b[0] * s, to[1] + t[1] * c + b[1] * s, to[2] + t[2] * c + b[2] * s];
    const l = Math.hypot(d[0], d[1], d[2]);
    out.push([d[0] / l, d[1] / l, d[2] / l]);
  }
  return out;
}
