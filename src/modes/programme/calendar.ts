/**
 * "Add to calendar": the session's .ics file (src/edition/ical.ts) downloaded from the page, in the
 * visit's language, with the address that opens the visit at this session. Made in the page from
 * data already loaded: nothing is asked of a server, so it works offline too.
 */
import type { EditionData } from '../../edition/schema.ts';
import type { TimedSession } from '../../edition/eventClock.ts';
import type { Lang } from '../../i18n/lang.ts';
import { sessionIcal } from '../../edition/ical.ts';
import { launch } from '../../launch/launch.ts';
import { placeName } from './places.ts';

/** The visit's address opening this session: the page's path, the edition when the URL named it, the language. */
export function sessionUrl(id: string, lang: Lang, href = location.href): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  if (launch.editionInUrl) url.searchParams.set('edition', launch.edition);
  url.searchParams.set('session', id);
  url.searchParams.set('lang', lang);
  return url.href;
}

export function sessionCalendar(data: EditionData, session: TimedSession, lang: Lang): string {
  const { edition } = data;
  return sessionIcal({
    session,
    zone: edition.timeZone,
    summary: session.title[lang],
    description: session.description[lang],
    location: `${placeName(data, session.place, lang)}, ${edition.title[lang]}, ${edition.city[lang]}`,
    url: sessionUrl(session.id, lang),
    editionId: edition.id,
    stamp: Date.now(),
  });
}

/** Downloads the session's calendar file (`<session id>.ics`). */
export function downloadCalendar(data: EditionData, session: TimedSession, lang: Lang): void {
  const blob = new Blob([sessionCalendar(data, session, lang)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${session.id}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: the download has its own copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
