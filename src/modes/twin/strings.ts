/**
 * Words of the 2D twin (the text version of the visit), in every language. A missing key fails
 * type-checking. One file though near 10 KB: the same keys three times, one language each.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Hotspot } from '../../edition/schema.ts';
import { formatNumber } from '../../i18n/format.ts';
import { listSeparator } from '../../i18n/lists.ts';
import { arabicCount } from '../../i18n/plural.ts';
import { PLAN_STRINGS } from '../../dom/plan/strings.ts';

/** Where a place lies on the site, north at the top of the plan. */
export type Compass = 'north-west' | 'north' | 'north-east' | 'west' | 'centre' | 'east' | 'south-west' | 'south' | 'south-east';

export interface TwinStrings {
  /** The button of the 3D view that opens the twin. */
  open: string;
  /** Name of the twin, in its bar. */
  textVersion: string;
  skip: string;
  language: string;
  back: string;
  /** Why the twin shows instead of the 3D view. */
  noWebGL: string;
  crashed: string;
  loading: string;
  loadFailed: string;
  reload: string;
  contents: string;
  /** The edition's dates, e.g. "du 17 au 21 mai 2024". */
  dates(start: Date, end: Date): string;
  /** "37 stands in 11 places". */
  summary(stands: number, places: number): string;
  /** Text alternative of the plan. */
  planIntro: string;
  compass: Record<Compass, string>;
  /** A place on the plan: its position and the numbers of its stands. */
  placeOnPlan(name: string, where: string, numbers: number[]): string;
  standColours: string;
  covered: string;
  openAir: string;
  theme: string;
  partner: string;
  showIn3D: string;
  /** Read after "Show in 3D" on each stand's button. */
  showIn3DWhat(number: number, name: string): string;
  /** On the stand the 3D visitor was at. */
  current: string;
  onThisStand(n: number): string;
  /** Heading of a place's own hotspots. */
  inThisPlace(n: number): string;
  /** The practical places section (toilets, first aid…). */
  amenities: string;
  amenitiesIntro: string;
  /** Where an amenity is: "near Pavilion A". */
  near(place: string): string;
  hotspotTypes: Record<Hotspot['type'], string>;
}

function dateRange(locale: string, start: Date, end: Date): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    start,
    end,
  );
}

/** Runs of consecutive numbers: [1,2,3,5] → [[1,3],[5,5]]. */
export function numberRuns(numbers: readonly number[]): Array<[number, number]> {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** "1 à 12, 14 et 16"; `from` goes before a range ("من 1 إلى 12"). */
function numberList(numbers: readonly number[], lang: Lang, to: string, and: string, from = ''): string {
  const parts = numberRuns(numbers).flatMap(([a, b]) =>
    b - a < 2
      ? [...new Set([a, b])].map((n) => formatNumber(n, lang))
      : [`${from}${formatNumber(a, lang)} ${to} ${formatNumber(b, lang)}`],
  );
  return parts.length > 1 ? `${parts.slice(0, -1).join(listSeparator(lang))} ${and} ${parts.at(-1)}` : (parts[0] ?? '');
}

const plural = (lang: Lang, n: number) => new Intl.PluralRules(lang).select(n);

const fr: TwinStrings = {
  open: 'Version 2D / texte',
  textVersion: 'Version texte de la visite',
  skip: 'Aller au contenu',
  language: 'Langue',
  back: 'Retour à la 3D',
  noWebGL:
    'Votre navigateur ou votre appareil ne peut pas afficher la 3D (WebGL n’est pas disponible)\u202f: voici la version texte de la visite.',
  crashed: 'La vue 3D s’est arrêtée sur cet appareil\u202f: voici la version texte de la visite.',
  loading: 'Chargement de la visite…',
  loadFailed: 'La visite n’a pas pu être chargée.',
  reload: 'Recharger la page',
  contents: 'Sommaire',
  dates: (start, end) => `Du ${dateRange('fr', start, end).replace(/^(\d+)[–-]/, '$1 au ')}`,
  summary: (stands, places) =>
    `${formatNumber(stands, 'fr')} stand${plural('fr', stands) === 'one' ? '' : 's'} dans ${formatNumber(places, 'fr')} espace${plural('fr', places) === 'one' ? '' : 's'}`,
  planIntro: 'Le nord est en haut du plan. Où se trouvent les espaces\u202f:',
  compass: {
    'north-west': 'au nord-ouest',
    north: 'au nord',
    'north-east': 'au nord-est',
    west: 'à l’ouest',
    centre: 'au centre',
    east: 'à l’est',
    'south-west': 'au sud-ouest',
    south: 'au sud',
    'south-east': 'au sud-est',
  },
  placeOnPlan: (name, where, numbers) =>
    `${name}\u202f: ${where}${numbers.length ? `, stand${numbers.length > 1 ? 's' : ''} ${numberList(numbers, 'fr', 'à', 'et')}` : ''}.`,
  standColours: 'Couleur des stands selon leur thème\u202f:',
  covered: 'Espace couvert',
  openAir: 'En plein air',
  theme: 'Thème',
  partner: 'En partenariat avec',
  showIn3D: 'Voir en 3D',
  showIn3DWhat: (n, name) => `stand ${formatNumber(n, 'fr')}, ${name}`,
  current: 'Vous êtes ici dans la visite 3D',
  onThisStand: (n) => `À voir sur ce stand (${formatNumber(n, 'fr')} point${plural('fr', n) === 'one' ? '' : 's'} d’intérêt)`,
  hotspotTypes: { info: 'Information', video: 'Vidéo', gallery: 'Galerie de photos', link: 'Lien' },
  inThisPlace: (n) => `À découvrir ici (${formatNumber(n, 'fr')} point${plural('fr', n) === 'one' ? '' : 's'} d’intérêt)`,
  amenities: 'Services pratiques',
  amenitiesIntro: 'Toilettes, premiers secours, sortie, parking, accueil, eau et salle de prière, et leur emplacement.',
  near: (place) => `près de : ${place}`,
};

const arStands = PLAN_STRINGS.ar.standsCount;
const arPlaces = (n: number) =>
  arabicCount(n, { zero: 'لا فضاءات', one: 'فضاء واحد', two: 'فضاءين', few: '# فضاءات', many: '# فضاءً', other: '# فضاء' });
const arSpots = (n: number) =>
  arabicCount(n, {
    zero: 'لا توجد نقاط اهتمام',
    one: 'نقطة اهتمام واحدة',
    two: 'نقطتا اهتمام',
    few: '# نقاط اهتمام',
    many: '# نقطةَ اهتمام',
    other: '# نقطة اهتمام',
  });

const ar: TwinStrings = {
  open: 'النسخة ثنائية الأبعاد / النصية',
  textVersion: 'النسخة النصية للزيارة',
  skip: 'الانتقال إلى المحتوى',
  language: 'اللغة',
  back: 'العودة إلى العرض ثلاثي الأبعاد',
  noWebGL: 'لا يستطيع متصفحك أو جهازك عرض المشاهد ثلاثية الأبعاد (تقنية WebGL غير متاحة): إليك النسخة النصية من الزيارة.',
  crashed: 'توقف العرض ثلاثي الأبعاد على هذا الجهاز: إليك النسخة النصية من الزيارة.',
  loading: 'جارٍ تحميل الزيارة…',
  loadFailed: 'تعذّر تحميل الزيارة.',
  reload: 'إعادة تحميل الصفحة',
  contents: 'المحتويات',
  dates: (start, end) => `من ${dateRange('ar-MA', start, end).replace(/^(\d+)\s*[–-]\s*/, '$1 إلى ')}`,
  summary: (stands, places) => `${arStands(stands)} في ${arPlaces(places)}`,
  planIntro: 'الشمال في أعلى الخريطة. مواقع الفضاءات:',
  compass: {
    'north-west': 'في الشمال الغربي',
    north: 'في الشمال',
    'north-east': 'في الشمال الشرقي',
    west: 'في الغرب',
    centre: 'في الوسط',
    east: 'في الشرق',
    'south-west': 'في الجنوب الغربي',
    south: 'في الجنوب',
    'south-east': 'في الجنوب الشرقي',
  },
  placeOnPlan: (name, where, numbers) =>
    `${name}: ${where}${numbers.length ? `، ${numbers.length > 1 ? 'الأروقة' : 'الرواق'} ${numberList(numbers, 'ar', 'إلى', 'و', 'من ')}` : ''}.`,
  standColours: 'لون كل رواق حسب موضوعه:',
  covered: 'فضاء مغطى',
  openAir: 'في الهواء الطلق',
  theme: 'الموضوع',
  partner: 'بشراكة مع',
  showIn3D: 'عرض في الزيارة ثلاثية الأبعاد',
  showIn3DWhat: (n, name) => `الرواق ${formatNumber(n, 'ar')}، ${name}`,
  current: 'أنت هنا في الزيارة ثلاثية الأبعاد',
  onThisStand: (n) => `ما يمكن مشاهدته في هذا الرواق (${arSpots(n)})`,
  hotspotTypes: { info: 'معلومة', video: 'فيديو', gallery: 'معرض صور', link: 'رابط' },
  inThisPlace: (n) => `ما يمكن اكتشافه هنا (${arSpots(n)})`,
  amenities: 'المرافق العملية',
  amenitiesIntro: 'المراحيض والإسعافات الأولية والمخرج وموقف السيارات والاستقبال والماء ومكان الصلاة، ومواقعها.',
  near: (place) => `بالقرب من: ${place}`,
};

const en: TwinStrings = {
  open: '2D / text version',
  textVersion: 'Text version of the visit',
  skip: 'Skip to content',
  language: 'Language',
  back: 'Back to 3D',
  noWebGL: 'Your browser or device cannot display 3D (WebGL is unavailable): here is the text version of the visit.',
  crashed: 'The 3D view stopped on this device: here is the text version of the visit.',
  loading: 'Loading the visit…',
  loadFailed: 'The visit could not be loaded.',
  reload: 'Reload the page',
  contents: 'Contents',
  dates: (start, end) => dateRange('en-GB', start, end),
  summary: (stands, places) =>
    `${formatNumber(stands, 'en')} stand${plural('en', stands) === 'one' ? '' : 's'} in ${formatNumber(places, 'en')} place${plural('en', places) === 'one' ? '' : 's'}`,
  planIntro: 'North is at the top of the plan. Where the places are:',
  compass: {
    'north-west': 'in the north-west',
    north: 'in the north',
    'north-east': 'in the north-east',
    west: 'in the west',
    centre: 'in the centre',
    east: 'in the east',
    'south-west': 'in the south-west',
    south: 'in the south',
    'south-east': 'in the south-east',
  },
  placeOnPlan: (name, where, numbers) =>
    `${name}: ${where}${numbers.length ? `, stand${numbers.length > 1 ? 's' : ''} ${numberList(numbers, 'en', 'to', 'and')}` : ''}.`,
  standColours: 'Stands are coloured by theme:',
  covered: 'Covered space',
  openAir: 'Open air',
  theme: 'Theme',
  partner: 'In partnership with',
  showIn3D: 'Show in 3D',
  showIn3DWhat: (n, name) => `stand ${formatNumber(n, 'en')}, ${name}`,
  current: 'You are here in the 3D visit',
  onThisStand: (n) => `On this stand (${formatNumber(n, 'en')} point${plural('en', n) === 'one' ? '' : 's'} of interest)`,
  hotspotTypes: { info: 'Information', video: 'Video', gallery: 'Photo gallery', link: 'Link' },
  inThisPlace: (n) => `To discover here (${formatNumber(n, 'en')} point${plural('en', n) === 'one' ? '' : 's'} of interest)`,
  amenities: 'Practical services',
  amenitiesIntro: 'Toilets, first aid, the exit, parking, information, water and the prayer room, and where they are.',
  near: (place) => `near ${place}`,
};

export const TWIN_STRINGS: Record<Lang, TwinStrings> = { fr, ar, en };
