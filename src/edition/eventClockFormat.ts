/**
 * The event's clock in words, per language: a session's time on the event's wall clock (24 h, with
 * the city and the zone's offset as Intl names it, so a visitor abroad is not misled), its day, and
 * "starts in 12 min" countdowns. Western digits in every language, as the rest of the visit writes
 * them. Pure, zod-free; the instants come from eventClock.ts.
 */
import type { Lang } from './constants.ts';
import type { TimedSession } from './eventClock.ts';
import { minutesUp } from './eventClock.ts';

/** The Intl locale of a language (Moroccan Arabic conventions, Latin digits). */
const LOCALE: Record<Lang, string> = { fr: 'fr', ar: 'ar-MA', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, zone: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang}|${zone}|${key}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: zone, numberingSystem: 'latn' });
    formatters.set(id, f);
  }
  return f;
}

/** `15:00`: the event's wall clock at `instant`, 24 h. */
export function formatClock(instant: number, zone: string, lang: Lang): string {
  return formatter(lang, zone, 'clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** The zone's offset at `instant` as Intl writes it: `UTC+1` (fr), `GMT+1` (en), `غرينتش+1` (ar). */
export function zoneLabel(instant: number, zone: string, lang: Lang): string {
  const parts = formatter(lang, zone, 'offset', { hour: 'numeric', timeZoneName: 'shortOffset' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** `heure d'Agadir, UTC+1` / `بتوقيت أكادير، غرينتش+1` / `Agadir time, GMT+1`; the offset alone without a city. */
export function zoneWords(instant: number, zone: string, lang: Lang, city?: string): string {
  const offset = zoneLabel(instant, zone, lang);
  if (!city) return offset;
  switch (lang) {
    case 'fr':
      return `heure ${/^[aeiouyàâéèêîïôûAEIOUYÀÂÉÈÊÎÏÔÛ]/.test(city) ? "d'" : 'de '}${city}, ${offset}`;
    case 'ar':
      return `بتوقيت ${city}، ${offset}`;
    case 'en':
      return `${city} time, ${offset}`;
  }
}

/** `15:00 (heure d'Agadir, UTC+1)`: one instant on the event's clock; `city` in the language, if given. */
export function formatEventTime(instant: number, zone: string, lang: Lang, city?: string): string {
  return `${formatClock(instant, zone, lang)} (${zoneWords(instant, zone, lang, city)})`;
}

/**
 * A session's hours on the event's clock: `15:00–15:45 (heure d'Agadir, UTC+1)`,
 * `من 15:00 إلى 15:45 (بتوقيت أكادير، غرينتش+1)`, `15:00–15:45 (Agadir time, GMT+1)`.
 */
export function formatSessionTime(session: TimedSession, zone: string, lang: Lang, city?: string): string {
  const from = formatClock(session.startAt, zone, lang);
  const to = formatClock(session.endAt, zone, lang);
  const hours = lang === 'ar' ? `من ${from} إلى ${to}` : `${from}–${to}`;
  return `${hours} (${zoneWords(session.startAt, zone, lang, city)})`;
}

/** The day of `instant` on the event's calendar: `samedi 18 mai`, `السبت 18 ماي`, `Saturday 18 May`. */
export function formatEventDay(instant: number, zone: string, lang: Lang): string {
  return formatter(lang, zone, 'day', { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
}

/** The session's day on the event's calendar. */
export function formatSessionDay(session: TimedSession, zone: string, lang: Lang): string {
  return formatEventDay(session.startAt, zone, lang);
}

/**
 * The edition's days as one range, `17–21 mai 2024` / `17–21 May 2024` / Arabic as Intl writes it:
 * plain calendar dates (read at noon UTC, so no zone moves them to the day before).
 */
export function formatDateRange(dates: { start: string; end: string }, lang: Lang): string {
  const f = formatter(lang, 'UTC', 'range', { day: 'numeric', month: 'long', year: 'numeric' });
  return f.formatRange(Date.parse(`${dates.start}T12:00:00Z`), Date.parse(`${dates.end}T12:00:00Z`));
}

/** Arabic counted nouns: 1 and 2 have their own forms, 3–10 the plural, 11 and over the singular. */
function arabicCount(n: number, one: string, two: string, few: string, many: string): string {
  if (n === 1) return one;
  if (n === 2) return two;
  const rest = n % 100;
  return `${n} ${rest >= 3 && rest <= 10 ? few : many}`;
}

/** `2 h 5 min`, `ساعتين و5 دقائق`, `3 days`: a duration rounded up to the minute, then to the day past 24 h. */
export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(1, minutesUp(ms));
  if (total >= 24 * 60) {
    const d = Math.round(total / (24 * 60));
    if (lang === 'ar') return arabicCount(d, 'يوم واحد', 'يومين', 'أيام', 'يومًا');
    return lang === 'fr' ? `${d} jour${d > 1 ? 's' : ''}` : `${d} day${d > 1 ? 's' : ''}`;
  }
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (lang === 'ar') {
    const minutes = m ? arabicCount(m, 'دقيقة واحدة', 'دقيقتين', 'دقائق', 'دقيقة') : '';
    const hours = h ? arabicCount(h, 'ساعة واحدة', 'ساعتين', 'ساعات', 'ساعة') : '';
    return hours && minutes ? `${hours} و${minutes}` : hours || minutes;
  }
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

const NOW: Record<'starts' | 'ends', Record<Lang, string>> = {
  starts: { fr: 'commence maintenant', ar: 'يبدأ الآن', en: 'starting now' },
  ends: { fr: 'se termine maintenant', ar: 'ينتهي الآن', en: 'ending now' },
};

/** `starts in 12 min` / `commence dans 12 min` / `يبدأ بعد 12 دقيقة` (or `ends in …`); "now" at or under zero. */
export function countdown(ms: number, lang: Lang, what: 'starts' | 'ends' = 'starts'): string {
  if (ms <= 0) return NOW[what][lang];
  const d = formatDuration(ms, lang);
  switch (lang) {
    case 'fr':
      return `${what === 'starts' ? 'commence' : 'se termine'} dans ${d}`;
    case 'ar':
      return `${what === 'starts' ? 'يبدأ' : 'ينتهي'} بعد ${d}`;
    case 'en':
      return `${what === 'starts' ? 'starts' : 'ends'} in ${d}`;
  }
}
