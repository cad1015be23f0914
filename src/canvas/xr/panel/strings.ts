/**
 * The words of the stand panel painted in the headset: its buttons, in every language of the visit.
 * "Close" is the interface's own word (src/i18n/strings.ts). The HTML panel's words
 * (src/dom/panel/strings.ts) cannot be imported from the 3D side (tools/lint/layers.js), so the
 * others are written here, in the same terms: "point" as in "Points d’intérêt", "نقاط الاهتمام".
 */
import { formatNumber } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { STRINGS } from '../../../i18n/strings.ts';

export interface XrPanelStrings {
  close: string;
  previousHotspot: string;
  nextHotspot: string;
  previousPage: string;
  nextPage: string;
  /** What is shown between the page buttons: "2 / 3", numbers written the language's way. */
  pageCount(page: number, total: number): string;
  /** The same, in words, for a hint or a screen reader: "Page 2 sur 3". */
  pageOf(page: number, total: number): string;
}

const count = (lang: Lang) => (page: number, total: number) => `${formatNumber(page, lang)} / ${formatNumber(total, lang)}`;

export const XR_PANEL_STRINGS: Record<Lang, XrPanelStrings> = {
  fr: {
    close: STRINGS.fr.close,
    previousHotspot: 'Point précédent',
    nextHotspot: 'Point suivant',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    pageCount: count('fr'),
    pageOf: (n, total) => `Page ${formatNumber(n, 'fr')} sur ${formatNumber(total, 'fr')}`,
  },
  ar: {
    close: STRINGS.ar.close,
    previousHotspot: 'النقطة السابقة',
    nextHotspot: 'النقطة التالية',
    previousPage: 'الصفحة السابقة',
    nextPage: 'الصفحة التالية',
    pageCount: count('ar'),
    pageOf: (n, total) => `الصفحة ${formatNumber(n, 'ar')} من ${formatNumber(total, 'ar')}`,
  },
  en: {
    close: STRINGS.en.close,
    previousHotspot: 'Previous point',
    nextHotspot: 'Next point',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageCount: count('en'),
    pageOf: (n, total) => `Page ${formatNumber(n, 'en')} of ${formatNumber(total, 'en')}`,
  },
};
