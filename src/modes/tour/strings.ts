/** Words of the guided tours (the toolbar button, the picker, the caption card) in every language of the visit. */
import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../i18n/format.ts';
import { arabicCount } from '../../i18n/plural.ts';

export interface TourStrings {
  /** The toolbar button, and the card's region name. */
  open: string;
  pickerTitle: string;
  pickerHint: string;
  close: string;
  loading: string;
  loadFailed: string;
  none: string;
  stopsCount(n: number): string;
  /** About how long a tour takes, in whole minutes. */
  minutes(n: number): string;
  stopOf(i: number, n: number): string;
  previous: string;
  next: string;
  pause: string;
  resume: string;
  stop: string;
  paused: string;
  openStand: string;
  openPlace: string;
  finished: string;
  finishedHint(title: string, stops: number): string;
  restart: string;
}

const fr: TourStrings = {
  open: 'Visite guidée',
  pickerTitle: 'Visites guidées',
  pickerHint: 'Choisissez une visite : elle vous emmène d’étape en étape et vous raconte chacune.',
  close: 'Fermer',
  loading: 'Chargement des visites…',
  loadFailed: 'Les visites guidées n’ont pas pu être chargées.',
  none: 'Cette édition n’a pas de visite guidée.',
  stopsCount: (n) => `${formatNumber(n, 'fr')} étape${n > 1 ? 's' : ''}`,
  minutes: (n) => `environ ${formatNumber(n, 'fr')} min`,
  stopOf: (i, n) => `Étape ${formatNumber(i, 'fr')} sur ${formatNumber(n, 'fr')}`,
  previous: 'Étape précédente',
  next: 'Étape suivante',
  pause: 'Mettre la visite en pause',
  resume: 'Reprendre la visite',
  stop: 'Arrêter la visite',
  paused: 'En pause',
  openStand: 'Ouvrir le stand',
  openPlace: 'Ouvrir le lieu',
  finished: 'Visite terminée',
  finishedHint: (title, stops) => `Vous avez vu les ${formatNumber(stops, 'fr')} étapes de « ${title} ».`,
  restart: 'Recommencer',
};

const ar: TourStrings = {
  open: 'جولة إرشادية',
  pickerTitle: 'الجولات الإرشادية',
  pickerHint: 'اختر جولة تنقلك من محطة إلى أخرى وتعرّفك بكل واحدة منها.',
  close: 'إغلاق',
  loading: 'جارٍ تحميل الجولات…',
  loadFailed: 'تعذّر تحميل الجولات الإرشادية.',
  none: 'لا توجد جولات إرشادية في هذه الدورة.',
  stopsCount: (n) =>
    arabicCount(n, { zero: 'لا محطات', one: 'محطة واحدة', two: 'محطتان', few: '# محطات', many: '# محطة', other: '# محطة' }),
  minutes: (n) =>
    `نحو ${arabicCount(n, { zero: '# دقيقة', one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' })}`,
  stopOf: (i, n) => `المحطة ${formatNumber(i, 'ar')} من ${formatNumber(n, 'ar')}`,
  previous: 'المحطة السابقة',
  next: 'المحطة التالية',
  pause: 'إيقاف الجولة مؤقتاً',
  resume: 'استئناف الجولة',
  stop: 'إنهاء الجولة',
  paused: 'متوقفة مؤقتاً',
  openStand: 'فتح بطاقة الرواق',
  openPlace: 'فتح بطاقة الفضاء',
  finished: 'انتهت الجولة',
  finishedHint: (title) => `شاهدت جميع محطات جولة «${title}».`,
  restart: 'إعادة الجولة',
};

const en: TourStrings = {
  open: 'Guided tour',
  pickerTitle: 'Guided tours',
  pickerHint: 'Pick a tour: it takes you from stop to stop and tells you about each one.',
  close: 'Close',
  loading: 'Loading the tours…',
  loadFailed: 'The guided tours could not be loaded.',
  none: 'This edition has no guided tour.',
  stopsCount: (n) => `${formatNumber(n, 'en')} stop${n === 1 ? '' : 's'}`,
  minutes: (n) => `about ${formatNumber(n, 'en')} min`,
  stopOf: (i, n) => `Stop ${formatNumber(i, 'en')} of ${formatNumber(n, 'en')}`,
  previous: 'Previous stop',
  next: 'Next stop',
  pause: 'Pause the tour',
  resume: 'Resume the tour',
  stop: 'Stop the tour',
  paused: 'Paused',
  openStand: 'Open the stand',
  openPlace: 'Open the place',
  finished: 'Tour finished',
  finishedHint: (title, stops) => `You have seen all ${formatNumber(stops, 'en')} stops of “${title}”.`,
  restart: 'Restart',
};

export const TOUR_STRINGS: Record<Lang, TourStrings> = { fr, ar, en };
