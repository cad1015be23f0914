/** "Programme": the toolbar button that opens the programme dialog. Renders nothing until the edition is loaded. */
import { useVisit } from '../../state/visit.ts';
import { openProgramme, useProgrammeUi } from '../../state/programme.ts';
import { PROGRAMME_STRINGS } from './strings.ts';

export function ProgrammeButton() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const open = useProgrammeUi((s) => s.open);
  if (!data) return null;
  return (
    <button
      type="button"
      className="pill-button pill-button--icon pill-button--compact"
      data-testid="programme-open"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => openProgramme()}
    >
      <CalendarIcon />
      <span>{PROGRAMME_STRINGS[lang].open}</span>
    </button>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M7.5 13.5h3v3h-3z" fill="currentColor" />
    </svg>
  );
}
