/** Words of the programme (the toolbar button, the dialog, the replay clock) in every language of the visit. */
import type { Lang } from '../../i18n/lang.ts';
import type { SessionKind } from '../../edition/programme.ts';
import { formatNumber } from '../../i18n/format.ts';
import { SESSION_KIND_NAMES } from '../../i18n/sessionKinds.ts';

export interface ProgrammeStrings {
  open: string;
  title: string;
  close: string;
  loading: string;
  loadFailed: string;
  retry: string;
  none: string;
  noMatch: string;
  day: string;
  place: string;
  kind: string;
  allDays: string;
  allPlaces: string;
  allKinds: string;
  kinds: Record<SessionKind, string>;
  /** Plural, for the kind filter's options. */
  kindsPlural: Record<SessionKind, string>;
  onNow: string;
  over: string;
  takeMeThere: string;
  addToCalendar: string;
  recording: string;
  /** Followed by the names. */
  speakers: string;
  sessionsCount(n: number): string;
  /** "Times are the event's own clock" with the zone's words. */
  timesIn(zoneWords: string): string;
  editionOver(city: string, dates: string): string;
  editionAhead(city: string, dates: string): string;
  replay: string;
  replayHint: string;
  replayDay: string;
  replayTime: string;
  replayGo: string;
  backToLive: string;
  replaying(moment: string): string;
  live: string;
}

const fr: ProgrammeStrings = {
  open: 'Programme',
  title: 'Programme des journées',
  close: 'Fermer',
  loading: 'Chargement du programme…',
  loadFailed: 'Le programme n’a pas pu être chargé.',
  retry: 'Réessayer',
  none: 'Cette édition n’a pas de programme.',
  noMatch: 'Aucune séance ne correspond à ces choix.',
  day: 'Jour',
  place: 'Lieu',
  kind: 'Type',
  allDays: 'Tous les jours',
  allPlaces: 'Tous les lieux',
  allKinds: 'Tous les types',
  kinds: SESSION_KIND_NAMES.fr,
  kindsPlural: {
    demonstration: 'Démonstrations',
    seminar: 'Séminaires',
    workshop: 'Ateliers',
    children: 'Activités enfants',
    ceremony: 'Cérémonies',
    'blood-donation': 'Don de sang',
  },
  onNow: 'En cours',
  over: 'Terminé',
  takeMeThere: 'M’y emmener',
  addToCalendar: 'Ajouter à l’agenda',
  recording: 'Voir l’enregistrement',
  speakers: 'Intervenants :',
  sessionsCount: (n) => `${formatNumber(n, 'fr')} séance${n > 1 ? 's' : ''}`,
  timesIn: (zone) => `Horaires à l’heure de l’événement : ${zone}.`,
  editionOver: (city, dates) => `Cette édition est terminée : elle s’est tenue à ${city}, ${dates}.`,
  editionAhead: (city, dates) => `Cette édition n’a pas encore commencé : elle se tiendra à ${city}, ${dates}.`,
  replay: 'Revivre un moment',
  replayHint: 'Choisissez un jour et une heure : toute la visite (programme, panneaux, arènes) se montre comme à cet instant.',
  replayDay: 'Jour',
  replayTime: 'Heure',
  replayGo: 'Revivre',
  backToLive: 'Revenir à l’heure réelle',
  replaying: (moment) => `Visite revécue : ${moment}`,
  live: 'Heure réelle',
};

const ar: ProgrammeStrings = {
  open: 'البرنامج',
  title: 'برنامج الأيام المفتوحة',
  close: 'إغلاق',
  loading: 'جارٍ تحميل البرنامج…',
  loadFailed: 'تعذّر تحميل البرنامج.',
  retry: 'إعادة المحاولة',
  none: 'لا يوجد برنامج لهذه الدورة.',
  noMatch: 'لا توجد فقرة تطابق هذه الاختيارات.',
  day: 'اليوم',
  place: 'المكان',
  kind: 'النوع',
  allDays: 'كل الأيام',
  allPlaces: 'كل الأماكن',
  allKinds: 'كل الأنواع',
  kinds: SESSION_KIND_NAMES.ar,
  kindsPlural: {
    demonstration: 'العروض الميدانية',
    seminar: 'الندوات',
    workshop: 'الورشات',
    children: 'أنشطة الأطفال',
    ceremony: 'الحفلات',
    'blood-donation': 'التبرع بالدم',
  },
  onNow: 'جارٍ الآن',
  over: 'انتهى',
  takeMeThere: 'خذني إلى هناك',
  addToCalendar: 'أضف إلى التقويم',
  recording: 'شاهد التسجيل',
  speakers: 'المتدخلون:',
  sessionsCount: (n) =>
    n === 1 ? 'فقرة واحدة' : n === 2 ? 'فقرتان' : `${formatNumber(n, 'ar')} ${n % 100 >= 3 && n % 100 <= 10 ? 'فقرات' : 'فقرة'}`,
  timesIn: (zone) => `المواعيد بتوقيت التظاهرة: ${zone}.`,
  editionOver: (city, dates) => `انتهت هذه الدورة: أقيمت في ${city}، ${dates}.`,
  editionAhead: (city, dates) => `لم تبدأ هذه الدورة بعد: ستقام في ${city}، ${dates}.`,
  replay: 'استعادة لحظة',
  replayHint: 'اختر يومًا وساعة: تظهر الزيارة كلها (البرنامج واللوحات والحلبات) كما كانت في تلك اللحظة.',
  replayDay: 'اليوم',
  replayTime: 'الساعة',
  replayGo: 'استعادة',
  backToLive: 'العودة إلى الوقت الحقيقي',
  replaying: (moment) => `زيارة مستعادة: ${moment}`,
  live: 'الوقت الحقيقي',
};

const en: ProgrammeStrings = {
  open: 'Programme',
  title: 'Programme of the open days',
  close: 'Close',
  loading: 'Loading the programme…',
  loadFailed: 'The programme could not be loaded.',
  retry: 'Try again',
  none: 'This edition has no programme.',
  noMatch: 'No session matches these choices.',
  day: 'Day',
  place: 'Place',
  kind: 'Kind',
  allDays: 'Every day',
  allPlaces: 'Every place',
  allKinds: 'Every kind',
  kinds: SESSION_KIND_NAMES.en,
  kindsPlural: {
    demonstration: 'Demonstrations',
    seminar: 'Seminars',
    workshop: 'Workshops',
    children: 'Children’s activities',
    ceremony: 'Ceremonies',
    'blood-donation': 'Blood donation',
  },
  onNow: 'On now',
  over: 'Over',
  takeMeThere: 'Take me there',
  addToCalendar: 'Add to calendar',
  recording: 'Watch the recording',
  speakers: 'Speakers:',
  sessionsCount: (n) => `${formatNumber(n, 'en')} session${n > 1 ? 's' : ''}`,
  timesIn: (zone) => `Times are the event’s local time: ${zone}.`,
  editionOver: (city, dates) => `This edition is over: it took place in ${city}, ${dates}.`,
  editionAhead: (city, dates) => `This edition has not begun: it takes place in ${city}, ${dates}.`,
  replay: 'Replay a moment',
  replayHint: 'Choose a day and a time: the whole visit (programme, boards, arenas) shows as it was at that moment.',
  replayDay: 'Day',
  replayTime: 'Time',
  replayGo: 'Replay',
  backToLive: 'Back to the real time',
  replaying: (moment) => `Replaying: ${moment}`,
  live: 'Real time',
};

export const PROGRAMME_STRINGS: Record<Lang, ProgrammeStrings> = { fr, ar, en };
