/**
 * The first paint's own words: what the card says when scripts are off. The card's other words are
 * the app's (src/i18n/strings.ts), so the static card and React's say the same.
 */
import type { Lang } from '../../src/i18n/lang.ts';

interface FirstPaintStrings {
  /** Shown in the card when the browser runs no script. */
  needsScript: string;
}

export const FIRST_PAINT_STRINGS: Record<Lang, FirstPaintStrings> = {
  fr: { needsScript: 'Cette visite a besoin de JavaScript.' },
  ar: { needsScript: 'تحتاج هذه الزيارة إلى جافاسكريبت.' },
  en: { needsScript: 'This visit needs JavaScript.' },
};
