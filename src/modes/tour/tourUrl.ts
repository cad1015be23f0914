/**
 * The tour in the address bar: `?tour=<id>&stop=<n>` (n from 1) kept in step while a tour plays,
 * with replaceState so stops do not pile up in history, and removed when it stops (never written for
 * a looping tour: the kiosk's attract loop). At start, the
 * launch's tour link (src/launch/launch.ts) starts that tour at that stop once the visit is ready;
 * an unknown tour only warns.
 */
import { launch } from '../../launch/launch.ts';
import { ready } from '../../state/readiness.ts';
import { useTour } from './tourState.ts';

/** `href` with the tour's parameters set, or removed for a null id; other parameters kept. */
export function tourUrl(href: string, id: string | null, stop = 1): string {
  const url = new URL(href);
  url.searchParams.delete('tour');
  url.searchParams.delete('stop');
  if (id) {
    url.searchParams.set('tour', id);
    url.searchParams.set('stop', String(stop));
  }
  return url.href;
}

/** The start link is handled once per page, even if the tour is installed again. */
let linkHandled = false;

function startFromLink(): void {
  const link = launch.tour;
  if (linkHandled || !link) return;
  linkHandled = true;
  void ready
    .then(() => useTour.getState().load())
    .then((tours) => {
      if (!tours.some((t) => t.id === link.id)) console.warn(`tour link: no tour "${link.id}" in this edition`);
      else useTour.getState().start(link.id, link.stop - 1);
    })
    .catch((e: unknown) => console.warn('tour link: the tours could not be loaded', e));
}

export function installTourUrl(): () => void {
  const unsubscribe = useTour.subscribe((s, prev) => {
    if (s.id === prev.id && s.index === prev.index) return;
    // The kiosk's attract loop plays to nobody: its stops are not a link to share.
    const href = tourUrl(location.href, s.loop ? null : s.id, s.index + 1);
    // The entry's own state is kept: a stand panel's entry stays marked as one (src/state/deepLink.ts).
    if (href !== location.href) history.replaceState(history.state, '', href);
  });
  startFromLink();
  return unsubscribe;
}
