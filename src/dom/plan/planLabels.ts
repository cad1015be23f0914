/** Where the plan's words go and how large: stand numbers, zone names. Pure. */
import { corners, rectContains, type Rect } from '../../edition/geometry.ts';
import type { EditionData, Lang } from '../../edition/schema.ts';
import { arenaParts } from './planArena.ts';
import { bboxOf } from './planShapes.ts';

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

/** Zone names placed where they read best, in one language (an arena's on its field, clear of the bleachers). */
export function zoneLabels(data: EditionData, lang: Lang): Map<string, PlacedLabel> {
  const out = new Map<string, PlacedLabel>();
  for (const zone of data.site.zones) {
    const stands: Rect[] = data.stands.filter((s) => s.zone === zone.id);
    const text = zone.name[lang];
    if (zone.kind === 'demonstration') {
      const { field } = arenaParts(zone);
      out.set(zone.id, placeZoneLabel(field, stands, text, { inset: 0.5 }));
    } else out.set(zone.id, placeZoneLabel(zone, stands, text));
  }
  return out;
}
