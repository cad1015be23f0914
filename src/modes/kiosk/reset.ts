/**
 * The kiosk's reset: the next visitor gets the kiosk as it was at opening time. Every store and
 * per-frame value is put back (resetPlan.ts lists them all), the interface remounts (what its
 * components held goes with it), the session's stored choices are forgotten, the URL is the kiosk's
 * start again (in kiosk mode the visit never pushes history entries, so Back has nothing to reach),
 * and a new version waiting in the service worker is applied now, between visitors, never during one.
 */
import { useKiosk } from '../../state/kiosk.ts';
import { applyWaitingUpdate } from '../../platform/offline.ts';
import { useTour } from '../tour/tourState.ts';
import { resetStores } from './resetPlan.ts';
import { kioskStartUrl } from './startUrl.ts';

/** What comes after the reset: the attract loop (idle), or a fresh visit (the first touch). */
export type AfterReset = 'attract' | 'visit';

export function resetKiosk(next: AfterReset): void {
  const { kiosk } = useKiosk.getState();
  if (!kiosk) return;
  // Between visitors is the moment for a new version: it reloads the page into the attract loop.
  if (next === 'attract' && applyWaitingUpdate()) return;
  resetStores(kiosk);
  // The corner plan folded away "for the session" and any other per-session choice.
  try {
    sessionStorage.clear();
  } catch {
    // Storage refused (a locked-down profile): nothing was stored either.
  }
  history.replaceState(history.state, '', kioskStartUrl(location.href));
  useKiosk.setState((s) => ({
    phase: next,
    warningUntil: null,
    visits: s.visits + 1,
    resets: s.resets + (next === 'attract' ? 1 : 0),
  }));
  if (next === 'attract') useTour.getState().start(kiosk.tour, 0, { loop: true });
}
