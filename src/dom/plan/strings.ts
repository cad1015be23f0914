/** Words of the site plan and the stand list, in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';
import { THEME_LABELS } from '../../i18n/themes.ts';
import type { AmenityKind } from '../../edition/constants.ts';
import type { Theme, ZoneKind } from '../../edition/schema.ts';

export { formatNumber } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';
import { arabicCount } from '../../i18n/plural.ts';

export interface PlanStrings {
  /** Short label on the corner plan. */
  planShort: string;
  /** Folds the corner plan away to a small button, and back. */
  foldPlan: string;
  unfoldPlan: string;
  planTitle: string;
  openPlan: string;
  closePlan: string;
  planHint: string;
  /** Accessible name of the interactive map. */
  planLabel: string;
  zoomIn: string;
  zoomOut: string;
  north: string;
  northShort: string;
  youAreHere: string;
  legend: string;
  closeLegend: string;
  places: string;
  /** The legend's heading over the amenity symbols. */
  amenities: string;
  amenityKinds: Record<AmenityKind, string>;
  /** Accessible name of an amenity: its kind, and what tells it apart when it has a name. */
  amenityLabel(kind: AmenityKind, name?: string): string;
  /** The button of a chosen stand's or place's label that travels there. */
  goThere: string;
  /** A chosen point of the plan outside any place. */
  thisSpot: string;
  walkways: string;
  standsByTheme: string;
  zoneKinds: Record<ZoneKind, string>;
  themes: Record<Theme, string>;
  /** The word before a stand's number. */
  standWord: string;
  /** Accessible name of a stand on the plan. */
  standLabel(number: number, name: string): string;
  standsOpen: string;
  standsTitle: string;
  standsClose: string;
  standsCount(n: number): string;
}

const fr: PlanStrings = {
  planShort: 'Plan',
  foldPlan: 'Replier le plan',
  unfoldPlan: 'Afficher le plan',
  planTitle: 'Plan du site',
  openPlan: 'Ouvrir le plan du site',
  closePlan: 'Fermer le plan',
  planHint: 'Choisissez un stand ou un endroit du plan pour vous y rendre.',
  planLabel: 'Plan du site, le nord en haut',
  zoomIn: 'Agrandir le plan',
  zoomOut: 'Réduire le plan',
  north: 'Nord',
  northShort: 'N',
  youAreHere: 'Vous êtes ici',
  legend: 'Légende',
  closeLegend: 'Fermer la légende',
  places: 'Lieux',
  amenities: 'Services',
  amenityKinds: {
    toilets: 'Toilettes',
    'first-aid': 'Premiers secours',
    exit: 'Sortie',
    parking: 'Parking',
    information: 'Accueil et information',
    water: 'Eau potable',
    prayer: 'Salle de prière',
  },
  amenityLabel: (kind, name) => (name ? `${fr.amenityKinds[kind]}, ${name}` : fr.amenityKinds[kind]),
  goThere: 'Y aller',
  thisSpot: 'Cet endroit',
  walkways: 'Allées',
  standsByTheme: 'Stands par thème',
  zoneKinds: {
    pavilion: 'Pavillon d’exposition',
    children: 'Pavillon des enfants',
    seminar: 'Salle des séminaires',
    'blood-donation': 'Espace don du sang',
    demonstration: 'Aire de démonstration',
    entrance: 'Entrée',
    outdoor: 'Exposition en plein air',
  },
  themes: THEME_LABELS.fr,
  standWord: 'Stand',
  standLabel: (n, name) => `Stand ${formatNumber(n, 'fr')}\u202f: ${name}`,
  standsOpen: 'Aller à un stand',
  standsTitle: 'Aller à un stand',
  standsClose: 'Fermer la liste des stands',
  standsCount: (n) => `${formatNumber(n, 'fr')} stand${new Intl.PluralRules('fr').select(n) === 'one' ? '' : 's'}`,
};

const arabicStands = (n: number) =>
  arabicCount(n, { zero: 'لا أروقة', one: 'رواق واحد', two: 'رواقان', few: '# أروقة', many: '# رواقاً', other: '# رواق' });

const ar: PlanStrings = {
  planShort: 'الخريطة',
  foldPlan: 'طي الخريطة',
  unfoldPlan: 'إظهار الخريطة',
  planTitle: 'خريطة الموقع',
  openPlan: 'فتح الخريطة',
  closePlan: 'إغلاق الخريطة',
  planHint: 'اختر رواقاً أو مكاناً على الخريطة للانتقال إليه.',
  planLabel: 'خريطة الموقع، الشمال في الأعلى',
  zoomIn: 'تكبير الخريطة',
  zoomOut: 'تصغير الخريطة',
  north: 'الشمال',
  northShort: 'ش',
  youAreHere: 'أنت هنا',
  legend: 'مفتاح الخريطة',
  closeLegend: 'إغلاق مفتاح الخريطة',
  places: 'الأماكن',
  amenities: 'الخدمات',
  amenityKinds: {
    toilets: 'دورات المياه',
    'first-aid': 'الإسعافات الأولية',
    exit: 'مخرج',
    parking: 'موقف السيارات',
    information: 'الاستقبال والإرشادات',
    water: 'ماء الشرب',
    prayer: 'مصلى',
  },
  amenityLabel: (kind, name) => (name ? `${ar.amenityKinds[kind]}، ${name}` : ar.amenityKinds[kind]),
  goThere: 'الذهاب إلى هناك',
  thisSpot: 'هذا المكان',
  walkways: 'الممرات',
  standsByTheme: 'الأروقة حسب الموضوع',
  zoneKinds: {
    pavilion: 'جناح عرض مغطى',
    children: 'رواق الأطفال',
    seminar: 'قاعة الندوات',
    'blood-donation': 'فضاء التبرع بالدم',
    demonstration: 'فضاء العروض',
    entrance: 'المدخل',
    outdoor: 'معرض في الهواء الطلق',
  },
  themes: THEME_LABELS.ar,
  standWord: 'الرواق',
  standLabel: (n, name) => `الرواق ${formatNumber(n, 'ar')}: ${name}`,
  standsOpen: 'الانتقال إلى رواق',
  standsTitle: 'الانتقال إلى رواق',
  standsClose: 'إغلاق قائمة الأروقة',
  standsCount: arabicStands,
};

const en: PlanStrings = {
  planShort: 'Plan',
  foldPlan: 'Fold the plan away',
  unfoldPlan: 'Show the plan',
  planTitle: 'Site plan',
  openPlan: 'Open the site plan',
  closePlan: 'Close the plan',
  planHint: 'Choose a stand or a place on the plan to go there.',
  planLabel: 'Site plan, north at the top',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  north: 'North',
  northShort: 'N',
  youAreHere: 'You are here',
  legend: 'Legend',
  closeLegend: 'Close the legend',
  places: 'Places',
  amenities: 'Amenities',
  amenityKinds: {
    toilets: 'Toilets',
    'first-aid': 'First aid',
    exit: 'Exit',
    parking: 'Parking',
    information: 'Information desk',
    water: 'Drinking water',
    prayer: 'Prayer room',
  },
  amenityLabel: (kind, name) => (name ? `${en.amenityKinds[kind]}, ${name}` : en.amenityKinds[kind]),
  goThere: 'Go there',
  thisSpot: 'This spot',
  walkways: 'Walkways',
  standsByTheme: 'Stands by theme',
  zoneKinds: {
    pavilion: 'Exhibition pavilion',
    children: 'Children’s pavilion',
    seminar: 'Seminar hall',
    'blood-donation': 'Blood-donation space',
    demonstration: 'Demonstration arena',
    entrance: 'Entrance',
    outdoor: 'Open-air exhibition',
  },
  themes: THEME_LABELS.en,
  standWord: 'Stand',
  standLabel: (n, name) => `Stand ${formatNumber(n, 'en')}: ${name}`,
  standsOpen: 'Take me to a stand',
  standsTitle: 'Take me to a stand',
  standsClose: 'Close the stand list',
  standsCount: (n) => `${formatNumber(n, 'en')} stand${new Intl.PluralRules('en').select(n) === 'one' ? '' : 's'}`,
};

export const PLAN_STRINGS: Record<Lang, PlanStrings> = { fr, ar, en };
