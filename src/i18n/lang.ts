/** The visit's languages and their direction (the first one is the launch's: src/launch/launch.ts). */
import { LANGS, type Lang } from '../edition/constants.ts';

export { LANGS, type Lang };

export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { fr: 'ltr', ar: 'rtl', en: 'ltr' };

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}
