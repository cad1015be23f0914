/**
 * Paths for "walk there" on a grid of the site: cells whose centre a walker cannot stand on are blocked, A* finds
 * a chain of cells, and string-pulling turns it into a few straight legs.
 *
 * Two cells next to each other may both be free while the straight line between their centres grazes a solid
 * corner; where a solid is that close, the step is checked against the world once (lazily) and remembered, so every
 * leg between grid points of a path is free for the grid's radius.
 *
 * One class in one file on purpose: the blocked-cell grid, the A* search and the string-pulling read
 * and write the same typed arrays (cells, costs, the lazily checked steps); split apart they would
 * pass those arrays around on every query.
 */
import { obstacleDistance, type CollisionWorld } from './collide.ts';
import { segmentDistance } from './planDistances.ts';

export interface NavBounds {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

export interface NavOptions {
  /** Cell size, m. Default 0.5. */
  cell?: number;
  /** Clearance kept from solids and the boundary: the walker's radius plus a margin. Default 0.35 m. */
  radius?: number;
}

/** Neighbour steps: 4 straight (0–3) then 4 diagonal (4–7). */
const STEP_I = [1, -1, 0, 0, 1, -1, 1, -1] as const;
const STEP_J = [0, 0, 1, -1, 1, 1, -1, -1] as const;
const OPPOSITE = [1, 0, 3, 2, 7, 6, 5, 4] as const;
/** A slightly inflated heuristic breaks ties toward the goal: far fewer expansions, paths within 0.1% of optimal. */
const HEURISTIC_WEIGHT = 1.001;
const EPS = 1e-6;

export class NavGrid {
  readonly cols: number;
  readonly rows: number;
  readonly cell: number;
  readonly radius: number;
  readonly minX: number;
  readonly minZ: number;
  /** 1 where a walker's centre cannot be: near a solid, near or beyond the boundary. */
  readonly blocked: Uint8Array;

  private readonly world: CollisionWorld;
  /** 1 where a solid or the boundary is close enough that a step from this cell may graze it. */
  private readonly near: Uint8Array;
  /** Connected region of each free cell (−1 blocked): different regions mean no path, without searching. */
  private readonly region: Int32Array;
  /** Per cell, bit d: the step in direction d has been checked against the world / was found free. */
  private readonly stepChecked: Uint8Array;
  private readonly stepFree: Uint8Array;

  // A* scratch, reused by every search.
  private readonly g: Float64Array;
  private readonly f: Float64Array;
  private readonly parent: Int32Array;
  private readonly closed: Uint8Array;
  private readonly heap: Int32Array;
  private readonly heapIndex: Int32Array;
  private heapSize = 0;

  constructor(world: CollisionWorld, bounds: NavBounds, options: NavOptions = {}) {
    this.world = world;
    this.cell = options.cell ?? 0.5;
    this.radius = options.radius ?? 0.35;
    this.minX = bounds.minX;
    this.minZ = bounds.minZ;
    this.cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / this.cell));
    this.rows = Math.max(1, Math.ceil((bounds.maxZ - bounds.minZ) / this.cell));
    const n = this.cols * this.rows;
    this.blocked = new Uint8Array(n);
    this.near = new Uint8Array(n);
    this.region = new Int32Array(n);
    this.stepChecked = new Uint8Array(n);
    this.stepFree = new Uint8Array(n);
    this.g = new Float64Array(n);
    this.f = new Float64Array(n);
    this.parent = new Int32Array(n);
    this.closed = new Uint8Array(n);
    this.heap = new Int32Array(n);
    this.heapIndex = new Int32Array(n);
    this.rasterize();
    this.labelRegions();
  }

  /** Whether the cell under (x, z) is free. */
  isWalkable(x: number, z: number): boolean {
    const c = this.cellAt(x, z);
    return c >= 0 && this.blocked[c] === 0;
  }

  /**
   * A short list of corners from `from` to `to`, or null when `to` cannot be reached. A blocked `from` starts at
   * the nearest free cell; a blocked `to` ends at the nearest reachable free cell instead (the path then does not
   * end at `to`). Legs between grid points are free for `radius`; the first and last legs join the exact end
   * points to their cells.
   */
  findPath(from: [number, number], to: [number, number]): [number, number][] | null {
    if (![...from, ...to].every(Number.isFinite)) return null;
    const fromCell = this.cellAt(from[0], from[1]);
    const fromFree = fromCell >= 0 && this.blocked[fromCell] === 0;
    const start = fromFree ? fromCell : this.nearestFree(from[0], from[1], -1);
    if (start < 0) return null;
    const region = this.region[start]!;
    const toCell = this.cellAt(to[0], to[1]);
    const toFree = toCell >= 0 && this.blocked[toCell] === 0;
    if (toFree && this.region[toCell] !== region) return null;
    const goal = toFree ? toCell : this.nearestFree(to[0], to[1], region);
    if (goal < 0) return null;
    if (!this.search(start, goal)) return null;

    const points: [number, number][] = [];
    if (fromFree) points.push([from[0], from[1]]);
    const cells: number[] = [];
    for (let c = goal; c >= 0; c = this.parent[c]!) cells.push(c);
    for (let k = cells.length - 1; k >= 0; k--) points.push(this.centre(cells[k]!));
    if (toFree) points.push([to[0], to[1]]);
    return this.pull(points);
  }

  private cellAt(x: number, z: number): number {
    const i = Math.floor((x - this.minX) / this.cell);
    const j = Math.floor((z - this.minZ) / this.cell);
    return i >= 0 && j >= 0 && i < this.cols && j < this.rows ? j * this.cols + i : -1;
  }

  private centre(c: number): [number, number] {
    const i = c % this.cols;
    return [this.minX + (i + 0.5) * this.cell, this.minZ + ((c - i) / this.cols + 0.5) * this.cell];
  }

  /** Blocks cells whose centre is within `radius` of a solid or the boundary, or outside the boundary. */
  private rasterize(): void {
    const { cell, cols, rows, minX, minZ, radius } = this;
    // A step to a neighbour stays within cell·√2/2 of its cell centre: beyond `reach`, nothing can graze it.
    const reach = radius + cell * 0.75;
    const mark = (x0: number, z0: number, x1: number, z1: number, distance: (x: number, z: number) => number) => {
      const i0 = Math.max(0, Math.floor((x0 - reach - minX) / cell));
      const j0 = Math.max(0, Math.floor((z0 - reach - minZ) / cell));
      const i1 = Math.min(cols - 1, Math.floor((x1 + reach - minX) / cell));
      const j1 = Math.min(rows - 1, Math.floor((z1 + reach - minZ) / cell));
      for (let j = j0; j <= j1; j++)
        for (let i = i0; i <= i1; i++) {
          const d = distance(minX + (i + 0.5) * cell, minZ + (j + 0.5) * cell);
          if (d < radius - EPS) this.blocked[j * cols + i] = 1;
          if (d < reach) this.near[j * cols + i] = 1;
        }
    };

    const boundary = this.world.boundary;
    if (boundary.length >= 3) {
      // Outside: scanlines through cell centres, filled between pairs of crossings.
      this.blocked.fill(1);
      const crossings: number[] = [];
      for (let j = 0; j < rows; j++) {
        const z = minZ + (j + 0.5) * cell;
        crossings.length = 0;
        for (let k = 0; k < boundary.length; k++) {
          const [ax, az] = boundary[k]!;
          const [bx, bz] = boundary[(k + 1) % boundary.length]!;
          if (az > z !== bz > z) crossings.push(ax + ((z - az) * (bx - ax)) / (bz - az));
        }
        crossings.sort((a, b) => a - b);
        for (let k = 0; k + 1 < crossings.length; k += 2) {
          const i0 = Math.max(0, Math.ceil((crossings[k]! - minX) / cell - 0.5));
          const i1 = Math.min(cols - 1, Math.floor((crossings[k + 1]! - minX) / cell - 0.5));
          for (let i = i0; i <= i1; i++) this.blocked[j * cols + i] = 0;
        }
      }
      for (let k = 0; k < boundary.length; k++) {
        const [ax, az] = boundary[k]!;
        const [bx, bz] = boundary[(k + 1) % boundary.length]!;
        mark(Math.min(ax, bx), Math.min(az, bz), Math.max(ax, bx), Math.max(az, bz), (x, z) =>
          segmentDistance(x, z, ax, az, bx, bz),
        );
      }
    }

    for (const o of this.world.obstacles) {
      const c = Math.abs(Math.cos(o.rot));
      const s = Math.abs(Math.sin(o.rot));
      const ax = c * o.hx + s * o.hz;
      const az = s * o.hx + c * o.hz;
      mark(o.cx - ax, o.cz - az, o.cx + ax, o.cz + az, (x, z) => obstacleDistance(o, x, z));
    }
  }

  /**
   * The cell one grid move `d` (0–3 straight, 4–7 diagonal) away from cell `c`, or −1 when it is off
   * the grid, blocked, or a diagonal that cuts a blocked corner.
   */
  private move(c: number, d: number): number {
    const { cols, rows } = this;
    const i = c % cols;
    const j = (c - i) / cols;
    const ni = i + STEP_I[d]!;
    const nj = j + STEP_J[d]!;
    if (ni < 0 || nj < 0 || ni >= cols || nj >= rows) return -1;
    const n = nj * cols + ni;
    if (this.blocked[n]) return -1;
    if (d >= 4 && (this.blocked[j * cols + ni] || this.blocked[nj * cols + i])) return -1;
    return n;
  }

  /** Flood-fills free cells with the grid's own moves (ignoring the lazy corner checks, so regions can only be larger). */
  private labelRegions(): void {
    this.region.fill(-1);
    const queue = this.heap; // free until the first search
    let label = 0;
    for (let s = 0; s < this.region.length; s++) {
      if (this.blocked[s] || this.region[s]! >= 0) continue;
      this.region[s] = label;
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const c = queue[head++]!;
        for (let d = 0; d < 8; d++) {
          const n = this.move(c, d);
          if (n < 0 || this.region[n]! >= 0) continue;
          this.region[n] = label;
          queue[tail++] = n;
        }
      }
      label++;
    }
  }

  /** The free cell nearest to a point (in `region`, unless −1): square rings outward until none can be nearer. */
  private nearestFree(x: number, z: number, region: number): number {
    const { cols, rows, cell } = this;
    const ci = Math.min(cols - 1, Math.max(0, Math.floor((x - this.minX) / cell)));
    const cj = Math.min(rows - 1, Math.max(0, Math.floor((z - this.minZ) / cell)));
    const [cx, cz] = this.centre(cj * cols + ci);
    const offset = Math.max(Math.abs(x - cx), Math.abs(z - cz));
    let best = -1;
    let bestDistance = Infinity;
    const consider = (i: number, j: number) => {
      if (i < 0 || j < 0 || i >= cols || j >= rows) return;
      const c = j * cols + i;
      if (this.blocked[c] || (region >= 0 && this.region[c] !== region)) return;
      const d = Math.hypot(this.minX + (i + 0.5) * cell - x, this.minZ + (j + 0.5) * cell - z);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    };
    const maxRing = Math.max(cols, rows);
    for (let k = 0; k <= maxRing; k++) {
      // Cells of ring k are at least k cells (less the point's offset from its cell's centre) away.
      if (best >= 0 && bestDistance <= k * cell - offset) break;
      if (k === 0) consider(ci, cj);
      for (let i = ci - k; i <= ci + k && k > 0; i++) {
        consider(i, cj - k);
        consider(i, cj + k);
      }
      for (let j = cj - k + 1; j <= cj + k - 1; j++) {
        consider(ci - k, j);
        consider(ci + k, j);
      }
    }
    return best;
  }

  /** Whether the step from cell c in direction d (to cell n) is clear; checked against the world near solids only. */
  private stepClear(c: number, n: number, d: number): boolean {
    if (!this.near[c] || !this.near[n]) return true;
    const bit = 1 << d;
    if (this.stepChecked[c]! & bit) return (this.stepFree[c]! & bit) !== 0;
    const ci = c % this.cols;
    const cj = (c - ci) / this.cols;
    const ax = this.minX + (ci + 0.5) * this.cell;
    const az = this.minZ + (cj + 0.5) * this.cell;
    const bx = ax + STEP_I[d]! * this.cell;
    const bz = az + STEP_J[d]! * this.cell;
    const free = this.world.segmentFree(ax, az, bx, bz, this.radius);
    const back = 1 << OPPOSITE[d]!;
    this.stepChecked[c]! |= bit;
    this.stepChecked[n]! |= back;
    if (free) {
      this.stepFree[c]! |= bit;
      this.stepFree[n]! |= back;
    }
    return free;
  }

  /** A* with 8-neighbour moves and no corner cutting; fills `parent` back from the goal. */
  private search(start: number, goal: number): boolean {
    const { cols, cell, g, f, parent, closed } = this;
    const gi = goal % cols;
    const gj = (goal - gi) / cols;
    const heuristic = (c: number) => {
      const i = c % cols;
      const di = Math.abs(i - gi);
      const dj = Math.abs((c - i) / cols - gj);
      return cell * HEURISTIC_WEIGHT * (Math.max(di, dj) + (Math.SQRT2 - 1) * Math.min(di, dj));
    };
    g.fill(Infinity);
    closed.fill(0);
    this.heapIndex.fill(-1);
    this.heapSize = 0;
    g[start] = 0;
    f[start] = heuristic(start);
    parent[start] = -1;
    this.push(start);
    while (this.heapSize > 0) {
      const c = this.pop();
      if (c === goal) return true;
      closed[c] = 1;
      for (let d = 0; d < 8; d++) {
        const n = this.move(c, d);
        if (n < 0 || closed[n]) continue;
        const diagonal = d >= 4;
        const cost = g[c]! + (diagonal ? cell * Math.SQRT2 : cell);
        if (cost >= g[n]!) continue;
        if (!this.stepClear(c, n, d)) continue;
        g[n] = cost;
        f[n] = cost + heuristic(n);
        parent[n] = c;
        if (this.heapIndex[n]! < 0) this.push(n);
        else this.siftUp(this.heapIndex[n]!);
      }
    }
    return false;
  }

  /** Keeps a point only where the straight leg from the last kept point to the next one is not free. */
  private pull(points: [number, number][]): [number, number][] {
    const unique = points.filter((p, k) => k === 0 || p[0] !== points[k - 1]![0] || p[1] !== points[k - 1]![1]);
    if (unique.length <= 2) return unique;
    const kept: [number, number][] = [unique[0]!];
    let anchor = unique[0]!;
    for (let k = 1; k < unique.length - 1; k++) {
      const next = unique[k + 1]!;
      if (this.world.segmentFree(anchor[0], anchor[1], next[0], next[1], this.radius)) continue;
      anchor = unique[k]!;
      kept.push(anchor);
    }
    kept.push(unique[unique.length - 1]!);
    return kept;
  }

  // Binary min-heap on f, with each cell's heap position so that a better path can move it up.
  private push(c: number): void {
    this.heap[this.heapSize] = c;
    this.heapIndex[c] = this.heapSize;
    this.siftUp(this.heapSize++);
  }

  private pop(): number {
    const top = this.heap[0]!;
    this.heapIndex[top] = -1;
    const last = this.heap[--this.heapSize]!;
    if (this.heapSize > 0) {
      this.heap[0] = last;
      this.heapIndex[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(k: number): void {
    const { heap, heapIndex, f } = this;
    const c = heap[k]!;
    const key = f[c]!;
    while (k > 0) {
      const up = (k - 1) >> 1;
      const p = heap[up]!;
      if (f[p]! <= key) break;
      heap[k] = p;
      heapIndex[p] = k;
      k = up;
    }
    heap[k] = c;
    heapIndex[c] = k;
  }

  private siftDown(k: number): void {
    const { heap, heapIndex, f } = this;
    const size = this.heapSize;
    const c = heap[k]!;
    const key = f[c]!;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && f[heap[child + 1]!]! < f[heap[child]!]!) child++;
      const h = heap[child]!;
      if (f[h]! >= key) break;
      heap[k] = h;
      heapIndex[h] = k;
      k = child;
    }
    heap[k] = c;
    heapIndex[c] = k;
  }
}
