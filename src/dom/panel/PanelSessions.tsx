/**
 * What is on at this stand or place now and what comes next, from the programme and the visit's
 * clock (live or replayed), with a countdown, and a link into the programme on that session. Shown
 * only where the programme has sessions here (the arenas, the seminar hall, the children's pavilion,
 * a stand with workshops). The clock is re-read every 20 s while the panel is open, never per frame.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../i18n/lang.ts';
import type { TimedSession } from '../../edition/eventClock.ts';
import { nowAndNext } from '../../edition/eventClock.ts';
import { countdown, formatSessionDay, formatSessionTime } from '../../edition/eventClockFormat.ts';
import { clockNow, useClock } from '../../state/clock.ts';
import { openProgramme, useProgramme, wantProgramme } from '../../state/programme.ts';
import { useVisit } from '../../state/visit.ts';

const WORDS: Record<Lang, { title: string; now: string; next: string; none: string; open: string }> = {
  fr: {
    title: 'Au programme ici',
    now: 'En ce moment',
    next: 'À suivre',
    none: 'Plus rien de prévu ici.',
    open: 'Voir au programme',
  },
  ar: {
    title: 'في البرنامج هنا',
    now: 'الآن',
    next: 'الموعد القادم',
    none: 'لا شيء مبرمج هنا بعد الآن.',
    open: 'عرض في البرنامج',
  },
  en: {
    title: 'On the programme here',
    now: 'On now',
    next: 'Next',
    none: 'Nothing more is planned here.',
    open: 'See in the programme',
  },
};

const TICK_MS = 20_000;

export function PanelSessions({ placeId, lang }: { placeId: string; lang: Lang }) {
  const sessions = useProgramme((s) => s.sessions);
  const data = useVisit((s) => s.data);
  const version = useClock((s) => s.version);
  const [now, setNow] = useState(clockNow);
  useEffect(wantProgramme, []);
  useEffect(() => {
    setNow(clockNow());
    const t = setInterval(() => setNow(clockNow()), TICK_MS);
    return () => clearInterval(t);
  }, [version]);
  if (!data || !sessions?.some((s) => s.place === placeId)) return null;
  const w = WORDS[lang];
  const { now: on, next, startsInMs } = nowAndNext(sessions, placeId, now);
  const zone = data.edition.timeZone;
  const city = data.edition.city[lang];
  const row = (when: 'now' | 'next', s: TimedSession, extra: string | null) => (
    <div className="sp-session" data-session={s.id} data-when={when}>
      <dt>{w[when]}</dt>
      <dd>
        <span className="sp-session-time">
          {formatSessionDay(s, zone, lang)}, {formatSessionTime(s, zone, lang, city)}
          {extra && ` · ${extra}`}
        </span>
        <button type="button" className="sp-session-title" onClick={() => openProgramme(s.id)} title={w.open}>
          {s.title[lang]}
        </button>
      </dd>
    </div>
  );
  return (
    <section className="sp-sessions" aria-label={w.title} data-testid="stand-panel-sessions">
      <h3>{w.title}</h3>
      <dl>
        {on && row('now', on, null)}
        {next && row('next', next, startsInMs !== null ? countdown(startsInMs, lang) : null)}
      </dl>
      {!on && !next && <p>{w.none}</p>}
    </section>
  );
}
