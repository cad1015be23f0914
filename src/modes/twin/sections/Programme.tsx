/**
 * The programme in the twin (h2): every session by day (h3), with its hours on the event's clock, its
 * kind and place, title and description, and the edition's note on how far to trust the times. The
 * same sessions and words as the programme dialog; a search result that is a session lands here.
 */
import { useEffect } from 'react';
import type { EditionData } from '../../../edition/schema.ts';
import type { TimedSession } from '../../../edition/eventClock.ts';
import { formatEventDay, formatSessionTime, zoneWords } from '../../../edition/eventClockFormat.ts';
import { useVisit } from '../../../state/visit.ts';
import { useProgramme, wantProgramme } from '../../../state/programme.ts';
import { placeName } from '../../programme/places.ts';
import { sessionDay } from '../../programme/schedule.ts';
import { PROGRAMME_STRINGS } from '../../programme/strings.ts';

export const sessionAnchor = (id: string) => `twin-session-${id}`;
export const PROGRAMME_ANCHOR = 'twin-programme';

export function Programme({ data }: { data: EditionData }) {
  const lang = useVisit((s) => s.lang);
  const sessions = useProgramme((s) => s.sessions);
  const programme = useProgramme((s) => s.programme);
  const failed = useProgramme((s) => s.failed);
  useEffect(wantProgramme, []);
  const t = PROGRAMME_STRINGS[lang];
  if (sessions?.length === 0) return null;
  const zone = data.edition.timeZone;
  const city = data.edition.city[lang];
  const byDay = new Map<string, TimedSession[]>();
  for (const s of sessions ?? []) byDay.set(sessionDay(s), [...(byDay.get(sessionDay(s)) ?? []), s]);
  return (
    <section
      id={PROGRAMME_ANCHOR}
      className="twin-zone"
      aria-labelledby="twin-programme-h"
      tabIndex={-1}
      data-testid="twin-programme"
    >
      <h2 id="twin-programme-h">{t.title}</h2>
      {!sessions && <p className="twin-kind">{failed ? t.loadFailed : t.loading}</p>}
      {sessions && sessions.length > 0 && (
        <p className="twin-kind">
          {t.timesIn(zoneWords(sessions[0]!.startAt, zone, lang, city))} {programme?.indicative && programme.note[lang]}
        </p>
      )}
      {[...byDay].map(([day, list]) => (
        <section key={day} aria-labelledby={`twin-programme-${day}`}>
          <h3 id={`twin-programme-${day}`}>{formatEventDay(list[0]!.startAt, zone, lang)}</h3>
          <ul className="twin-sessions">
            {list.map((s) => (
              <li key={s.id} id={sessionAnchor(s.id)} tabIndex={-1} data-session={s.id}>
                <p>
                  <strong>{formatSessionTime(s, zone, lang)}</strong> — {s.title[lang]}
                </p>
                <p className="twin-kind">
                  {t.kinds[s.kind]} · {placeName(data, s.place, lang)}
                </p>
                <p>{s.description[lang]}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
