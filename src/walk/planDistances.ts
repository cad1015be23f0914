/** Distances and overlaps on the plan between points, segments and centred rectangles, without allocating (they run every frame). */

/** Without building an array (these run every frame). */
export function finite4(a: number, b: number, c: number, d: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d);
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Parameter in [0, 1] of the point of segment a–b nearest to p. */
export function segmentParameter(px: number, pz: number, ax: number, az: number, bx: number, bz: number): number {
  const ex = bx - ax;
  const ez = bz - az;
  const l2 = ex * ex + ez * ez;
  return l2 === 0 ? 0 : clamp(((px - ax) * ex + (pz - az) * ez) / l2, 0, 1);
}

/** Distance from p to segment a–b. */
export function segmentDistance(px: number, pz: number, ax: number, az: number, bx: number, bz: number): number {
  const t = segmentParameter(px, pz, ax, az, bx, bz);
  return Math.hypot(px - (ax + t * (bx - ax)), pz - (az + t * (bz - az)));
}

/** Distance from a point to the rectangle [−hx, hx] × [−hz, hz]; 0 inside. */
export function pointRectangleDistance(x: number, z: number, hx: number, hz: number): number {
  const dx = Math.max(Math.abs(x) - hx, 0);
  const dz = Math.max(Math.abs(z) - hz, 0);
  return Math.hypot(dx, dz);
}

/** Whether segment a–b meets the rectangle [−hx, hx] × [−hz, hz] (slab clipping). */
export function segmentMeetsRectangle(ax: number, az: number, bx: number, bz: number, hx: number, hz: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dz = bz - az;
  if (dx === 0) {
    if (ax < -hx || ax > hx) return false;
  } else {
    let ta = (-hx - ax) / dx;
    let tb = (hx - ax) / dx;
    if (ta > tb) [ta, tb] = [tb, ta];
    t0 = Math.max(t0, ta);
    t1 = Math.min(t1, tb);
    if (t0 > t1) return false;
  }
  if (dz === 0) return az >= -hz && az <= hz;
  let ta = (-hz - az) / dz;
  let tb = (hz - az) / dz;
  if (ta > tb) [ta, tb] = [tb, ta];
  return Math.max(t0, ta) <= Math.min(t1, tb);
}

/** Distance between segment a–b and the rectangle [−hx, hx] × [−hz, hz]: apart, it is reached at a vertex of one. */
export function segmentRectangleDistance(ax: number, az: number, bx: number, bz: number, hx: number, hz: number): number {
  if (segmentMeetsRectangle(ax, az, bx, bz, hx, hz)) return 0;
  return Math.min(
    pointRectangleDistance(ax, az, hx, hz),
    pointRectangleDistance(bx, bz, hx, hz),
    segmentDistance(hx, hz, ax, az, bx, bz),
    segmentDistance(-hx, hz, ax, az, bx, bz),
    segmentDistance(hx, -hz, ax, az, bx, bz),
    segmentDistance(-hx, -hz, ax, az, bx, bz),
  );
}

/** Distance between segments a–b and c–d. */
export function segmentSegmentDistance(
  ax: number,
  az: number,
  bx: number,
  bz: number,
  cx: number,
  cz: number,
  dx: number,
  dz: number,
): number {
  const o1 = (bx - ax) * (cz - az) - (bz - az) * (cx - ax);
  const o2 = (bx - ax) * (dz - az) - (bz - az) * (dx - ax);
  const o3 = (dx - cx) * (az - cz) - (dz - cz) * (ax - cx);
  const o4 = (dx - cx) * (bz - cz) - (dz - cz) * (bx - cx);
  if (o1 * o2 < 0 && o3 * o4 < 0) return 0;
  return Math.min(
    segmentDistance(ax, az, cx, cz, dx, dz),
    segmentDistance(bx, bz, cx, cz, dx, dz),
    segmentDistance(cx, cz, ax, az, bx, bz),
    segmentDistance(dx, dz, ax, az, bx, bz),
  );
}
