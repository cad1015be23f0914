/**
 * Plays the tour in the world: each new leg of the store travels to its stop with the visit's own
 * travel (a flight on foot, a fade under reduced motion or from the aerial view), then reports the
 * arrival so the dwell starts. A stop at a hotspot arrives at its stand's viewpoint, which frames
 * the stand's markers, and lights that hotspot's marker (the keyboard-focus emphasis) while the
 * tour stays there; the panel is not opened by itself (the card's "Open the stand" does that).
 */
import { useVisit } from '../../state/visit.ts';
import { hotspotEmphasis } from '../../state/frame.ts';
import { placedHotspots } from '../../state/hotspots.ts';
import { goToStand, standingAt } from '../../walk/travel.ts';
import type { TourStop } from '../../edition/schema.ts';
import { currentStop, useTour } from './tourState.ts';

/** The marker lit for the current stop, or −1. */
let lit = -1;

function light(stop: TourStop | null): void {
  if (lit >= 0 && hotspotEmphasis.focused === lit) hotspotEmphasis.focused = -1;
  lit = -1;
  const data = useVisit.getState().data;
  if (!stop?.hotspot || !data) return;
  const placed = placedHotspots(data).find((p) => p.target.id === stop.target && p.hotspot.id === stop.hotspot);
  if (!placed) return;
  lit = placed.index;
  hotspotEmphasis.focused = lit;
}

/** Installs the runner; returns the uninstall (a travel under way then reports to nobody). */
export function installTourRunner(): () => void {
  let live = true;

  const travel = () => {
    const s = useTour.getState();
    const at = currentStop(s);
    light(null);
    if (!at || s.finished || s.phase !== 'travelling') return;
    const { leg } = s;
    const target = at.stop.target;
    goToStand(target)
      .then(() => {
        const now = useTour.getState();
        if (!live || now.leg !== leg) return;
        // Another travel (the stand list, a click on the plan) cut this one short: the visitor went
        // elsewhere, so the tour waits for them instead of talking about a stand they do not see.
        if (standingAt() !== target) now.pause();
        else light(at.stop);
        now.arrived(leg);
      })
      .catch((error: unknown) => {
        console.warn('guided tour: could not travel to the stop', error);
        if (live && useTour.getState().leg === leg) useTour.getState().arrived(leg);
      });
  };

  const unsubscribe = useTour.subscribe((s, prev) => {
    if (s.leg !== prev.leg || s.id !== prev.id) travel();
    else if (s.finished && !prev.finished) light(null);
  });
  // Installed again (the kiosk remounts the interface) while a tour travels: take it up.
  if (useTour.getState().id) travel();

  return () => {
    live = false;
    unsubscribe();
    light(null);
  };
}
