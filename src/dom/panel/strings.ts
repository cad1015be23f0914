/** Words of the stand panel and the hotspot buttons, in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';
import { THEME_LABELS } from '../../i18n/themes.ts';
import type { Hotspot, Theme } from '../../edition/schema.ts';

export { formatNumber } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';
import { arabicCount } from '../../i18n/plural.ts';

export interface PanelStrings {
  /** The word before a stand's number. */
  standWord: string;
  /** "Stand 15" as a screen reader says it before the name. */
  standNumber(n: number): string;
  theme: string;
  themes: Record<Theme, string>;
  partner: string;
  close: string;
  /** Heading over the stand's hotspots. */
  onThisStand: string;
  hotspotTypes: Record<Hotspot['type'], string>;
  goToStand: string;
  share: string;
  shareHint: string;
  copied: string;
  copyManually: string;
  shareField: string;
  /** A hotspot button's accessible name and visible label. */
  hotspotLabel(number: number, standName: string, title: string): string;
  nearbyHotspots: string;
  /** The stand's 3D details (props, its own model) failed to load; the panel still has everything. */
  modelUnavailable: string;
  /** A place's panel: what "Go to" and the hotspots heading say there. */
  goToPlace: string;
  onThisPlace: string;
  /** Before a place's kind, for screen readers ("Place: Exhibition pavilion"). */
  kind: string;
  /** Heading of a place's figures, for screen readers. */
  figures: string;
  area: string;
  /** An area in square metres, the number already written the language's way. */
  squareMetres(n: string): string;
  standsHeld: string;
  standsCount(n: number): string;
  /** The hops between stands, in the panel's footer. */
  hops: string;
  previousStand: string;
  nextStand: string;
  /** The same, shown on phones (the full words stay in the button's name). */
  previousShort: string;
  nextShort: string;
  /** A hop button's full name: its visible label, then where it goes. */
  hopLabel(label: string, number: number, name: string): string;
}

const fr: PanelStrings = {
  standWord: 'Stand',
  standNumber: (n) => `Stand ${formatNumber(n, 'fr')}`,
  theme: 'Thème',
  themes: THEME_LABELS.fr,
  partner: 'En partenariat avec',
  close: 'Fermer la fiche du stand',
  onThisStand: 'À voir sur ce stand',
  hotspotTypes: { info: 'Information', video: 'Vidéo', gallery: 'Galerie de photos', link: 'Lien' },
  goToStand: 'Aller à ce stand',
  share: 'Partager',
  shareHint: 'Copier le lien de cette fiche',
  copied: 'Lien copié dans le presse-papiers.',
  copyManually: 'Copiez ce lien :',
  shareField: 'Lien de la fiche',
  hotspotLabel: (n, name, title) => `Stand ${formatNumber(n, 'fr')}, ${name}\u202f: ${title}`,
  nearbyHotspots: 'Points d’intérêt à proximité',
  modelUnavailable:
    'Les éléments 3D de ce stand n’ont pas pu être chargés\u202f: il apparaît sans son décor. Sa présentation, ses photos et ses vidéos restent disponibles ici.',
  goToPlace: 'Aller à cet endroit',
  onThisPlace: 'À voir ici',
  kind: 'Lieu',
  figures: 'En chiffres',
  area: 'Surface',
  squareMetres: (n) => `${n}\u202fm²`,
  standsHeld: 'Stands',
  standsCount: (n) => `${formatNumber(n, 'fr')} stand${new Intl.PluralRules('fr').select(n) === 'one' ? '' : 's'}`,
  hops: 'Stands voisins',
  previousStand: 'Stand précédent',
  nextStand: 'Stand suivant',
  previousShort: 'Précédent',
  nextShort: 'Suivant',
  hopLabel: (label, n, name) => `${label}\u202f: ${formatNumber(n, 'fr')}, ${name}`,
};

const ar: PanelStrings = {
  standWord: 'الرواق',
  standNumber: (n) => `الرواق ${formatNumber(n, 'ar')}`,
  theme: 'الموضوع',
  themes: THEME_LABELS.ar,
  partner: 'بشراكة مع',
  close: 'إغلاق بطاقة الرواق',
  onThisStand: 'ما يمكن مشاهدته في هذا الرواق',
  hotspotTypes: { info: 'معلومة', video: 'فيديو', gallery: 'معرض صور', link: 'رابط' },
  goToStand: 'الانتقال إلى هذا الرواق',
  share: 'مشاركة',
  shareHint: 'نسخ رابط هذه البطاقة',
  copied: 'تم نسخ الرابط إلى الحافظة.',
  copyManually: 'انسخ هذا الرابط:',
  shareField: 'رابط البطاقة',
  hotspotLabel: (n, name, title) => `الرواق ${formatNumber(n, 'ar')}، ${name}: ${title}`,
  nearbyHotspots: 'نقاط الاهتمام القريبة',
  modelUnavailable:
    'تعذّر تحميل العناصر ثلاثية الأبعاد لهذا الرواق، لذلك يظهر دون تجهيزاته. يبقى تقديمه وصوره ومقاطع الفيديو الخاصة به متاحة هنا.',
  goToPlace: 'الانتقال إلى هذا المكان',
  onThisPlace: 'ما يمكن مشاهدته هنا',
  kind: 'المكان',
  figures: 'بالأرقام',
  area: 'المساحة',
  squareMetres: (n) => `${n} م²`,
  standsHeld: 'الأروقة',
  standsCount: (n) =>
    arabicCount(n, { zero: 'لا أروقة', one: 'رواق واحد', two: 'رواقان', few: '# أروقة', many: '# رواقاً', other: '# رواق' }),
  hops: 'الأروقة المجاورة',
  previousStand: 'الرواق السابق',
  nextStand: 'الرواق التالي',
  previousShort: 'السابق',
  nextShort: 'التالي',
  hopLabel: (label, n, name) => `${label}: ${formatNumber(n, 'ar')}، ${name}`,
};

const en: PanelStrings = {
  standWord: 'Stand',
  standNumber: (n) => `Stand ${formatNumber(n, 'en')}`,
  theme: 'Theme',
  themes: THEME_LABELS.en,
  partner: 'In partnership with',
  close: 'Close the stand panel',
  onThisStand: 'On this stand',
  hotspotTypes: { info: 'Information', video: 'Video', gallery: 'Photo gallery', link: 'Link' },
  goToStand: 'Go to this stand',
  share: 'Share',
  shareHint: 'Copy the link to this panel',
  copied: 'Link copied to the clipboard.',
  copyManually: 'Copy this link:',
  shareField: 'Link to this panel',
  hotspotLabel: (n, name, title) => `Stand ${formatNumber(n, 'en')}, ${name}: ${title}`,
  nearbyHotspots: 'Points of interest nearby',
  modelUnavailable:
    'The 3D details of this stand could not be loaded, so it appears without its fittings. Its description, photos and videos are all still here.',
  goToPlace: 'Go to this place',
  onThisPlace: 'To see here',
  kind: 'Place',
  figures: 'In figures',
  area: 'Area',
  squareMetres: (n) => `${n} m²`,
  standsHeld: 'Stands',
  standsCount: (n) => `${formatNumber(n, 'en')} stand${n === 1 ? '' : 's'}`,
  hops: 'Neighbouring stands',
  previousStand: 'Previous stand',
  nextStand: 'Next stand',
  previousShort: 'Previous',
  nextShort: 'Next',
  hopLabel: (label, n, name) => `${label}: ${formatNumber(n, 'en')}, ${name}`,
};

export const PANEL_STRINGS: Record<Lang, PanelStrings> = { fr, ar, en };
