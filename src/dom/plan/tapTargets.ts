/**
 * What a thumb can hit on the full-screen plan. A 7.5 × 5 m stand is 10 px wide on a phone's whole
 * site, and no zoom that keeps the site whole makes 37 stands 44 px wide, so the rule is: a tap on a
 * place with stands (a pavilion, the open-air exhibition) whose stands are smaller than TAP_PX zooms
 * in on that place until every one of them is at least TAP_PX × TAP_PX; once they are, a tap names
 * the stand. Each stand's target is its footprint grown toward its neighbours, halfway at most and
 * MAX_GROW at most, so that targets never overlap and are larger than the drawing. Pure.
 */
import { corners, rectContains, type Rect } from '../../edition/geometry.ts';
import type { Zone } from '../../edition/schema.ts';
import { bboxOf, type Box } from './planShapes.ts';

/** The smallest target a finger hits reliably, CSS pixels (WCAG 2.5.5, Apple and Android guides). */
export const TAP_PX = 44;
/** How far a target may reach past its stand's footprint, metres. */
export const MAX_GROW = 2;

/** Whether two intervals overlap by more than a hair. */
function spans(a0: number, a1: number, b0: number, b1: number): boolean {
  return Math.min(a1, b1) - Math.max(a0, b0) > 1e-6;
}

/** Each footprint's tap target: its bounding box grown on each side toward the nearest neighbour facing it. */
export function standCells(stands: readonly Rect[]): Box[] {
  const boxes = stands.map((s) => bboxOf(corners(s)));
  const cells = boxes.map((b, i) => {
    let left = MAX_GROW * 2;
    let right = MAX_GROW * 2;
    let up = MAX_GROW * 2;
    let down = MAX_GROW * 2;
    boxes.forEach((o, j) => {
      if (j === i) return;
      if (spans(b.y, b.y + b.height, o.y, o.y + o.height)) {
        if (o.x >= b.x + b.width) right = Math.min(right, o.x - (b.x + b.width));
        if (o.x + o.width <= b.x) left = Math.min(left, b.x - (o.x + o.width));
      }
      if (spans(b.x, b.x + b.width, o.x, o.x + o.width)) {
        if (o.y >= b.y + b.height) down = Math.min(down, o.y - (b.y + b.height));
        if (o.y + o.height <= b.y) up = Math.min(up, b.y - (o.y + o.height));
      }
    });
    const [l, r, u, d] = [left, right, up, down].map((g) => Math.min(MAX_GROW, g / 2)) as [number, number, number, number];
    return { x: b.x - l, y: b.y - u, width: b.width + l + r, height: b.height + u + d };
  });
  // Diagonal neighbours face no side of each other: where their grown corners meet, both give way.
  for (let i = 0; i < cells.length; i++) {
    for (let j = i + 1; j < cells.length; j++) {
      const a = cells[i]!;
      const b = cells[j]!;
      const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (ox <= 0 || oy <= 0) continue;
      const [first, second] =
        ox <= oy ? ([a, b].sort((p, q) => p.x - q.x) as [Box, Box]) : ([a, b].sort((p, q) => p.y - q.y) as [Box, Box]);
      if (ox <= oy) {
        first.width -= ox / 2;
        second.x += ox / 2;
        second.width -= ox / 2;
      } else {
        first.height -= oy / 2;
        second.y += oy / 2;
        second.height -= oy / 2;
      }
    }
  }
  return cells;
}

/** Pixels per metre at which every one of these targets is at least TAP_PX wide and high (0 for none). */
export function tapScale(cells: readonly Box[]): number {
  if (cells.length === 0) return 0;
  return TAP_PX / Math.min(...cells.map((c) => Math.min(c.width, c.height)));
}

/** The place with stands under a plan point, if any: the one a tap zooms in on. */
export function clusterAt(zones: readonly Zone[], standZones: ReadonlySet<string>, x: number, z: number): Zone | undefined {
  return zones.find((zone) => standZones.has(zone.id) && rectContains(zone, [x, z]));
}

/** For each place with stands, the scale at which all of its stands can be tapped. */
export function clusterScales(stands: readonly (Rect & { zone: string })[]): Map<string, number> {
  const cells = standCells(stands);
  const byZone = new Map<string, Box[]>();
  stands.forEach((s, i) => byZone.set(s.zone, [...(byZone.get(s.zone) ?? []), cells[i]!]));
  return new Map([...byZone].map(([zone, mine]) => [zone, tapScale(mine)]));
}
