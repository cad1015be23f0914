/** "Guided tour": the toolbar button that opens the tour picker. Renders nothing until the edition is loaded. */
import { useRef, useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { TourPicker } from './TourPicker.tsx';
import { TourIcon } from './tourIcons.tsx';
import { TOUR_STRINGS } from './strings.ts';

export function TourButton() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!data) return null;
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="pill-button pill-button--icon pill-button--compact"
        data-testid="tour-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <TourIcon />
        <span>{TOUR_STRINGS[lang].open}</span>
      </button>
      {open && <TourPicker onClose={() => setOpen(false)} returnFocusTo={opener} />}
    </>
  );
}
