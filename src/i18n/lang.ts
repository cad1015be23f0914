/** The visit's languages, their direction and how the first one is chosen. */
import { LANGS, type Lang } from '../scene/constants.ts';

export { LANGS, type Lang };

export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { fr: 'ltr', ar: 'rtl', en: 'ltr' };

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/** `?lang=` first, then the browser's languages, then French. */
export function initialLang(search: string, browser: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'fr';
}
