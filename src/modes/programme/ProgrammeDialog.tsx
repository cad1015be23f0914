/**
 * The programme: every session of the edition by day, filtered by day, place and kind, each with its
 * hours on the event's clock, what is on now and what starts soon (from the visit's clock, live or
 * replayed), its place, title and description, and "Take me there" and "Add to calendar". The
 * edition's note on how far to trust the times is shown above the list whenever times are. A session
 * named by `?session=` (or the search) opens on its day, scrolled into view and highlighted.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useState } from 'react';
import type { SessionKind } from '../../edition/programme.ts';
import type { TimedSession } from '../../edition/eventClock.ts';
import type { EditionData } from '../../edition/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { formatEventDay, formatSessionTime, countdown, zoneWords } from '../../edition/eventClockFormat.ts';
import { localToInstant } from '../../edition/eventClock.ts';
import { useVisit } from '../../state/visit.ts';

import { clockNow, useClock } from '../../state/clock.ts';
import { CloseButton, Modal } from '../../dom/dialog/Modal.tsx';
import {
  daysOf,
  filterSessions,
  initialDay,
  kindsOf,
  NO_FILTER,
  placesOf,
  sessionDay,
  sessionStatus,
  type ProgrammeFilter,
} from './schedule.ts';
import { goToPlace, placeName } from './places.ts';
import { downloadCalendar } from './calendar.ts';
import { closeProgramme, useProgramme, useProgrammeUi, wantProgramme } from '../../state/programme.ts';
import { ReplayClock } from './ReplayClock.tsx';
import { PROGRAMME_STRINGS } from './strings.ts';
import './programme.css';

/** How often the badges ("on now", "starts in 12 min") are brought up to date while the dialog is open. */
const TICK_MS = 20_000;

/** The visit's clock, re-read every TICK_MS and whenever it is set: one render per tick, not per frame. */
function useNow(): number {
  const version = useClock((s) => s.version);
  const [now, setNow] = useState(clockNow);
  useEffect(() => {
    setNow(clockNow());
    const t = setInterval(() => setNow(clockNow()), TICK_MS);
    return () => clearInterval(t);
  }, [version]);
  return now;
}

export function ProgrammeDialog() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const sessions = useProgramme((s) => s.sessions);
  const programme = useProgramme((s) => s.programme);
  const failed = useProgramme((s) => s.failed);
  const focus = useProgrammeUi((s) => s.focus);
  const t = PROGRAMME_STRINGS[lang];
  const titleId = useId();
  const now = useNow();
  useEffect(wantProgramme, []);

  const zone = data?.edition.timeZone ?? 'UTC';
  const days = useMemo(() => (sessions ? daysOf(sessions) : []), [sessions]);
  const [filter, setFilter] = useState<ProgrammeFilter | null>(null);
  const focused = sessions?.find((s) => s.id === focus) ?? null;
  // The filter starts on the focused session's day, else the clock's day, else the first day.
  const active: ProgrammeFilter = filter ?? {
    ...NO_FILTER,
    day: focused ? sessionDay(focused) : initialDay(days, localDay(now, zone, days)),
  };
  const shown = sessions ? filterSessions(sessions, active) : [];

  useLayoutEffect(() => {
    if (!focused) return;
    document.querySelector(`[data-session="${CSS.escape(focused.id)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focused, sessions]);

  if (!data) return null;
  const set = (patch: Partial<ProgrammeFilter>) => setFilter({ ...active, ...patch });
  const city = data.edition.city[lang];

  return (
    <Modal labelledBy={titleId} onClose={closeProgramme} placement="end" testId="programme-dialog" className="programme-modal">
      <div className="programme">
        <header className="programme-head">
          <h2 id={titleId}>{t.title}</h2>
          <CloseButton label={t.close} testId="programme-close" onClick={closeProgramme} />
        </header>
        <div className="programme-scroll">
          <ReplayClock data={data} />
          {sessions === null && (
            <p className="programme-note" role="status">
              {failed ? t.loadFailed : t.loading}{' '}
              {failed && (
                <button type="button" className="pill-button" onClick={wantProgramme}>
                  {t.retry}
                </button>
              )}
            </p>
          )}
          {sessions?.length === 0 && <p className="programme-note">{t.none}</p>}
          {sessions && sessions.length > 0 && (
            <>
              <p className="programme-times" data-testid="programme-times">
                {t.timesIn(zoneWords(sessions[0]!.startAt, zone, lang, city))}{' '}
                {programme?.indicative && <strong data-testid="programme-indicative">{programme.note[lang]}</strong>}
              </p>
              <div className="programme-filters" role="group" aria-label={t.title}>
                <Choice
                  label={t.day}
                  testId="programme-day"
                  value={active.day}
                  all={t.allDays}
                  options={days.map((d) => [d, formatEventDay(localToInstant(`${d}T12:00`, zone), zone, lang)])}
                  onChange={(day) => set({ day })}
                />
                <Choice
                  label={t.place}
                  testId="programme-place"
                  value={active.place}
                  all={t.allPlaces}
                  options={placesOf(sessions).map((p) => [p, placeName(data, p, lang)])}
                  onChange={(place) => set({ place })}
                />
                <Choice
                  label={t.kind}
                  testId="programme-kind"
                  value={active.kind}
                  all={t.allKinds}
                  options={kindsOf(sessions).map((k) => [k, t.kindsPlural[k]])}
                  onChange={(kind) => set({ kind: kind as SessionKind | null })}
                />
              </div>
              <p className="programme-count" aria-live="polite">
                {shown.length ? t.sessionsCount(shown.length) : t.noMatch}
              </p>
              <DayGroups data={data} sessions={shown} lang={lang} now={now} focus={focus} />
            </>
          )}
        </div>
      </div>
    </Modal>
  );
}

/** The programme's day the clock is in (event-local midnight to midnight), or '' outside them. */
function localDay(now: number, zone: string, days: readonly string[]): string {
  return days.find((d) => now >= localToInstant(`${d}T00:00`, zone) && now < localToInstant(`${d}T23:59`, zone) + 60_000) ?? '';
}

function Choice({
  label,
  testId,
  value,
  all,
  options,
  onChange,
}: {
  label: string;
  testId: string;
  value: string | null;
  all: string;
  options: Array<[string, string]>;
  onChange: (v: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="programme-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function DayGroups({
  data,
  sessions,
  lang,
  now,
  focus,
}: {
  data: EditionData;
  sessions: TimedSession[];
  lang: Lang;
  now: number;
  focus: string | null;
}) {
  const zone = data.edition.timeZone;
  const byDay = new Map<string, TimedSession[]>();
  for (const s of sessions) byDay.set(sessionDay(s), [...(byDay.get(sessionDay(s)) ?? []), s]);
  return (
    <>
      {[...byDay].map(([day, list]) => (
        <section key={day} className="programme-day" aria-labelledby={`programme-day-${day}`}>
          <h3 id={`programme-day-${day}`}>{formatEventDay(list[0]!.startAt, zone, lang)}</h3>
          <ol className="programme-list">
            {list.map((s) => (
              <SessionRow key={s.id} data={data} session={s} lang={lang} now={now} focused={s.id === focus} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function SessionRow({
  data,
  session: s,
  lang,
  now,
  focused,
}: {
  data: EditionData;
  session: TimedSession;
  lang: Lang;
  now: number;
  focused: boolean;
}) {
  const t = PROGRAMME_STRINGS[lang];
  const status = sessionStatus(s, now);
  const soon = status === 'soon' && s.startAt - now <= 2 * 3600_000;
  const titleId = `programme-session-${s.id}`;
  return (
    <li>
      <article
        className="programme-session"
        data-session={s.id}
        data-status={status}
        data-focused={focused || undefined}
        aria-labelledby={titleId}
      >
        <p className="programme-when">
          <span>{formatSessionTime(s, data.edition.timeZone, lang, data.edition.city[lang])}</span>
          {status === 'now' && <span className="programme-badge programme-badge--now">{t.onNow}</span>}
          {soon && <span className="programme-badge">{countdown(s.startAt - now, lang)}</span>}
          {status === 'past' && <span className="programme-badge programme-badge--past">{t.over}</span>}
        </p>
        <h4 id={titleId}>{s.title[lang]}</h4>
        <p className="programme-meta">
          {t.kinds[s.kind]} · {placeName(data, s.place, lang)}
        </p>
        <p className="programme-text">{s.description[lang]}</p>
        {s.speakers && s.speakers.length > 0 && (
          <p className="programme-meta">
            {t.speakers} {s.speakers.join(', ')}
          </p>
        )}
        <div className="programme-actions">
          <button
            type="button"
            className="pill-button programme-go"
            data-testid="programme-go"
            onClick={() => {
              closeProgramme();
              goToPlace(data, s.place).catch((e: unknown) => console.warn(e));
            }}
          >
            {t.takeMeThere}
          </button>
          <button
            type="button"
            className="pill-button"
            data-testid="programme-ics"
            onClick={() => downloadCalendar(data, s, lang)}
          >
            {t.addToCalendar}
          </button>
          {s.recording && (
            <a className="pill-button" href={s.recording} target="_blank" rel="noopener noreferrer">
              {t.recording}
            </a>
          )}
        </div>
      </article>
    </li>
  );
}
