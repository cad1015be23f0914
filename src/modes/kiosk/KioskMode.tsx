/**
 * The kiosk mode, assembled: its start, its idle clock, and its screens over the visit (the attract
 * loop, "Still there?", or the notice that the URL's kiosk is unknown), and "You are here" over the
 * kiosk's pin. Mounted only when the URL
 * names a kiosk.
 */
import { useEffect } from 'react';
import { useKiosk } from '../../state/kiosk.ts';
import { KioskLabel } from '../../dom/labels/KioskLabel.tsx';
import { AttractOverlay } from './AttractOverlay.tsx';
import { StillThere } from './StillThere.tsx';
import { UnknownKiosk } from './UnknownKiosk.tsx';
import { useIdleReset } from './useIdleReset.ts';
import { useKioskStart } from './useKioskStart.ts';
import './kiosk.css';

export function KioskMode() {
  useKioskStart();
  useIdleReset();
  const phase = useKiosk((s) => s.phase);
  const warningUntil = useKiosk((s) => s.warningUntil);
  const unknown = useKiosk((s) => s.unknown);
  // While the attract loop plays, the visitor's tools wait (kiosk.css).
  useEffect(() => {
    document.documentElement.classList.toggle('kiosk-attracting', phase === 'attract');
  }, [phase]);
  return (
    <>
      <KioskLabel />
      {unknown && <UnknownKiosk id={unknown} />}
      {phase === 'attract' && <AttractOverlay />}
      {phase === 'visit' && warningUntil !== null && <StillThere until={warningUntil} />}
    </>
  );
}
