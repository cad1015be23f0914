/**
 * The headset mode's parts, loaded only where the browser offers immersive VR (asked once the first
 * frame is out): `XRCanvasPart` goes inside the one Canvas (the session, locomotion, the in-world
 * panels), `EnterVRButton` in the toolbar. A phone or a desktop without a headset downloads none of it.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useVisit } from '../../state/visit.ts';
import { useXr } from '../../state/xr.ts';
import { checkVrSupport } from '../../platform/xr.ts';

const XRScene = lazy(() => import('./XRScene.tsx').then((m) => ({ default: m.XRScene })));
const Button = lazy(() => import('./EnterVRButton.tsx').then((m) => ({ default: m.EnterVRButton })));

/** Asks once, after the first frame, whether a headset can be used. */
export function useVrSupport(): void {
  const drawn = useVisit((s) => s.drawn);
  useEffect(() => {
    if (drawn && useXr.getState().supported === null) void checkVrSupport();
  }, [drawn]);
}

export function XRCanvasPart() {
  const supported = useXr((s) => s.supported);
  if (!supported) return null;
  return (
    <Suspense fallback={null}>
      <XRScene />
    </Suspense>
  );
}

export function EnterVRButton() {
  const supported = useXr((s) => s.supported);
  if (!supported) return null;
  return (
    <Suspense fallback={null}>
      <Button />
    </Suspense>
  );
}
