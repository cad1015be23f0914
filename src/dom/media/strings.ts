/** Words around a hotspot's media (images, videos, links), in every language of the visit; shared by the stand panel and the 2D twin. */
import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../i18n/format.ts';

/** m:ss, always left to right. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface MediaStrings {
  opensInNewTab: string;
  linksOff: string;
  /** On a kiosk, over a link's QR code. */
  linkOnPhone: string;
  imageUnavailable: string;
  videoUnavailable: string;
  duration(seconds: number): string;
  /** Name of each captions track, in its own language. */
  captions: Record<Lang, string>;
  galleryLabel(title: string): string;
  /** The button over a video's poster when it could not start by itself. */
  play: string;
  /** After a thumbnail's own description: what pressing it does. */
  enlarge: string;
  /** The photo viewer. */
  viewerClose: string;
  previousPhoto: string;
  nextPhoto: string;
  /** "Photo 2 of 3". */
  photoCount(n: number, total: number): string;
}

const CAPTIONS: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

export const MEDIA_STRINGS: Record<Lang, MediaStrings> = {
  fr: {
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    linksOff: 'Les liens externes sont désactivés sur cette borne. Adresse\u202f:',
    linkOnPhone: 'Scannez ce code pour ouvrir ce site sur votre téléphone.',
    imageUnavailable: 'Cette image n’a pas pu être chargée.',
    videoUnavailable: 'Cette vidéo n’a pas pu être chargée.',
    duration: (s) => `Durée\u202f: ${clock(s)}`,
    captions: CAPTIONS,
    galleryLabel: (title) => `Galerie de photos\u202f: ${title}`,
    play: 'Lire la vidéo',
    enlarge: '(agrandir)',
    viewerClose: 'Fermer la visionneuse',
    previousPhoto: 'Photo précédente',
    nextPhoto: 'Photo suivante',
    photoCount: (n, total) => `Photo ${formatNumber(n, 'fr')} sur ${formatNumber(total, 'fr')}`,
  },
  ar: {
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    linksOff: 'الروابط الخارجية معطّلة في هذا الجهاز. العنوان:',
    linkOnPhone: 'امسح هذا الرمز لفتح هذا الموقع على هاتفك.',
    imageUnavailable: 'تعذّر تحميل هذه الصورة.',
    videoUnavailable: 'تعذّر تحميل هذا الفيديو.',
    duration: (s) => `المدة: ${clock(s)}`,
    captions: CAPTIONS,
    galleryLabel: (title) => `معرض صور: ${title}`,
    play: 'تشغيل الفيديو',
    enlarge: '(تكبير)',
    viewerClose: 'إغلاق عارض الصور',
    previousPhoto: 'الصورة السابقة',
    nextPhoto: 'الصورة التالية',
    photoCount: (n, total) => `الصورة ${formatNumber(n, 'ar')} من ${formatNumber(total, 'ar')}`,
  },
  en: {
    opensInNewTab: '(opens in a new tab)',
    linksOff: 'External links are turned off on this kiosk. Address:',
    linkOnPhone: 'Scan this code to open this site on your phone.',
    imageUnavailable: 'This image could not be loaded.',
    videoUnavailable: 'This video could not be loaded.',
    duration: (s) => `Length: ${clock(s)}`,
    captions: CAPTIONS,
    galleryLabel: (title) => `Photo gallery: ${title}`,
    play: 'Play the video',
    enlarge: '(enlarge)',
    viewerClose: 'Close the photo viewer',
    previousPhoto: 'Previous photo',
    nextPhoto: 'Next photo',
    photoCount: (n, total) => `Photo ${formatNumber(n, 'en')} of ${formatNumber(total, 'en')}`,
  },
};
