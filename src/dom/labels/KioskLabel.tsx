/**
 * "You are here" over the kiosk's pin in 3D (src/canvas/KioskMarker.tsx), on kiosks only: follows the
 * pin every frame outside React, hidden when the pin is off screen, behind the eye, or under the
 * visitor's feet (standing at the kiosk, the label would float in the middle of the view).
 */
import { useEffect, useRef } from 'react';
import { useVisit } from '../../state/visit.ts';
import { KIOSK_PIN_HEIGHT, useKiosk } from '../../state/kiosk.ts';
import { eye, hotspotView, toScreen } from '../../state/frame.ts';
import { PLAN_STRINGS } from '../plan/strings.ts';
import './labels.css';

/** Closer than this to the pin, metres, the label hides. */
const NEAR = 6;

export function KioskLabel() {
  const kiosk = useKiosk((s) => s.kiosk);
  const lang = useVisit((s) => s.lang);
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!kiosk) return;
    const at = { x: 0, y: 0 };
    let raf = 0;
    let shown = false;
    const tick = () => {
      raf = requestAnimationFrame(tick);
      const box = el.current;
      if (!box) return;
      const [x, z] = kiosk.position;
      const far = Math.hypot(eye.position.x - x, eye.position.z - z) > NEAR || eye.position.y > 8;
      const on =
        far &&
        toScreen(x, KIOSK_PIN_HEIGHT + 0.5, z, at) &&
        at.x > 0 &&
        at.y > 0 &&
        at.x < hotspotView.width &&
        at.y < hotspotView.height;
      if (on !== shown) {
        shown = on;
        box.style.visibility = on ? 'visible' : 'hidden';
      }
      if (on) box.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) translate(-50%, -100%)`;
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [kiosk]);
  if (!kiosk) return null;
  return (
    <div ref={el} className="kiosk-label" data-testid="kiosk-label" aria-hidden="true" style={{ visibility: 'hidden' }}>
      {PLAN_STRINGS[lang].youAreHere}
    </div>
  );
}
