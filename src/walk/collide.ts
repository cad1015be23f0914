/**
 * Walking collisions on the plan: the walker is a circle (its capsule seen from above), the solids are oriented
 * rectangles, and the site's boundary polygon keeps it in. Runs every frame, so queries allocate nothing: candidate
 * lists, stamps and the push normal live in preallocated fields.
 *
 * One class in one file on purpose: `move` (swept sub-steps), `resolve` (push-out, then search for a
 * free spot) and the broad-phase grid share the preallocated scratch fields and the stamps, and split
 * apart they would have to expose them. The pure distance maths is in ./planDistances.ts.
 */
import type { Obstacle } from './obstacles.ts';
import {
  clamp,
  finite4,
  pointRectangleDistance,
  segmentDistance,
  segmentParameter,
  segmentRectangleDistance,
  segmentSegmentDistance,
} from './planDistances.ts';

export interface CollisionOptions {
  /** Boxes whose top (maxY) is below this are walked over: kerbs, floor plates. Default 0.35 m. */
  stepHeight?: number;
  /** Boxes whose bottom (minY) is above this are walked under: awnings, banners. Default 1.9 m. */
  headHeight?: number;
}

/** A position on the plan, changed in place by `move` and `resolve`. */
export interface PlanPoint {
  x: number;
  z: number;
}

/** Size of the broad-phase grid's cells, m: a few booths per cell. */
const GRID_CELL = 4;
/** Overlaps shallower than this are contact, not penetration (m). */
const EPS = 1e-6;
/** Push-outs go this much further than needed, so the next test sees no overlap. */
const SKIN = 1e-5;
/** Push-out passes per sub-step; contacts with two or three solids settle in two or three. */
const MAX_PASSES = 8;
/** Sub-steps are radius/2 long; below this radius a move would need too many. */
const MIN_RADIUS = 0.02;
/** One move never takes more sub-steps than this (614 m for a 0.3 m radius, more than the site's diagonal). */
const MAX_SUBSTEPS = 4096;
/** How far `resolve` looks for a free spot when pushing out is not enough, m. */
const RESOLVE_RANGE = 50;

const FREE = 0;
const PUSHED = 1;
/** The circle's centre is inside a solid or outside the boundary: while moving, that means the step tunnelled. */
const STUCK = 2;

export class CollisionWorld {
  /** The obstacles that block a walker (not walked over nor under), as given. */
  readonly obstacles: readonly Obstacle[];
  /** The boundary polygon as given (empty when none). */
  readonly boundary: readonly (readonly [number, number])[];

  private readonly obstacleCount: number;
  private readonly ocx: Float64Array;
  private readonly ocz: Float64Array;
  private readonly ocos: Float64Array;
  private readonly osin: Float64Array;
  private readonly ohx: Float64Array;
  private readonly ohz: Float64Array;

  private readonly edgeCount: number;
  private readonly ex0: Float64Array;
  private readonly ez0: Float64Array;
  private readonly ex1: Float64Array;
  private readonly ez1: Float64Array;
  /** Unit normal of each boundary edge, pointing into the site. */
  private readonly enx: Float64Array;
  private readonly enz: Float64Array;

  private readonly gridX: number;
  private readonly gridZ: number;
  private readonly gridCell: number;
  private readonly gridCols: number;
  private readonly gridRows: number;
  /** Items (obstacles, then boundary edges) of cell c are cellItems[cellStart[c] .. cellStart[c + 1]). */
  private readonly cellStart: Int32Array;
  private readonly cellItems: Int32Array;

  /** Scratch: an item is listed once per query thanks to its stamp. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  private readonly candidates: Int32Array;
  private readonly probe: PlanPoint = { x: 0, z: 0 };
  /** Scratch outputs of the penetration tests. */
  private normalX = 0;
  private normalZ = 0;
  private centreInside = false;

  constructor(obstacles: Obstacle[], boundary: [number, number][], options: CollisionOptions = {}) {
    const stepHeight = options.stepHeight ?? 0.35;
    const headHeight = options.headHeight ?? 1.9;
    this.obstacles = obstacles.filter(
      (o) =>
        o.maxY >= stepHeight &&
        o.minY <= headHeight &&
        [o.cx, o.cz, o.hx, o.hz, o.rot].every(Number.isFinite) &&
        o.hx >= 0 &&
        o.hz >= 0,
    );
    this.boundary = boundary;

    const n = (this.obstacleCount = this.obstacles.length);
    this.ocx = new Float64Array(n);
    this.ocz = new Float64Array(n);
    this.ocos = new Float64Array(n);
    this.osin = new Float64Array(n);
    this.ohx = new Float64Array(n);
    this.ohz = new Float64Array(n);
    this.obstacles.forEach((o, i) => {
      this.ocx[i] = o.cx;
      this.ocz[i] = o.cz;
      this.ocos[i] = Math.cos(o.rot);
      this.osin[i] = Math.sin(o.rot);
      this.ohx[i] = o.hx;
      this.ohz[i] = o.hz;
    });

    const edges = boundaryEdges(boundary);
    const e = (this.edgeCount = edges.length);
    this.ex0 = new Float64Array(e);
    this.ez0 = new Float64Array(e);
    this.ex1 = new Float64Array(e);
    this.ez1 = new Float64Array(e);
    this.enx = new Float64Array(e);
    this.enz = new Float64Array(e);
    edges.forEach(([x0, z0, x1, z1, nx, nz], i) => {
      this.ex0[i] = x0;
      this.ez0[i] = z0;
      this.ex1[i] = x1;
      this.ez1[i] = z1;
      this.enx[i] = nx;
      this.enz[i] = nz;
    });

    // Broad phase: a uniform grid over everything, each item listed in the cells it comes near.
    const itemCount = n + e;
    const boxes = new Float64Array(itemCount * 4); // plan AABB of each item
    let minX = Infinity;
    let minZ = Infinity;
    let maxX = -Infinity;
    let maxZ = -Infinity;
    for (let i = 0; i < itemCount; i++) {
      let x0: number, z0: number, x1: number, z1: number;
      if (i < n) {
        const ax = Math.abs(this.ocos[i]!) * this.ohx[i]! + Math.abs(this.osin[i]!) * this.ohz[i]!;
        const az = Math.abs(this.osin[i]!) * this.ohx[i]! + Math.abs(this.ocos[i]!) * this.ohz[i]!;
        [x0, z0, x1, z1] = [this.ocx[i]! - ax, this.ocz[i]! - az, this.ocx[i]! + ax, this.ocz[i]! + az];
      } else {
        const k = i - n;
        [x0, x1] = [Math.min(this.ex0[k]!, this.ex1[k]!), Math.max(this.ex0[k]!, this.ex1[k]!)];
        [z0, z1] = [Math.min(this.ez0[k]!, this.ez1[k]!), Math.max(this.ez0[k]!, this.ez1[k]!)];
      }
      boxes.set([x0, z0, x1, z1], i * 4);
      minX = Math.min(minX, x0);
      minZ = Math.min(minZ, z0);
      maxX = Math.max(maxX, x1);
      maxZ = Math.max(maxZ, z1);
    }
    if (itemCount === 0) [minX, minZ, maxX, maxZ] = [0, 0, 1, 1];
    let cell = GRID_CELL;
    // Keep the grid's size bounded whatever the world's extent.
    while (((maxX - minX) / cell + 1) * ((maxZ - minZ) / cell + 1) > 1 << 18) cell *= 2;
    this.gridX = minX;
    this.gridZ = minZ;
    this.gridCell = cell;
    this.gridCols = Math.floor((maxX - minX) / cell) + 1;
    this.gridRows = Math.floor((maxZ - minZ) / cell) + 1;

    const halfDiagonal = (cell * Math.SQRT2) / 2 + EPS;
    const pairs: number[] = []; // (cell, item) pairs
    for (let i = 0; i < itemCount; i++) {
      const [i0, j0, i1, j1] = this.cellRange(boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!, boxes[i * 4 + 3]!);
      for (let j = j0; j <= j1; j++)
        for (let c = i0; c <= i1; c++) {
          const x = this.gridX + (c + 0.5) * cell;
          const z = this.gridZ + (j + 0.5) * cell;
          if (this.itemDistance(i, x, z) <= halfDiagonal) pairs.push(j * this.gridCols + c, i);
        }
    }
    const cellCount = this.gridCols * this.gridRows;
    this.cellStart = new Int32Array(cellCount + 1);
    for (let p = 0; p < pairs.length; p += 2) this.cellStart[pairs[p]! + 1]!++;
    for (let c = 0; c < cellCount; c++) this.cellStart[c + 1]! += this.cellStart[c]!;
    this.cellItems = new Int32Array(pairs.length / 2);
    const cursor = this.cellStart.slice(0, cellCount);
    for (let p = 0; p < pairs.length; p += 2) this.cellItems[cursor[pairs[p]!]!++] = pairs[p + 1]!;

    this.stamps = new Uint32Array(itemCount);
    this.candidates = new Int32Array(itemCount);
  }

  /**
   * Moves a circle by (dx, dz) in place, sliding along what it meets. Sub-steps of at most radius/2 each end with
   * push-outs along the minimum-penetration direction, so the centre never gets inside a solid and a wall of any
   * thickness stops it. A sub-step that cannot be settled (a wedge narrower than the circle) is undone and the move
   * ends there.
   */
  move(position: PlanPoint, dx: number, dz: number, radius: number): void {
    if (!finite4(position.x, position.z, dx, dz) || !Number.isFinite(radius)) return;
    const r = Math.max(radius, MIN_RADIUS);
    // Something may overlap the start (a spawn, a teleport): get out first, fully if need be.
    if (!this.settle(position, r, false) || !this.insideBoundary(position.x, position.z)) this.resolve(position, r);
    const length = Math.hypot(dx, dz);
    if (length === 0) return;
    const steps = Math.min(MAX_SUBSTEPS, Math.ceil(length / (r / 2)));
    const scale = Math.min(1, (steps * r) / 2 / length) / steps; // caps absurd moves at MAX_SUBSTEPS sub-steps
    const sx = dx * scale;
    const sz = dz * scale;
    for (let k = 0; k < steps; k++) {
      const px = position.x;
      const pz = position.z;
      position.x += sx;
      position.z += sz;
      // A legitimate sub-step keeps the centre ≥ 0.87 r from every solid; crossing one brings it to 0.
      if (!this.settle(position, r, false) || this.sweepHits(px, pz, position.x, position.z, r / 4)) {
        position.x = px;
        position.z = pz;
        return;
      }
    }
  }

  /** Pushes a circle that may start inside solids (or outside the boundary) to a nearby free spot. */
  resolve(position: PlanPoint, radius: number): void {
    if (!Number.isFinite(position.x) || !Number.isFinite(position.z)) return;
    const r = Math.max(radius, MIN_RADIUS);
    let ox = position.x;
    let oz = position.z;
    if (!this.insideBoundary(ox, oz)) {
      // Back in through the nearest point of the boundary.
      let best = Infinity;
      for (let k = 0; k < this.edgeCount; k++) {
        const d = segmentDistance(ox, oz, this.ex0[k]!, this.ez0[k]!, this.ex1[k]!, this.ez1[k]!);
        if (d < best) {
          best = d;
          const t = segmentParameter(ox, oz, this.ex0[k]!, this.ez0[k]!, this.ex1[k]!, this.ez1[k]!);
          position.x = this.ex0[k]! + t * (this.ex1[k]! - this.ex0[k]!) + this.enx[k]! * (r + SKIN);
          position.z = this.ez0[k]! + t * (this.ez1[k]! - this.ez0[k]!) + this.enz[k]! * (r + SKIN);
        }
      }
      ox = position.x;
      oz = position.z;
    }
    if (this.settle(position, r, true) && this.insideBoundary(position.x, position.z)) return;
    // Pushing out of one solid landed in another: search rings around the start for the nearest free spot.
    const step = r / 2;
    for (let k = 1; k * step <= RESOLVE_RANGE; k++) {
      const ring = k * step;
      const count = Math.max(8, Math.ceil((2 * Math.PI * ring) / step));
      for (let a = 0; a < count; a++) {
        const angle = (2 * Math.PI * a) / count;
        const x = ox + ring * Math.cos(angle);
        const z = oz + ring * Math.sin(angle);
        if (this.isFree(x, z, r)) {
          position.x = x;
          position.z = z;
          return;
        }
      }
    }
  }

  /** Whether a circle there overlaps no solid and lies inside the boundary. */
  isFree(x: number, z: number, radius: number): boolean {
    if (!Number.isFinite(x) || !Number.isFinite(z) || !this.insideBoundary(x, z)) return false;
    this.probe.x = x;
    this.probe.z = z;
    return this.relax(this.probe, Math.max(0, radius), false, true) === FREE;
  }

  /** Whether a circle swept from a to b touches no solid and stays inside the boundary. */
  segmentFree(ax: number, az: number, bx: number, bz: number, radius: number): boolean {
    if (!finite4(ax, az, bx, bz) || !this.insideBoundary(ax, az)) return false;
    return !this.sweepHits(ax, az, bx, bz, Math.max(0, radius));
  }

  /** Point in polygon (crossing number); true when there is no boundary. */
  private insideBoundary(x: number, z: number): boolean {
    if (this.edgeCount === 0) return true;
    let inside = false;
    for (let k = 0; k < this.edgeCount; k++) {
      const z0 = this.ez0[k]!;
      const z1 = this.ez1[k]!;
      if (z0 > z !== z1 > z) {
        const xi = this.ex0[k]! + ((z - z0) * (this.ex1[k]! - this.ex0[k]!)) / (z1 - z0);
        if (x < xi) inside = !inside;
      }
    }
    return inside;
  }

  /** Push-out passes until nothing overlaps; false if they do not settle or (unless allowed) a centre is inside. */
  private settle(p: PlanPoint, r: number, allowInside: boolean): boolean {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const result = this.relax(p, r, true, allowInside);
      if (result !== PUSHED) return result === FREE;
    }
    return this.relax(p, r, false, allowInside) === FREE;
  }

  /**
   * One pass over the solids near the circle, each overlap pushed out at once (Gauss–Seidel). With `apply` false,
   * only tells whether anything overlaps.
   */
  private relax(p: PlanPoint, r: number, apply: boolean, allowInside: boolean): number {
    const count = this.gather(p.x - r, p.z - r, p.x + r, p.z + r);
    let result = FREE;
    for (let k = 0; k < count; k++) {
      const item = this.candidates[k]!;
      const depth =
        item < this.obstacleCount
          ? this.obstaclePenetration(item, p.x, p.z, r)
          : this.edgePenetration(item - this.obstacleCount, p.x, p.z, r);
      if (depth <= EPS) continue;
      if (this.centreInside && !allowInside) return STUCK;
      if (!apply) return PUSHED;
      p.x += this.normalX * (depth + SKIN);
      p.z += this.normalZ * (depth + SKIN);
      result = PUSHED;
    }
    return result;
  }

  /** Depth of the circle into obstacle i (≤ 0: none); sets the outward push normal and whether the centre is inside. */
  private obstaclePenetration(i: number, x: number, z: number, r: number): number {
    const c = this.ocos[i]!;
    const s = this.osin[i]!;
    const hx = this.ohx[i]!;
    const hz = this.ohz[i]!;
    const wx = x - this.ocx[i]!;
    const wz = z - this.ocz[i]!;
    const lx = c * wx - s * wz;
    const lz = s * wx + c * wz;
    const dx = lx - clamp(lx, -hx, hx);
    const dz = lz - clamp(lz, -hz, hz);
    const d2 = dx * dx + dz * dz;
    let nx: number;
    let nz: number;
    let depth: number;
    if (d2 > 0) {
      if (d2 >= r * r) return 0;
      const d = Math.sqrt(d2);
      depth = r - d;
      nx = dx / d;
      nz = dz / d;
      this.centreInside = false;
    } else {
      // Centre inside: out through the nearest side.
      const fx = hx - Math.abs(lx);
      const fz = hz - Math.abs(lz);
      if (fx <= fz) {
        depth = fx + r;
        nx = lx >= 0 ? 1 : -1;
        nz = 0;
      } else {
        depth = fz + r;
        nx = 0;
        nz = lz >= 0 ? 1 : -1;
      }
      this.centreInside = fx > 0 && fz > 0;
    }
    this.normalX = c * nx + s * nz;
    this.normalZ = -s * nx + c * nz;
    return depth;
  }

  /** Depth of the circle beyond boundary edge k (≤ 0: none); the push is back into the site. */
  private edgePenetration(k: number, x: number, z: number, r: number): number {
    const x0 = this.ex0[k]!;
    const z0 = this.ez0[k]!;
    const t = segmentParameter(x, z, x0, z0, this.ex1[k]!, this.ez1[k]!);
    const dx = x - (x0 + t * (this.ex1[k]! - x0));
    const dz = z - (z0 + t * (this.ez1[k]! - z0));
    const side = (x - x0) * this.enx[k]! + (z - z0) * this.enz[k]!;
    const d2 = dx * dx + dz * dz;
    if ((side < 0 && t > 0 && t < 1) || d2 === 0) {
      // Centre on the outer side of the edge itself.
      this.normalX = this.enx[k]!;
      this.normalZ = this.enz[k]!;
      this.centreInside = side < 0;
      return r - side;
    }
    if (d2 >= r * r) return 0;
    const d = Math.sqrt(d2);
    this.normalX = dx / d;
    this.normalZ = dz / d;
    this.centreInside = false;
    return r - d;
  }

  /** Whether a circle of radius r swept from a to b comes within r of a solid or a boundary edge. */
  private sweepHits(ax: number, az: number, bx: number, bz: number, r: number): boolean {
    const count = this.gatherSegment(ax, az, bx, bz, r);
    for (let k = 0; k < count; k++) {
      const item = this.candidates[k]!;
      let d: number;
      if (item < this.obstacleCount) {
        const c = this.ocos[item]!;
        const s = this.osin[item]!;
        const wax = ax - this.ocx[item]!;
        const waz = az - this.ocz[item]!;
        const wbx = bx - this.ocx[item]!;
        const wbz = bz - this.ocz[item]!;
        d = segmentRectangleDistance(
          c * wax - s * waz,
          s * wax + c * waz,
          c * wbx - s * wbz,
          s * wbx + c * wbz,
          this.ohx[item]!,
          this.ohz[item]!,
        );
      } else {
        const e = item - this.obstacleCount;
        d = segmentSegmentDistance(ax, az, bx, bz, this.ex0[e]!, this.ez0[e]!, this.ex1[e]!, this.ez1[e]!);
      }
      if (d < r - EPS) return true;
    }
    return false;
  }

  /** Plan distance from a point to item i (obstacle or boundary edge); 0 inside an obstacle. */
  private itemDistance(i: number, x: number, z: number): number {
    if (i < this.obstacleCount) return this.obstacleDistance(i, x, z);
    const k = i - this.obstacleCount;
    return segmentDistance(x, z, this.ex0[k]!, this.ez0[k]!, this.ex1[k]!, this.ez1[k]!);
  }

  private obstacleDistance(i: number, x: number, z: number): number {
    const c = this.ocos[i]!;
    const s = this.osin[i]!;
    const wx = x - this.ocx[i]!;
    const wz = z - this.ocz[i]!;
    return pointRectangleDistance(c * wx - s * wz, s * wx + c * wz, this.ohx[i]!, this.ohz[i]!);
  }

  /** Grid cells [i0, j0, i1, j1] overlapping a plan box, clamped; empty (i0 > i1) when it misses the grid. */
  private cellRange(x0: number, z0: number, x1: number, z1: number): [number, number, number, number] {
    const g = this.gridCell;
    const i0 = Math.max(0, Math.floor((x0 - this.gridX) / g));
    const j0 = Math.max(0, Math.floor((z0 - this.gridZ) / g));
    const i1 = Math.min(this.gridCols - 1, Math.floor((x1 - this.gridX) / g));
    const j1 = Math.min(this.gridRows - 1, Math.floor((z1 - this.gridZ) / g));
    return [i0, j0, i1, j1];
  }

  /** Appends to `candidates` the items of one grid cell not yet listed in this query (stamped); returns the new count. */
  private collectCell(c: number, stamp: number, count: number): number {
    for (let p = this.cellStart[c]!, end = this.cellStart[c + 1]!; p < end; p++) {
      const item = this.cellItems[p]!;
      if (this.stamps[item] === stamp) continue;
      this.stamps[item] = stamp;
      this.candidates[count++] = item;
    }
    return count;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Lists into `candidates` the items of the cells overlapping a plan box; returns how many. */
  private gather(x0: number, z0: number, x1: number, z1: number): number {
    if (!(x1 >= this.gridX && z1 >= this.gridZ)) return 0; // also rejects NaN
    const g = this.gridCell;
    const i0 = Math.max(0, Math.floor((x0 - this.gridX) / g));
    const j0 = Math.max(0, Math.floor((z0 - this.gridZ) / g));
    const i1 = Math.min(this.gridCols - 1, Math.floor((x1 - this.gridX) / g));
    const j1 = Math.min(this.gridRows - 1, Math.floor((z1 - this.gridZ) / g));
    const stamp = this.nextStamp();
    let count = 0;
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        count = this.collectCell(j * this.gridCols + i, stamp, count);
      }
    return count;
  }

  /** Like `gather` for a swept circle, skipping the cells of a long segment's bounding box that it does not reach. */
  private gatherSegment(ax: number, az: number, bx: number, bz: number, r: number): number {
    const x0 = Math.min(ax, bx) - r;
    const z0 = Math.min(az, bz) - r;
    const x1 = Math.max(ax, bx) + r;
    const z1 = Math.max(az, bz) + r;
    if (!(x1 >= this.gridX && z1 >= this.gridZ)) return 0;
    const g = this.gridCell;
    const i0 = Math.max(0, Math.floor((x0 - this.gridX) / g));
    const j0 = Math.max(0, Math.floor((z0 - this.gridZ) / g));
    const i1 = Math.min(this.gridCols - 1, Math.floor((x1 - this.gridX) / g));
    const j1 = Math.min(this.gridRows - 1, Math.floor((z1 - this.gridZ) / g));
    const reach = r + (g * Math.SQRT2) / 2 + EPS;
    const stamp = this.nextStamp();
    let count = 0;
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        if (i1 - i0 + j1 - j0 > 2) {
          const x = this.gridX + (i + 0.5) * g;
          const z = this.gridZ + (j + 0.5) * g;
          if (segmentDistance(x, z, ax, az, bx, bz) > reach) continue;
        }
        count = this.collectCell(j * this.gridCols + i, stamp, count);
      }
    return count;
  }
}

/** Plan distance from a point to an obstacle's footprint; 0 inside it. */
export function obstacleDistance(o: Obstacle, x: number, z: number): number {
  const c = Math.cos(o.rot);
  const s = Math.sin(o.rot);
  const wx = x - o.cx;
  const wz = z - o.cz;
  return pointRectangleDistance(c * wx - s * wz, s * wx + c * wz, o.hx, o.hz);
}

/** The boundary's edges [x0, z0, x1, z1, inward nx, inward nz], without a repeated closing point or empty edges. */
type Edge = [x0: number, z0: number, x1: number, z1: number, nx: number, nz: number];

function boundaryEdges(boundary: [number, number][]): Edge[] {
  const pts = boundary.filter(([x, z]) => Number.isFinite(x) && Number.isFinite(z));
  if (pts.length < 3) return [];
  let area2 = 0;
  for (let k = 0; k < pts.length; k++) {
    const [x0, z0] = pts[k]!;
    const [x1, z1] = pts[(k + 1) % pts.length]!;
    area2 += x0 * z1 - x1 * z0;
  }
  if (area2 === 0) return [];
  // Counter-clockwise in (x, z) (positive area) has the inside on the left of each edge.
  const side = Math.sign(area2);
  const edges: Edge[] = [];
  for (let k = 0; k < pts.length; k++) {
    const [x0, z0] = pts[k]!;
    const [x1, z1] = pts[(k + 1) % pts.length]!;
    const length = Math.hypot(x1 - x0, z1 - z0);
    if (length === 0) continue;
    edges.push([x0, z0, x1, z1, (-(z1 - z0) / length) * side, ((x1 - x0) / length) * side]);
  }
  return edges;
}
