/** Numbers written the way each language writes them (Moroccan conventions for Arabic: ar-MA). */
import type { Lang } from './lang.ts';

/** The Intl locale of a visit language. */
export function numberLocale(lang: Lang): string {
  return lang === 'ar' ? 'ar-MA' : lang;
}

export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numberLocale(lang), options).format(n);
}
