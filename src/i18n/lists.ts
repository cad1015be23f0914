/** How each language separates the items of a list: Arabic writes its own comma (،). */
import type { Lang } from './lang.ts';

export function listSeparator(lang: Lang): string {
  return lang === 'ar' ? '، ' : ', ';
}
