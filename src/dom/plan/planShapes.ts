/**
 * The site plan's shapes as SVG attributes: viewBox, footprints, walls with their doorways, paths,
 * the "you are here" marker. Pure (tests/plan.test.ts).
 *
 * The plan's SVG user space is the plan itself: x → right, z → down (north up), one unit a metre.
 * Footprint rotations are counter-clockwise seen from above (three.js rotation.y); seen on screen
 * with z down that is counter-clockwise too, so an SVG `rotate()` takes the opposite sign.
 */
import { corners, toPlan, type Rect } from '../../edition/geometry.ts';
import type { Opening, Side, Vec2 } from '../../edition/schema.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rounds for SVG attributes: centimetres are plenty on a plan in metres. */
export function r2(n: number): number {
  const v = Math.round(n * 100) / 100;
  return Object.is(v, -0) ? 0 : v;
}

/** Axis-aligned bounding box of points. */
export function bboxOf(points: readonly Vec2[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, z] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, z);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, z);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The boundary's bounding box plus a margin (metres) on every side. */
export function viewBoxOf(boundary: readonly Vec2[], margin = 3): Box {
  const b = bboxOf(boundary);
  return { x: b.x - margin, y: b.y - margin, width: b.width + 2 * margin, height: b.height + 2 * margin };
}

/** `viewBox` attribute of a box. */
export function viewBoxAttr(b: Box): string {
  return `${r2(b.x)} ${r2(b.y)} ${r2(b.width)} ${r2(b.height)}`;
}

/** `points` attribute of a polygon. */
export function pointsAttr(points: readonly Vec2[]): string {
  return points.map(([x, z]) => `${r2(x)},${r2(z)}`).join(' ');
}

/** `points` attribute of a footprint's four corners. */
export function rectPoints(r: Rect): string {
  return pointsAttr(corners(r));
}

/** `d` attribute of an open polyline. */
export function polylineD(points: readonly Vec2[]): string {
  return points.map(([x, z], i) => `${i === 0 ? 'M' : 'L'}${r2(x)} ${r2(z)}`).join(' ');
}

/** `d` attribute of separate segments. */
export function segmentsD(segments: readonly (readonly [Vec2, Vec2])[]): string {
  return segments.map(([a, b]) => `M${r2(a[0])} ${r2(a[1])} L${r2(b[0])} ${r2(b[1])}`).join(' ');
}

/** The front edge of a footprint (its local +z side), where visitors face it. */
export function frontEdge(r: Rect): [Vec2, Vec2] {
  const c = corners(r);
  return [c[3]!, c[2]!];
}

/** One side of a footprint: its two ends (local), and the local axis its openings' offsets run along. */
function sideEnds(r: Rect, side: Side): { from: Vec2; to: Vec2; half: number } {
  const w = r.width / 2;
  const d = r.depth / 2;
  switch (side) {
    case 'front':
      return { from: [-w, d], to: [w, d], half: w };
    case 'back':
      return { from: [-w, -d], to: [w, -d], half: w };
    case 'left':
      return { from: [-w, -d], to: [-w, d], half: d };
    case 'right':
      return { from: [w, -d], to: [w, d], half: d };
  }
}

/**
 * The walls of a covered zone as plan segments, doorways cut out. An opening's offset runs along
 * local +x on the front and back sides, along local +z on the left and right sides.
 */
export function wallSegments(zone: Rect & { openings?: readonly Opening[] }): [Vec2, Vec2][] {
  const out: [Vec2, Vec2][] = [];
  for (const side of ['back', 'right', 'front', 'left'] as const) {
    const { from, to, half } = sideEnds(zone, side);
    const holes = (zone.openings ?? [])
      .filter((o) => o.side === side)
      .map((o) => [Math.max(-half, o.offset - o.width / 2), Math.min(half, o.offset + o.width / 2)] as const)
      .filter(([a, b]) => b > a)
      .sort((p, q) => p[0] - q[0]);
    let at = -half;
    const pieces: [number, number][] = [];
    for (const [a, b] of holes) {
      if (a > at) pieces.push([at, a]);
      at = Math.max(at, b);
    }
    if (half > at) pieces.push([at, half]);
    for (const [a, b] of pieces) {
      const lerp = (u: number): Vec2 => {
        const t = (u + half) / (2 * half);
        return toPlan(zone, from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t);
      };
      out.push([lerp(a), lerp(b)]);
    }
  }
  return out;
}

/** Where the "you are here" marker goes: SVG rotation is clockwise, yaw counter-clockwise. */
export function markerTransform(x: number, z: number, yaw: number): string {
  const deg = Math.round(((-yaw * 180) / Math.PI) * 10) / 10;
  return `translate(${r2(x)} ${r2(z)}) rotate(${Object.is(deg, -0) ? 0 : deg})`;
}

/** `d` of the heading cone: a wedge of `radius` and half-angle `half` (radians) pointing to −z. */
export function coneD(radius: number, half: number): string {
  const sx = r2(radius * Math.sin(half));
  const sz = r2(-radius * Math.cos(half));
  return `M0 0 L${-sx} ${sz} A${r2(radius)} ${r2(radius)} 0 0 1 ${sx} ${sz} Z`;
}

/** Whether a plan point lies in a box (the eye may be off the plan: the aerial camera). */
export function inBox(b: Box, x: number, z: number): boolean {
  return x >= b.x && x <= b.x + b.width && z >= b.y && z <= b.y + b.height;
}
