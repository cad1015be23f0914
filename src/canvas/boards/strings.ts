/**
 * The words of the programme boards in the world, in every language of the visit. The programme's
 * page words cannot be imported from the 3D side (tools/lint/layers.js), so these are written here;
 * the countdowns and clock times come from src/edition/eventClockFormat.ts.
 */
import type { Lang } from '../../i18n/lang.ts';

export interface BoardStrings {
  /** The heading of what is on. */
  now: string;
  /** The heading of what comes next. */
  next: string;
  /** Nothing on at the place at this moment. */
  nothingNow: string;
  /** Nothing more at the place in the programme. */
  nothingNext: string;
  /** The programme is on its way. */
  loading: string;
  /** The programme could not be loaded, or the edition has none. */
  unavailable: string;
  /** The times are the editors' estimate (the programme's `indicative`). */
  indicative: string;
  /** A session's hours: `15:00–15:45`. */
  range(from: string, to: string): string;
  /** The clock the times are on: the city and the zone's offset as Intl writes it. */
  localTime(city: string, offset: string): string;
}

export const BOARD_STRINGS: Record<Lang, BoardStrings> = {
  fr: {
    now: 'En ce moment',
    next: 'À suivre',
    nothingNow: 'Rien en ce moment',
    nothingNext: 'Plus rien de prévu ici',
    loading: 'Chargement du programme…',
    unavailable: 'Programme indisponible',
    indicative: 'Horaires indicatifs',
    range: (from, to) => `${from}–${to}`,
    localTime: (city, offset) => `Heure locale (${city}, ${offset})`,
  },
  ar: {
    now: 'الآن',
    next: 'الموعد التالي',
    nothingNow: 'لا يوجد نشاط حاليا',
    nothingNext: 'لا نشاط آخر مبرمج هنا',
    loading: 'جارٍ تحميل البرنامج…',
    unavailable: 'البرنامج غير متاح',
    indicative: 'مواعيد تقريبية',
    range: (from, to) => `من ${from} إلى ${to}`,
    localTime: (city, offset) => `التوقيت المحلي (${city}، ${offset})`,
  },
  en: {
    now: 'Now',
    next: 'Next',
    nothingNow: 'Nothing on now',
    nothingNext: 'Nothing more planned here',
    loading: 'Loading the programme…',
    unavailable: 'Programme unavailable',
    indicative: 'Indicative times',
    range: (from, to) => `${from}–${to}`,
    localTime: (city, offset) => `Local time (${city}, ${offset})`,
  },
};
