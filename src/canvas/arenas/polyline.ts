/**
 * Closed loops for the arenas' figures to follow: a stadium (two straights and two half circles) and
 * a smooth curve through waypoints (centripetal Catmull-Rom, which neither loops nor overshoots at a
 * sharp turn), both sampled into a polyline with its arc lengths, so a figure at a distance along it
 * is found by a binary search, without allocating. Pure: plan maths only.
 */

export type Point = readonly [number, number];

/** A closed polyline and the distance along it at each of its points (`cum[n]` is the whole length). */
export interface Loop {
  /** The points, x and z interleaved. */
  xz: Float64Array;
  /** The distance from the first point to each point; one more entry than points: the closing one. */
  cum: Float64Array;
  length: number;
}

/** A loop through `points` in order, closed from the last back to the first. */
export function loopOf(points: readonly Point[]): Loop {
  const n = points.length;
  const xz = new Float64Array(n * 2);
  const cum = new Float64Array(n + 1);
  points.forEach(([x, z], i) => {
    xz[i * 2] = x;
    xz[i * 2 + 1] = z;
  });
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    cum[i + 1] = cum[i]! + Math.hypot(xz[j * 2]! - xz[i * 2]!, xz[j * 2 + 1]! - xz[i * 2 + 1]!);
  }
  return { xz, cum, length: cum[n]! };
}

/** Writes the point at distance `s` along the loop (any s: it wraps) into `out`. */
export function pointAt(loop: Loop, s: number, out: { x: number; z: number }): void {
  const { xz, cum, length } = loop;
  const n = cum.length - 1;
  const d = ((s % length) + length) % length;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cum[mid]! <= d) lo = mid;
    else hi = mid - 1;
  }
  const j = (lo + 1) % n;
  const span = cum[lo + 1]! - cum[lo]!;
  const f = span > 0 ? (d - cum[lo]!) / span : 0;
  out.x = xz[lo * 2]! + (xz[j * 2]! - xz[lo * 2]!) * f;
  out.z = xz[lo * 2 + 1]! + (xz[j * 2 + 1]! - xz[lo * 2 + 1]!) * f;
}

/**
 * A stadium around (cx, cz): straights of `2 * halfStraight` along the unit direction (ux, uz), half
 * circles of `radius` at their ends; counter-clockwise seen from above, one point every `step` metres.
 */
export function stadium(
  cx: number,
  cz: number,
  ux: number,
  uz: number,
  halfStraight: number,
  radius: number,
  step: number,
): Point[] {
  // Across the straights: (ux, uz) turned a quarter.
  const vx = uz;
  const vz = -ux;
  const out: Point[] = [];
  const at = (a: number, b: number): Point => [cx + ux * a + vx * b, cz + uz * a + vz * b];
  const straight = Math.max(1, Math.ceil((2 * halfStraight) / step));
  const arc = Math.max(2, Math.ceil((Math.PI * radius) / step));
  for (const side of [1, -1]) {
    for (let i = 0; i < straight; i++) out.push(at(side * (-halfStraight + (2 * halfStraight * i) / straight), -side * radius));
    for (let i = 0; i < arc; i++) {
      const t = -Math.PI / 2 + (Math.PI * i) / arc;
      out.push(at(side * (halfStraight + radius * Math.cos(t)), side * radius * Math.sin(t)));
    }
  }
  return out;
}

/**
 * A smooth closed curve through `waypoints`, one point about every `step` metres. `starts[i]` is the
 * index in `points` of waypoint i, for things that happen there (a jump).
 */
export function smoothLoop(waypoints: readonly Point[], step: number): { points: Point[]; starts: number[] } {
  const n = waypoints.length;
  const points: Point[] = [];
  const starts: number[] = [];
  const knot = (a: Point, b: Point) => Math.max(1e-6, Math.sqrt(Math.hypot(b[0] - a[0], b[1] - a[1])));
  const mix = (a: Point, b: Point, ta: number, tb: number, t: number): Point => {
    const f = (t - ta) / (tb - ta);
    return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
  };
  for (let i = 0; i < n; i++) {
    const p0 = waypoints[(i - 1 + n) % n]!;
    const p1 = waypoints[i]!;
    const p2 = waypoints[(i + 1) % n]!;
    const p3 = waypoints[(i + 2) % n]!;
    const t1 = knot(p0, p1);
    const t2 = t1 + knot(p1, p2);
    const t3 = t2 + knot(p2, p3);
    const count = Math.max(1, Math.ceil(Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / step));
    starts.push(points.length);
    for (let k = 0; k < count; k++) {
      // Barry and Goldman's pyramid for the centripetal parametrisation.
      const t = t1 + ((t2 - t1) * k) / count;
      const a1 = mix(p0, p1, 0, t1, t);
      const a2 = mix(p1, p2, t1, t2, t);
      const a3 = mix(p2, p3, t2, t3, t);
      const b1 = mix(a1, a2, 0, t2, t);
      const b2 = mix(a2, a3, t1, t3, t);
      points.push(mix(b1, b2, t1, t2, t));
    }
  }
  return { points, starts };
}
