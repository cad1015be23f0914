/**
 * Reads the solid boxes of the walkable world back from the collision mesh.
 *
 * The pipeline writes every collision box as 8 corners and 12 triangles, but meshopt compression reorders the
 * vertices and quantizes positions (≈2 cm), so a box cannot be read from a known corner order: it is found as a
 * connected component of the triangle graph, and its footprint is fitted to the component's vertices.
 */

/** A solid box seen from above: an oriented rectangle on the plan, with a height range. */
export interface Obstacle {
  /** Centre of the footprint on the plan, m. */
  cx: number;
  cz: number;
  /** Half-extents along the box's own x and z axes, m. */
  hx: number;
  hz: number;
  /** radians, three.js rotation.y: the box's x axis points along (cos rot, −sin rot) on the plan. */
  rot: number;
  minY: number;
  maxY: number;
}

/** A component thinner than this both ways on the plan, or in height, is noise rather than a solid. */
const MIN_SIZE = 1e-3;

/**
 * One obstacle per connected component of the mesh (vertices joined through triangles), in order of each
 * component's first vertex. Components that are not volumes (fewer than 4 vertices, flat, a point on the plan,
 * non-finite) are skipped. A component that is not a single box (say, two boxes welded at a shared corner) comes
 * back as its minimal bounding rectangle, which errs on the solid side.
 */
export function obstaclesFromMesh(positions: ArrayLike<number>, indices: ArrayLike<number>): Obstacle[] {
  const vertexCount = Math.floor(positions.length / 3);
  const parent = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) parent[v] = v;
  const used = new Uint8Array(vertexCount);

  const triangleCount = Math.floor(indices.length / 3);
  for (let t = 0; t < triangleCount; t++) {
    const a = indices[3 * t]!;
    const b = indices[3 * t + 1]!;
    const c = indices[3 * t + 2]!;
    if (!isVertex(a, vertexCount) || !isVertex(b, vertexCount) || !isVertex(c, vertexCount)) continue;
    used[a] = used[b] = used[c] = 1;
    union(parent, a, b);
    union(parent, a, c);
  }

  // Group vertices by component (CSR layout), numbering components by their first vertex for a stable order.
  const componentOfRoot = new Int32Array(vertexCount).fill(-1);
  const componentOf = new Int32Array(vertexCount).fill(-1);
  let componentCount = 0;
  for (let v = 0; v < vertexCount; v++) {
    if (!used[v]) continue;
    const root = find(parent, v);
    if (componentOfRoot[root]! < 0) componentOfRoot[root] = componentCount++;
    componentOf[v] = componentOfRoot[root]!;
  }
  const start = new Int32Array(componentCount + 1);
  for (let v = 0; v < vertexCount; v++) if (componentOf[v]! >= 0) start[componentOf[v]! + 1]!++;
  for (let k = 0; k < componentCount; k++) start[k + 1]! += start[k]!;
  const members = new Int32Array(start[componentCount]!);
  const cursor = start.slice(0, componentCount);
  for (let v = 0; v < vertexCount; v++) {
    const k = componentOf[v]!;
    if (k >= 0) members[cursor[k]!++] = v;
  }

  const obstacles: Obstacle[] = [];
  for (let k = 0; k < componentCount; k++) {
    const from = start[k]!;
    const count = start[k + 1]! - from;
    if (count < 4) continue;
    const xs = new Float64Array(count);
    const zs = new Float64Array(count);
    let minY = Infinity;
    let maxY = -Infinity;
    let finite = true;
    for (let m = 0; m < count; m++) {
      const v = members[from + m]!;
      const x = positions[3 * v]!;
      const y = positions[3 * v + 1]!;
      const z = positions[3 * v + 2]!;
      if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) finite = false;
      xs[m] = x;
      zs[m] = z;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (!finite || maxY - minY < MIN_SIZE) continue;
    const rect = minAreaRectangle(xs, zs);
    if (!rect || Math.max(rect.hx, rect.hz) * 2 < MIN_SIZE) continue;
    obstacles.push({ ...rect, minY, maxY });
  }
  return obstacles;
}

function isVertex(i: number, count: number): boolean {
  return Number.isInteger(i) && i >= 0 && i < count;
}

function find(parent: Int32Array, v: number): number {
  while (parent[v] !== v) {
    const p = parent[v]!;
    parent[v] = parent[p]!; // path halving keeps the trees flat
    v = parent[v]!;
  }
  return v;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  // The smaller index wins so that the result does not depend on triangle order.
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

type Rectangle = Pick<Obstacle, 'cx' | 'cz' | 'hx' | 'hz' | 'rot'>;

/**
 * The smallest-area oriented rectangle containing the points: one of its sides lies along an edge of their convex
 * hull. Quantization noise only adds tiny hull edges, whose rectangles are larger, so the box's true sides win.
 * The rotation is normalised to [−π/4, π/4), swapping half-extents as needed.
 */
export function minAreaRectangle(xs: ArrayLike<number>, zs: ArrayLike<number>): Rectangle | null {
  const hull = convexHull(xs, zs);
  if (hull.length < 2) return null;
  let best: Rectangle | null = null;
  let bestArea = Infinity;
  for (let k = 0; k < hull.length; k++) {
    const a = hull[k]!;
    const b = hull[(k + 1) % hull.length]!;
    const ex = xs[b]! - xs[a]!;
    const ez = zs[b]! - zs[a]!;
    const length = Math.hypot(ex, ez);
    if (length < 1e-9) continue;
    const ux = ex / length;
    const uz = ez / length;
    // (ux, uz) is the box's x axis; its z axis is then (−uz, ux) in three.js's rotation.y convention.
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of hull) {
      const u = xs[p]! * ux + zs[p]! * uz;
      const v = -xs[p]! * uz + zs[p]! * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea - 1e-12) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = {
        cx: cu * ux - cv * uz,
        cz: cu * uz + cv * ux,
        hx: (maxU - minU) / 2,
        hz: (maxV - minV) / 2,
        rot: Math.atan2(-uz, ux),
      };
    }
  }
  if (!best) return null;
  // A rectangle is the same turned by a quarter turn with its sides swapped.
  while (best.rot >= Math.PI / 4) best = { ...best, rot: best.rot - Math.PI / 2, hx: best.hz, hz: best.hx };
  while (best.rot < -Math.PI / 4) best = { ...best, rot: best.rot + Math.PI / 2, hx: best.hz, hz: best.hx };
  return best;
}

/** Indices of the convex hull's vertices, counter-clockwise in (x, z), collinear points dropped (monotone chain). */
function convexHull(xs: ArrayLike<number>, zs: ArrayLike<number>): number[] {
  const order = Array.from({ length: xs.length }, (_, i) => i).sort((a, b) => xs[a]! - xs[b]! || zs[a]! - zs[b]!);
  const cross = (o: number, a: number, b: number) =>
    (xs[a]! - xs[o]!) * (zs[b]! - zs[o]!) - (zs[a]! - zs[o]!) * (xs[b]! - xs[o]!);
  const lower: number[] = [];
  for (const p of order) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const p = order[k]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  const hull = lower.concat(upper);
  // All points at one spot: the chain repeats it.
  if (hull.length === 2 && xs[hull[0]!] === xs[hull[1]!] && zs[hull[0]!] === zs[hull[1]!]) return [hull[0]!];
  return hull;
}
