/** Words of the stand panel and the hotspot buttons, in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';
import { THEME_LABELS } from '../../i18n/themes.ts';
import type { Hotspot, Theme } from '../../scene/schema.ts';

export { formatNumber } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';

/** m:ss, always left to right. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

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
  opensInNewTab: string;
  linksOff: string;
  imageUnavailable: string;
  videoUnavailable: string;
  duration(seconds: number): string;
  /** Name of each captions track, in its own language. */
  captions: Record<Lang, string>;
  galleryLabel(title: string): string;
  /** A hotspot button's accessible name and visible label. */
  hotspotLabel(number: number, standName: string, title: string): string;
  nearbyHotspots: string;
}

const CAPTIONS: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

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
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  linksOff: 'Les liens externes sont désactivés sur cette borne. Adresse :',
  imageUnavailable: 'Cette image n’a pas pu être chargée.',
  videoUnavailable: 'Cette vidéo n’a pas pu être chargée.',
  duration: (s) => `Durée\u202f: ${clock(s)}`,
  captions: CAPTIONS,
  galleryLabel: (title) => `Galerie de photos\u202f: ${title}`,
  hotspotLabel: (n, name, title) => `Stand ${formatNumber(n, 'fr')}, ${name}\u202f: ${title}`,
  nearbyHotspots: 'Points d’intérêt à proximité',
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
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  linksOff: 'الروابط الخارجية معطّلة في هذا الجهاز. العنوان:',
  imageUnavailable: 'تعذّر تحميل هذه الصورة.',
  videoUnavailable: 'تعذّر تحميل هذا الفيديو.',
  duration: (s) => `المدة: ${clock(s)}`,
  captions: CAPTIONS,
  galleryLabel: (title) => `معرض صور: ${title}`,
  hotspotLabel: (n, name, title) => `الرواق ${formatNumber(n, 'ar')}، ${name}: ${title}`,
  nearbyHotspots: 'نقاط الاهتمام القريبة',
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
  opensInNewTab: '(opens in a new tab)',
  linksOff: 'External links are turned off on this kiosk. Address:',
  imageUnavailable: 'This image could not be loaded.',
  videoUnavailable: 'This video could not be loaded.',
  duration: (s) => `Length: ${clock(s)}`,
  captions: CAPTIONS,
  galleryLabel: (title) => `Photo gallery: ${title}`,
  hotspotLabel: (n, name, title) => `Stand ${formatNumber(n, 'en')}, ${name}: ${title}`,
  nearbyHotspots: 'Points of interest nearby',
};

export const PANEL_STRINGS: Record<Lang, PanelStrings> = { fr, ar, en };
