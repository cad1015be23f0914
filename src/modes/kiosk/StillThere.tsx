/**
 * "Still there?": shown when the kiosk's idle time has run out, with the seconds left before the
 * reset. A modal <dialog> in the top layer, so it shows over an open panel or plan (themselves
 * dialogs) and a touch on it reaches it, not the page beneath. A touch anywhere on it (its click,
 * once the finger is up) or any key answers it (useIdleReset listens for keys).
 */
import { useEffect, useRef, useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { useKiosk } from '../../state/kiosk.ts';
import { KIOSK_STRINGS } from './strings.ts';

const answer = () => useKiosk.setState({ warningUntil: null });

export function StillThere({ until }: { until: number }) {
  const t = KIOSK_STRINGS[useVisit((s) => s.lang)];
  const ref = useRef<HTMLDialogElement>(null);
  const [left, setLeft] = useState(() => Math.ceil((until - performance.now()) / 1000));
  useEffect(() => {
    const timer = setInterval(() => setLeft(Math.max(0, Math.ceil((until - performance.now()) / 1000))), 250);
    return () => clearInterval(timer);
  }, [until]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="kiosk-still"
      aria-labelledby="kiosk-still-title"
      data-testid="kiosk-still-there"
      onClick={answer}
      onCancel={(e) => {
        // Esc answers it, like any key, rather than closing the dialog under React.
        e.preventDefault();
        answer();
      }}
    >
      <div className="kiosk-still-card">
        <p id="kiosk-still-title" className="kiosk-still-title">
          {t.stillThere}
        </p>
        <p className="kiosk-still-count" aria-live="polite">
          {t.restartsIn(left)}
        </p>
        <button type="button" className="button primary" autoFocus>
          {t.touchToContinue}
        </button>
      </div>
    </dialog>
  );
}
