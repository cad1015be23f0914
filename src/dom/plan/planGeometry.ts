/**
 * Pure helpers of the site plan (SVG): viewBox, shapes, label layout, marker transform, zoom, the
 * stand list's grouping. No DOM, no React: tested in tests/plan.test.ts.
 *
 * The plan's SVG user space is the plan itself: x → right, z → down (north up), one unit a metre.
 * Footprint rotations are counter-clockwise seen from above (three.js rotation.y); seen on screen
 * with z down that is counter-clockwise too, so an SVG `rotate()` takes the opposite sign.
 */
import { corners, rectContains, toPlan, type Rect } from '../../edition/geometry.ts';
import type { Opening, Side, Stand, Vec2, Zone } from '../../edition/schema.ts';

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

/** Bleachers' depth from a demonstration zone's edge (walkway, rows, clearance), as the models build them. */
const BLEACHER_BAND = 1.3 + 5 * 0.85 + 0.8;
/** Field inset on a side without bleachers. */
const FIELD_INSET = 2.5;

/** A demonstration zone's field and bleachers, as footprints in plan coordinates. */
export function arenaParts(zone: Zone): { field: Rect; bleachers: Rect[] } {
  const has = new Set(zone.bleachers ?? []);
  const inset = (s: Side) => (has.has(s) ? BLEACHER_BAND : FIELD_INSET);
  const w = zone.width / 2;
  const d = zone.depth / 2;
  const x0 = -w + inset('left');
  const x1 = w - inset('right');
  const z0 = -d + inset('back');
  const z1 = d - inset('front');
  const local = (lx0: number, lx1: number, lz0: number, lz1: number): Rect => ({
    position: toPlan(zone, (lx0 + lx1) / 2, (lz0 + lz1) / 2),
    rotation: zone.rotation,
    width: Math.max(0.1, lx1 - lx0),
    depth: Math.max(0.1, lz1 - lz0),
  });
  const band = BLEACHER_BAND - 0.8;
  const bleachers: Rect[] = [];
  if (has.has('left')) bleachers.push(local(-w + 1.3, -w + band, z0, z1));
  if (has.has('right')) bleachers.push(local(w - band, w - 1.3, z0, z1));
  if (has.has('back')) bleachers.push(local(x0, x1, -d + 1.3, -d + band));
  if (has.has('front')) bleachers.push(local(x0, x1, d - band, d - 1.3));
  return { field: local(x0, x1, z0, z1), bleachers };
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

export function inBox(b: Box, x: number, z: number): boolean {
  return x >= b.x && x <= b.x + b.width && z >= b.y && z <= b.y + b.height;
}

// ─── Text ────────────────────────────────────────────────────────────────────────────────────────

/** Average advance of a character of the interface font, in em (bold, Latin or Arabic): an estimate. */
export const CHAR_EM = 0.58;
/** Line height of multi-line labels, in em. */
export const LINE_EM = 1.15;

/** Font size (metres) for a stand's number: fits the footprint as seen on the plan, text upright. */
export function standNumberSize(r: Rect, digits: number, max = 5.5): number {
  const b = bboxOf(corners(r));
  return Math.min(max, b.height * 0.78, b.width / (digits * CHAR_EM + 0.2));
}

export interface FittedLabel {
  lines: string[];
  /** Font size, metres. */
  size: number;
}

/** A piece of a label: a word, or the part of a hyphenated word up to its hyphen. */
interface Token {
  text: string;
  /** Whether a space separates it from the previous token on the same line. */
  space: boolean;
}

/** Greedy wrap at `limit` characters; each segment starts a new line. */
function wrap(segments: readonly Token[][], limit: number): string[] {
  const lines: string[] = [];
  for (const tokens of segments) {
    let line = '';
    for (const { text, space } of tokens) {
      const joined = line ? line + (space ? ' ' : '') + text : text;
      if (line && joined.length > limit) {
        lines.push(line);
        line = text;
      } else line = joined;
    }
    if (line) lines.push(line);
  }
  return lines;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (const word of segment.split(/\s+/).filter(Boolean)) {
    // A hyphenated word may break after its hyphens ("Blood-" / "donation").
    word.split(/(?<=-)(?=.)/).forEach((text, i) => tokens.push({ text, space: i === 0 }));
  }
  return tokens;
}

/**
 * The largest font size (metres, at most `maxSize`) at which `text` fits a `width` × `height` box,
 * wrapped on words (and after hyphens). A spaced dash (" — ") is a line break: "Pavilion A — Science"
 * reads as a title and a subtitle. At equal size, fewer lines win.
 */
export function fitLabel(text: string, width: number, height: number, maxSize = 4.5): FittedLabel {
  const segments = text
    .split(/\s+[—–-]\s+/)
    .map(tokenize)
    .filter((s) => s.length > 0);
  const tokens = segments.flat();
  if (tokens.length === 0 || width <= 0 || height <= 0) return { lines: [], size: 0 };
  const shortest = Math.max(...tokens.map((t) => t.text.length));
  const total = Math.max(...segments.map((s) => wrap([s], Infinity)[0]!.length));
  let best: FittedLabel = { lines: [], size: -1 };
  for (let limit = total; limit >= shortest; limit--) {
    const lines = wrap(segments, limit);
    const longest = Math.max(...lines.map((l) => l.length));
    const size = Math.min(maxSize, width / (longest * CHAR_EM), height / (lines.length * LINE_EM));
    if (size > best.size + 1e-9) best = { lines, size };
  }
  return best;
}

export interface PlacedLabel extends FittedLabel {
  /** Centre of the label, plan coordinates. */
  x: number;
  z: number;
}

/**
 * Where a zone's name reads best: the free rectangle (away from stands and other obstacles, inside
 * the walls) where it can be largest, then nearest the zone's centre. Rectangles are searched on a
 * grid of `cell` metres (histogram method for maximal empty rectangles).
 */
export function placeZoneLabel(
  zone: Rect,
  obstacles: readonly Rect[],
  text: string,
  { maxSize = 4.5, inset = 1.2, clearance = 0.8, cell = 1 } = {},
): PlacedLabel {
  const b = bboxOf(corners(zone));
  const cols = Math.max(1, Math.floor(b.width / cell));
  const rows = Math.max(1, Math.floor(b.height / cell));
  const cw = b.width / cols;
  const ch = b.height / rows;
  const free = (cx: number, cz: number): boolean => {
    if (!rectContains({ ...zone, width: zone.width - 2 * inset, depth: zone.depth - 2 * inset }, [cx, cz])) return false;
    return !obstacles.some((o) => rectContains(o, [cx, cz], clearance + Math.max(cw, ch) / 2));
  };
  const heights = new Array<number>(cols).fill(0);
  const [zx, zz] = zone.position;
  let best: PlacedLabel | null = null;
  let bestScore = -Infinity;
  const pad = 0.4;
  for (let row = 0; row < rows; row++) {
    const cz = b.y + (row + 0.5) * ch;
    for (let col = 0; col < cols; col++) heights[col] = free(b.x + (col + 0.5) * cw, cz) ? heights[col]! + 1 : 0;
    for (let col = 0; col < cols; col++) {
      const h = heights[col]!;
      if (h === 0) continue;
      let left = col;
      let right = col;
      while (left > 0 && heights[left - 1]! >= h) left--;
      while (right < cols - 1 && heights[right + 1]! >= h) right++;
      // Each maximal rectangle is met once per column of its lowest bar; evaluate it at its left end only.
      if (col > 0 && heights[col - 1] === h) continue;
      const x0 = b.x + left * cw;
      const x1 = b.x + (right + 1) * cw;
      const z1 = b.y + (row + 1) * ch;
      const z0 = z1 - h * ch;
      const fit = fitLabel(text, x1 - x0 - 2 * pad, z1 - z0 - 2 * pad, maxSize);
      if (fit.size <= 0) continue;
      const longest = Math.max(...fit.lines.map((l) => l.length));
      const hw = (longest * CHAR_EM * fit.size) / 2;
      const hh = (fit.lines.length * LINE_EM * fit.size) / 2;
      const x = clamp(zx, x0 + pad + hw, x1 - pad - hw);
      const z = clamp(zz, z0 + pad + hh, z1 - pad - hh);
      const score = fit.size - 0.01 * Math.hypot(x - zx, z - zz);
      if (score > bestScore) {
        bestScore = score;
        best = { ...fit, x, z };
      }
    }
  }
  if (best) return best;
  // No free room at all: on the centre, as large as the zone allows.
  return { ...fitLabel(text, zone.width - 2 * inset, zone.depth - 2 * inset, maxSize), x: zx, z: zz };
}

function clamp(v: number, lo: number, hi: number): number {
  if (lo > hi) return (lo + hi) / 2;
  return Math.min(hi, Math.max(lo, v));
}

// ─── Colours ─────────────────────────────────────────────────────────────────────────────────────

function luminance(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const f = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f((n >> 16) & 255) + 0.7152 * f((n >> 8) & 255) + 0.0722 * f(n & 255);
}

/** WCAG contrast ratio of two sRGB hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const INK_LIGHT = '#ffffff';
export const INK_DARK = '#111a2b';

/** White or dark ink, whichever reads better on `background`. */
export function inkOn(background: string): string {
  return contrastRatio(background, INK_LIGHT) >= contrastRatio(background, INK_DARK) ? INK_LIGHT : INK_DARK;
}

// ─── Zoom ────────────────────────────────────────────────────────────────────────────────────────

/** Pixels per metre at which stand numbers stay legible (a 7.5 × 5 m stand's number ≈ 12 px). */
export const LEGIBLE_SCALE = 3;
export const MAX_SCALE = 14;
export const ZOOM_STEP = 1.5;

export interface PlanScale {
  /** Pixels per metre. */
  scale: number;
  /** Pixels per metre at which the whole plan fits the stage. */
  fit: number;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/**
 * Scale of the full-screen plan: by default the whole site if numbers stay legible that way, else
 * legible and scrollable, filling the stage's other side when that stays close to legible (a phone
 * held upright scrolls sideways only); each zoom step multiplies by ZOOM_STEP, from "whole site" to
 * MAX_SCALE.
 */
export function planScale(stageWidth: number, stageHeight: number, box: Box, steps = 0): PlanScale {
  const fit = Math.max(0.01, Math.min(stageWidth / box.width, stageHeight / box.height));
  const cover = Math.max(stageWidth / box.width, stageHeight / box.height);
  const base = fit >= LEGIBLE_SCALE ? fit : Math.min(Math.max(cover, LEGIBLE_SCALE), LEGIBLE_SCALE * 1.5);
  const scale = Math.min(MAX_SCALE, Math.max(fit, base * ZOOM_STEP ** steps));
  return { scale, fit, canZoomIn: scale < MAX_SCALE - 1e-6, canZoomOut: scale > fit + 1e-6 };
}

// ─── Stand list ──────────────────────────────────────────────────────────────────────────────────

export interface StandGroup {
  zoneId: string;
  zone: Zone | undefined;
  stands: Stand[];
}

/** Stands grouped by zone, each group sorted by number, groups in the order of their first number. */
export function groupStandsByZone(stands: readonly Stand[], zones: readonly Zone[]): StandGroup[] {
  const byZone = new Map<string, Stand[]>();
  for (const s of [...stands].sort((a, b) => a.number - b.number)) {
    const list = byZone.get(s.zone);
    if (list) list.push(s);
    else byZone.set(s.zone, [s]);
  }
  return [...byZone].map(([zoneId, list]) => ({ zoneId, zone: zones.find((z) => z.id === zoneId), stands: list }));
}
