/** Words of the stand panel and the hotspot buttons, in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';
import { THEME_LABELS } from '../../i18n/themes.ts';
import type { Hotspot, Theme } from '../../edition/schema.ts';

export { formatNumber } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';

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
};

export const PANEL_STRINGS: Record<Lang, PanelStrings> = { fr, ar, en };
