/**
 * "VR headset": the toolbar button that moves the visit into the headset, shown only where the
 * browser offers immersive VR. The session is asked for inside the press (the browser requires the
 * visitor's gesture). While presenting, the page says the visit goes on in the headset and offers to
 * leave; a refusal is said, not swallowed.
 */
import { useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { useXr, xrControl } from '../../state/xr.ts';
import { XR_STRINGS } from './strings.ts';

function HeadsetIcon() {
  return (
    <svg viewBox="0 0 24 24" width={22} height={22} aria-hidden="true" focusable="false">
      <path
        d="M3 8.5h18v7.5a1.5 1.5 0 0 1-1.5 1.5h-4l-2-2.5h-3l-2 2.5h-4A1.5 1.5 0 0 1 3 16z"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function EnterVRButton() {
  const lang = useVisit((s) => s.lang);
  const presenting = useXr((s) => s.presenting);
  const connected = useXr((s) => s.connected);
  const [state, setState] = useState<'idle' | 'starting' | 'failed'>('idle');
  const t = XR_STRINGS[lang];
  const enter = () => {
    const start = xrControl.enter;
    if (!start) return;
    setState('starting');
    start().then(
      (ok) => setState(ok ? 'idle' : 'failed'),
      () => setState('failed'),
    );
  };
  if (presenting)
    return (
      <button
        type="button"
        className="pill-button pill-button--icon"
        data-testid="xr-leave"
        onClick={() => void xrControl.exit?.()}
      >
        <HeadsetIcon />
        <span>{t.leave}</span>
      </button>
    );
  return (
    <>
      <button
        type="button"
        className="pill-button pill-button--icon"
        data-testid="xr-enter"
        disabled={state === 'starting' || !connected}
        onClick={enter}
      >
        <HeadsetIcon />
        <span>{state === 'starting' ? t.starting : t.enter}</span>
      </button>
      {state === 'failed' && (
        <span role="alert" className="xr-failed">
          {t.failed}
        </span>
      )}
    </>
  );
}
