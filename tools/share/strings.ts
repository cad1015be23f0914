/** The words of the pages to share, in the three languages (each page's own text comes from the edition). */
import type { Lang } from '../../src/edition/constants.ts';

export interface ShareStrings {
  /** The link that opens the visit, by what it opens. */
  open: { stand: string; place: string; tour: string; session: string };
  /** What kind of page this is, before its title in the page (not in the tags). */
  kind: { stand: (n: number) => string; place: string; tour: string; session: string };
  /** og:locale. */
  locale: string;
  /** The visit's page in the sitemap and its own title. */
  visit: string;
}

export const SHARE_STRINGS: Record<Lang, ShareStrings> = {
  fr: {
    open: {
      stand: 'Ouvrir la visite 3D à ce stand',
      place: 'Ouvrir la visite 3D à cet endroit',
      tour: 'Commencer cette visite guidée en 3D',
      session: 'Voir ce rendez-vous dans la visite 3D',
    },
    kind: { stand: (n) => `Stand ${n}`, place: 'Espace', tour: 'Visite guidée', session: 'Programme' },
    locale: 'fr_MA',
    visit: 'Visite virtuelle en 3D',
  },
  ar: {
    open: {
      stand: 'افتح الزيارة ثلاثية الأبعاد عند هذا الرواق',
      place: 'افتح الزيارة ثلاثية الأبعاد في هذا الفضاء',
      tour: 'ابدأ هذه الجولة الإرشادية ثلاثية الأبعاد',
      session: 'شاهد هذا الموعد في الزيارة ثلاثية الأبعاد',
    },
    kind: { stand: (n) => `الرواق ${n}`, place: 'فضاء', tour: 'جولة إرشادية', session: 'البرنامج' },
    locale: 'ar_MA',
    visit: 'زيارة افتراضية ثلاثية الأبعاد',
  },
  en: {
    open: {
      stand: 'Open the 3D visit at this stand',
      place: 'Open the 3D visit at this place',
      tour: 'Start this guided tour in 3D',
      session: 'See this session in the 3D visit',
    },
    kind: { stand: (n) => `Stand ${n}`, place: 'Place', tour: 'Guided tour', session: 'Programme' },
    locale: 'en_GB',
    visit: '3D virtual visit',
  },
};
