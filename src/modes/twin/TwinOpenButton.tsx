/**
 * The way into the 2D twin from the 3D view: a visible "2D / text version" button, there from the
 * first moment (even over the loading veil). It sits in the top bar, so it comes in the Tab order
 * where it shows, with the top bar's other controls; on narrow screens it is its icon, its words
 * still its name. Back from the twin, focus returns to it.
 */
import { useEffect, useRef } from 'react';
import { useVisit } from '../../state/visit.ts';
import { STRINGS } from '../../i18n/strings.ts';
import { TextIcon } from '../../dom/icons.tsx';
import { useTwin } from './twinState.ts';
import { currentStand } from './TwinMount.tsx';
import './entry.css';

export function TwinOpenButton() {
  const open = useTwin((s) => s.open);
  const reason = useTwin((s) => s.reason);
  // The interface's own strings: the twin's full text loads with the twin.
  const t = STRINGS[useVisit((s) => s.lang)];
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open]);

  if (open || reason !== null) return null;
  return (
    <button
      ref={opener}
      type="button"
      className="pill-button pill-button--icon twin-open-button"
      data-testid="twin-open"
      title={t.twinOpen}
      onClick={() => useTwin.getState().show(currentStand())}
    >
      <TextIcon />
      <span className="twin-open-label">{t.twinOpen}</span>
    </button>
  );
}
