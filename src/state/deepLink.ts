/**
 * Deep links to a stand's panel: `?stand=<id>` (and `&hotspot=<id>`, `&lang=fr|ar|en`).
 *
 * - At start, a link naming a stand of the edition opens its panel as soon as the edition's data is
 *   in (the panel reads while the models load), and once the world is ready (`ready`) the visitor is
 *   taken to that stand's viewpoint with `goToStand`: from the aerial view that is a fade, so the
 *   visit starts on foot in front of the stand. The start entry is rewritten to the visit's URL and
 *   the panel's URL pushed on top of it, so Back closes the panel instead of leaving the site.
 *   (the start link, and `?lang=`, are the launch's: src/launch/launch.ts.)
 * - Opening a panel pushes a history entry with its URL; Back (popstate) closes it, Forward opens it
 *   again. On a kiosk (`?kiosk=`) the entry is rewritten instead: one visitor's Back never reaches
 *   the stand the previous one opened. Closing the panel any other way (button, Esc, API) goes back if this entry was pushed, so
 *   the URL returns to the visit's.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import type { EditionData } from '../edition/schema.ts';
import { launch, parseLink, type StandLink } from '../launch/launch.ts';
import { goToStand } from '../walk/travel.ts';
import { targetById } from '../edition/targets.ts';
import { ready } from './readiness.ts';
import type { VisitState } from './store.ts';
import { useVisit } from './visit.ts';

/** Marks the history entries this module pushed for an open panel. */
const PANEL_ENTRY = 'jpoStandPanel';

/** `href` with the panel's parameters set to a stand (and hotspot), or removed for null; other parameters kept. */
export function panelUrl(href: string, standId: string | null, hotspotId?: string | null): string {
  const url = new URL(href);
  url.searchParams.delete('stand');
  url.searchParams.delete('hotspot');
  if (standId) {
    url.searchParams.set('stand', standId);
    if (hotspotId) url.searchParams.set('hotspot', hotspotId);
  }
  return url.href;
}

/** The stand (or place) and hotspot a link names, checked against the edition (an unknown hotspot opens the stand). */
export function resolveLink(data: EditionData, link: StandLink): { stand: string; hotspot: string | null } | null {
  const stand = targetById(data, link.stand);
  if (!stand) return null;
  const hotspot = link.hotspot && stand.hotspots.some((h) => h.id === link.hotspot) ? link.hotspot : null;
  return { stand: stand.id, hotspot };
}

const ours = () => !!(history.state as Record<string, unknown> | null)?.[PANEL_ENTRY];

/** The start link is handled once per page, even if the links are installed again. */
let startHandled = false;

/** Keeps the URL and the open panel in step; returns the uninstall. Safe to install again after uninstalling. */
export function installDeepLinks(store: StoreApi<VisitState> = useVisit, pushes = !launch.kiosk): () => void {
  let popping = false;

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.openStand === prev.openStand && s.openHotspot === prev.openHotspot) return;
    if (popping) return;
    if (s.openStand) {
      const url = panelUrl(location.href, s.openStand, s.openHotspot);
      // Already on a panel entry (another stand opened over it): rewrite it rather than stack. A kiosk
      // never stacks: Back must not reach the previous visitor's stand (its reset rewrites the one entry).
      if (!pushes) history.replaceState(history.state, '', url);
      else if (ours() && prev.openStand) history.replaceState({ [PANEL_ENTRY]: true }, '', url);
      else history.pushState({ [PANEL_ENTRY]: true }, '', url);
    } else if (ours()) {
      history.back();
    } else {
      history.replaceState(history.state, '', panelUrl(location.href, null));
    }
  });

  const onPop = () => {
    const { data, openStand, openHotspot, setOpenStand } = store.getState();
    const target = data ? resolveLink(data, parseLink(location.search)) : null;
    popping = true;
    try {
      if (!target) {
        if (openStand) setOpenStand(null);
      } else if (target.stand !== openStand || target.hotspot !== openHotspot) {
        setOpenStand(target.stand, target.hotspot);
      }
    } finally {
      popping = false;
    }
  };
  window.addEventListener('popstate', onPop);

  let unwatchData = () => {};
  const start = (data: EditionData) => {
    startHandled = true;
    const target = resolveLink(data, launch.link);
    if (!target) {
      if (launch.link.stand) console.warn(`deep link: no stand "${launch.link.stand}"`);
      return;
    }
    // The start entry becomes the visit's; the panel's entry goes on top (pushed by the subscription).
    history.replaceState(null, '', panelUrl(location.href, null));
    store.getState().setOpenStand(target.stand, target.hotspot);
    void ready.then(() => goToStand(target.stand)).catch((e: unknown) => console.warn('deep link: could not go to the stand', e));
  };
  if (!startHandled) {
    const data = store.getState().data;
    if (data) start(data);
    else
      unwatchData = store.subscribe((s) => {
        if (!s.data || startHandled) return;
        unwatchData();
        start(s.data);
      });
  }

  return () => {
    unsubscribe();
    unwatchData();
    window.removeEventListener('popstate', onPop);
  };
}

/** Installs the deep links for the life of the component (App). */
export function useDeepLinks(): void {
  useEffect(() => installDeepLinks(), []);
}
