/**
 * The headset mode inside the one Canvas: the @react-three/xr session (its controllers, hands and
 * rays) and what this visit adds to it: the XR camera in the rig, locomotion, the arc, the comfort
 * fade and vignette, and, while a session presents, the in-world stand panel (with its video) and
 * the hand menu, whose effects are applied here (a mode may reach the tours and the session; the
 * canvas may not). Mounted once a headset is offered and kept: entering and leaving a session
 * changes nothing of the tree above it.
 */
import { useEffect, useMemo } from 'react';
import { XR } from '@react-three/xr';
import { enterVR, exitVR, sessionStore, settleEntry } from './session.ts';
import { XRRig } from '../../canvas/xr/XRRig.tsx';
import { Locomotion } from '../../canvas/xr/Locomotion.tsx';
import { TeleportArcView } from '../../canvas/xr/TeleportArcView.tsx';
import { ComfortView } from '../../canvas/xr/ComfortView.tsx';
import { XRStandPanel } from '../../canvas/xr/XRStandPanel.tsx';
import { XRMenu } from '../../canvas/xr/XRMenu.tsx';
import type { MenuEffect } from '../../canvas/xr/menu/menuModel.ts';
import { useXr, xrControl } from '../../state/xr.ts';
import { useVisit } from '../../state/visit.ts';
import { goToStand } from '../../walk/travel.ts';
import { useTour } from '../tour/tourState.ts';

function applyEffect(effect: MenuEffect): void {
  if (effect.kind === 'lang') useVisit.getState().setLang(effect.lang);
  else if (effect.kind === 'go') {
    useVisit.getState().setOpenStand(null);
    void goToStand(effect.targetId).catch((e: unknown) => console.warn('headset: could not go there', e));
  } else if (effect.kind === 'tour') useTour.getState().start(effect.tourId);
  else void xrControl.exit?.();
}

function InWorld() {
  const tours = useTour((s) => s.tours);
  // The tours are listed in the menu: loaded (once) when the visitor is in the headset.
  useEffect(
    () =>
      void useTour
        .getState()
        .load()
        .catch(() => undefined),
    [],
  );
  const menuTours = useMemo(() => (tours ?? []).map((t) => ({ id: t.id, title: t.title })), [tours]);
  return (
    <>
      <XRStandPanel />
      <XRMenu tours={menuTours} onEffect={applyEffect} />
    </>
  );
}

export function XRScene() {
  const presenting = useXr((s) => s.presenting);
  // Offered once <XR> has connected the session store to the renderer (it does so as it renders).
  useEffect(() => {
    xrControl.enter = enterVR;
    xrControl.exit = exitVR;
    useXr.setState({ connected: true });
    return () => {
      xrControl.enter = xrControl.exit = null;
      useXr.setState({ connected: false });
    };
  }, []);
  return (
    <XR store={sessionStore()}>
      <XRRig onHead={settleEntry} />
      <Locomotion />
      <TeleportArcView />
      <ComfortView />
      {presenting && <InWorld />}
    </XR>
  );
}
