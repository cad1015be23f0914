/**
 * The panel of the open stand or place (store: `openStand`, `openHotspot`, `openPlays`): a modal
 * dialog (native <dialog>, so the rest of the page is inert and not read out), a side sheet on the
 * inline-end side (left in Arabic, by logical properties), a bottom sheet on phones. Its parts are
 * in ./PanelDialog.tsx.
 *
 * Open it with `setOpenStand(id, hotspot?)`; close it by setting null (the close button, Esc, the
 * backdrop and the browser's Back all do). Focus moves in on open and returns to the element that
 * opened it, or to the 3D view. Media are released on close. Always mounted once the site is
 * drawn, it also listens for the `]` / `[` hops (./useHopKeys.ts).
 */
import { useEffect, useRef } from 'react';
import { targetById } from '../../edition/targets.ts';
import { useXr } from '../../state/xr.ts';
import { useVisit } from '../../state/visit.ts';
import { PanelDialog } from './PanelDialog.tsx';
import { useHopKeys } from './useHopKeys.ts';

function closePanel(): void {
  // Idempotent: the close button, Esc, the backdrop and the browser's own close may all ask.
  if (useVisit.getState().openStand) useVisit.getState().setOpenStand(null);
}

/** Where focus goes when the panel closes and its opener is gone: the 3D view. */
function focusCanvas(): void {
  const canvas = document.querySelector<HTMLCanvasElement>('.visit-canvas canvas');
  if (!canvas) return;
  if (!canvas.hasAttribute('tabindex')) canvas.tabIndex = -1;
  canvas.focus({ preventScroll: true });
}

export function StandPanel() {
  const data = useVisit((s) => s.data);
  const openStand = useVisit((s) => s.openStand);
  const openHotspot = useVisit((s) => s.openHotspot);
  const openPlays = useVisit((s) => s.openPlays);
  const opener = useRef<HTMLElement | null>(null);
  useHopKeys();

  // Whatever had focus when the panel opened gets it back on close (the store changes before React renders).
  useEffect(
    () =>
      useVisit.subscribe((s, prev) => {
        if (!s.openStand || prev.openStand) return;
        const active = document.activeElement;
        opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      }),
    [],
  );

  // In the headset the panel is drawn in the world (src/canvas/xr/XRStandPanel.tsx); the page's copy
  // would play the same video a second time, unseen. It shows again on leaving, where the visitor was.
  const presenting = useXr((s) => s.presenting);
  const target = targetById(data, openStand);
  if (!target || presenting) return null;
  return (
    <PanelDialog
      key={target.id}
      target={target}
      hotspotId={openHotspot}
      play={openPlays}
      opener={opener}
      onClose={closePanel}
      onFocusLost={focusCanvas}
    />
  );
}
