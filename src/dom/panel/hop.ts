/**
 * A hop: close the panel, travel to the next or previous stand (./hops.ts says which), and open its
 * panel on arrival. The panel closes for the flight so the visitor sees where they go, as "Go to
 * this stand" does.
 *
 * Hops pressed during a flight count from where that flight goes, so three presses go three stands
 * on; only the last one opens a panel, and none does if the visitor opened another panel meanwhile.
 */
import { player } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { goToStand, standingAt } from '../../walk/travel.ts';
import { anchorOf, hopFrom, tourOrder } from './hops.ts';
import type { Stand } from '../../edition/schema.ts';

export type Step = 1 | -1;

/** The stand the hop in flight goes to, and its number (only the latest hop's arrival opens a panel). */
let inFlight: { id: string; seq: number } | null = null;
let seq = 0;

/** The hop button to focus in the panel that opens on arrival (a hop from the panel's own button). */
let focusOnArrival: Step | null = null;

/** Where a hop from a stand or place (or, without one, from where the visitor is) lands. */
export function hopDestination(step: Step, from: string | null): Stand | undefined {
  const data = useVisit.getState().data;
  if (!data) return undefined;
  const anchor = anchorOf(data, from, { x: player.position.x, z: player.position.z });
  return anchor ? hopFrom(tourOrder(data), anchor, step) : undefined;
}

/**
 * Hops from a stand or place (the panel's), else from the hop in flight, the open panel, or the
 * stand the visitor stands at; `focusButton` when the panel's own button asked.
 */
export function hop(step: Step, from?: string, focusButton = false): void {
  const s = useVisit.getState();
  const dest = hopDestination(step, from ?? inFlight?.id ?? s.openStand ?? standingAt());
  if (!dest) return;
  const mine = { id: dest.id, seq: ++seq };
  inFlight = mine;
  focusOnArrival = focusButton ? step : null;
  if (s.openStand) s.setOpenStand(null);
  goToStand(dest.id)
    .then(() => {
      if (inFlight !== mine) return;
      inFlight = null;
      if (!useVisit.getState().openStand) useVisit.getState().setOpenStand(dest.id);
    })
    .catch((e: unknown) => {
      if (inFlight === mine) inFlight = null;
      console.warn(e);
    });
}

/** The hop button the panel opening now should focus, once. */
export function takeHopFocus(): Step | null {
  const step = focusOnArrival;
  focusOnArrival = null;
  return step;
}
