/**
 * "Programme": the toolbar button that opens the programme dialog. While the visit replays a moment
 * of the edition (an edition that is over opens on one), the button says which, so a visitor knows
 * the site shows that day and hour before opening anything. Renders nothing until the edition is loaded.
 */
import { useEffect, useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { openProgramme, useProgrammeUi } from '../../state/programme.ts';
import { clockNow, useClock } from '../../state/clock.ts';
import { formatClock, formatEventDay } from '../../edition/eventClockFormat.ts';
import { PROGRAMME_STRINGS } from './strings.ts';
import './programme.css';

/** The moment replayed, re-read twice a minute (the minute shown moves on with the replay). */
function useReplayMoment(): number | null {
  const replaying = useClock((s) => s.replayFrom !== null);
  const version = useClock((s) => s.version);
  const [now, setNow] = useState(clockNow);
  useEffect(() => {
    if (!replaying) return;
    setNow(clockNow());
    const t = setInterval(() => setNow(clockNow()), 30_000);
    return () => clearInterval(t);
  }, [replaying, version]);
  return replaying ? now : null;
}

export function ProgrammeButton() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const open = useProgrammeUi((s) => s.open);
  const moment = useReplayMoment();
  if (!data) return null;
  const zone = data.edition.timeZone;
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
      <span>
        {PROGRAMME_STRINGS[lang].open}
        {moment !== null && (
          <span className="programme-moment" data-testid="programme-moment">
            {' · '}
            {formatEventDay(moment, zone, lang)}, {formatClock(moment, zone, lang)}
          </span>
        )}
      </span>
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
