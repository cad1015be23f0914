/** "About": the toolbar button that opens the about dialog. Renders nothing until the edition is loaded. */
import { useRef, useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ABOUT_STRINGS } from './strings.ts';

/** An "i" in a circle, in the text colour; decorative (the button says its name). */
const InfoIcon = () => (
  <svg viewBox="0 0 24 24" width={18} height={18} aria-hidden="true" focusable="false">
    <path
      d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z M12 11v6 M12 7.5v.01"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export function AboutButton() {
  const ready = useVisit((s) => s.data !== null);
  const lang = useVisit((s) => s.lang);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!ready) return null;
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="pill-button pill-button--icon pill-button--compact"
        data-testid="about-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <InfoIcon />
        <span>{ABOUT_STRINGS[lang].open}</span>
      </button>
      {open && <AboutDialog onClose={() => setOpen(false)} returnFocusTo={opener} />}
    </>
  );
}
