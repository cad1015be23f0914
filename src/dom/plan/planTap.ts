/**
 * What a tap or a click on the full-screen plan does (PlanDialog.tsx says why). A mouse goes where it
 * clicks; a finger or a pen on a place whose stands are still too small zooms in on it, else names
 * what it touched, and goes on a second tap on the same stand or amenity. Pure.
 */
import { corners, polygonContains } from '../../edition/geometry.ts';
import type { EditionData } from '../../edition/schema.ts';
import { samePick, type PlanPick } from './planPick.ts';
import { bboxOf, type Box } from './planShapes.ts';
import { clusterAt } from './tapTargets.ts';
import { focusView, planPoint, type Size, type View } from './zoom.ts';

export interface TapInput {
  /** Stage pixels. */
  x: number;
  y: number;
  /** The stand or amenity under the pointer, by its id. */
  stand?: string | null;
  amenity?: string | null;
  mouse: boolean;
}

export type TapOutcome = { zoom: View } | { go: PlanPick } | { choose: PlanPick | null };

export function tapOutcome(
  data: EditionData,
  clusters: ReadonlyMap<string, number>,
  view: View,
  stage: Size,
  box: Box,
  tap: TapInput,
  chosen: PlanPick | null,
): TapOutcome {
  const [x, z] = planPoint(view, tap.x, tap.y);
  if (!tap.mouse && !tap.amenity) {
    const cluster = clusterAt(data.site.zones, new Set(clusters.keys()), x, z);
    const need = cluster ? clusters.get(cluster.id)! : 0;
    if (cluster && view.scale < need * (1 - 1e-3)) return { zoom: focusView(bboxOf(corners(cluster)), stage, box, need, [x, z]) };
  }
  const pick: PlanPick | null = tap.amenity
    ? { kind: 'amenity', id: tap.amenity }
    : tap.stand
      ? { kind: 'stand', id: tap.stand }
      : polygonContains(data.site.boundary, [x, z])
        ? { kind: 'point', x, z }
        : null;
  if (pick && (tap.mouse || samePick(pick, chosen))) return { go: pick };
  return { choose: pick };
}
