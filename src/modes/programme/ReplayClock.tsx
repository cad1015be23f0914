/**
 * The visit's clock, said and set: for an edition that is over (or not begun) it says when it took
 * place and offers to replay a moment: a day of the edition and a time, after which the whole visit
 * (this list, the boards, the arenas) behaves as at that moment, running on from it. While replaying
 * it says which moment, and goes back to the real time on request. `?at=` sets the same clock.
 */
import { useId, useState } from 'react';
import type { EditionData } from '../../edition/schema.ts';
import { editionPhase, instantToLocal } from '../../edition/eventClock.ts';
import { formatDateRange, formatEventDay, formatEventTime } from '../../edition/eventClockFormat.ts';
import { clockNow, setClock, useClock } from '../../state/clock.ts';
import { useVisit } from '../../state/visit.ts';
import { editionDays } from './schedule.ts';
import { PROGRAMME_STRINGS } from './strings.ts';

/** Where a replay starts when the visitor has not chosen: mid-morning, the site open and the first demonstrations on. */
const DEFAULT_TIME = '10:00';

export function ReplayClock({ data }: { data: EditionData }) {
  const lang = useVisit((s) => s.lang);
  const replaying = useClock((s) => s.replayFrom !== null);
  const error = useClock((s) => s.error);
  useClock((s) => s.version);
  const { edition } = data;
  const zone = edition.timeZone;
  const t = PROGRAMME_STRINGS[lang];
  const days = editionDays(edition.dates);
  const now = clockNow();
  const local = instantToLocal(now, zone);
  const [day, setDay] = useState(() => (days.includes(local.slice(0, 10)) ? local.slice(0, 10) : days[0]!));
  const [time, setTime] = useState(() => (replaying ? local.slice(11, 16) : DEFAULT_TIME));
  const dayId = useId();
  const timeId = useId();
  const phase = editionPhase(edition.dates, zone, Date.now());
  const city = edition.city[lang];
  const dates = formatDateRange(edition.dates, lang);

  return (
    <section className="programme-clock" data-testid="programme-clock" data-replaying={replaying || undefined}>
      {phase !== 'during' && (
        <p className="programme-edition" data-testid="edition-phase" data-phase={phase}>
          {phase === 'after' ? t.editionOver(city, dates) : t.editionAhead(city, dates)}
        </p>
      )}
      {replaying ? (
        <p className="programme-replaying" data-testid="programme-replaying">
          {t.replaying(`${formatEventDay(now, zone, lang)}, ${formatEventTime(now, zone, lang, city)}`)}{' '}
          <button type="button" className="pill-button" data-testid="programme-live" onClick={() => setClock(null, zone)}>
            {t.backToLive}
          </button>
        </p>
      ) : (
        <p className="programme-hint">{t.replayHint}</p>
      )}
      <form
        className="programme-replay"
        onSubmit={(e) => {
          e.preventDefault();
          setClock(`${day}T${time}`, zone);
        }}
      >
        <div className="programme-choice">
          <label htmlFor={dayId}>{t.replayDay}</label>
          <select id={dayId} data-testid="replay-day" value={day} onChange={(e) => setDay(e.target.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatEventDay(Date.parse(`${d}T12:00:00Z`), 'UTC', lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="programme-choice">
          <label htmlFor={timeId}>{t.replayTime}</label>
          <input
            id={timeId}
            data-testid="replay-time"
            type="time"
            required
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
        <button type="submit" className="pill-button programme-go" data-testid="replay-go">
          {t.replay}
        </button>
      </form>
      {error && (
        <p className="programme-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
