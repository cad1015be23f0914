/** Every word of the interface, in every language. A key missing in one language fails type-checking. */
import type { Lang } from './lang.ts';

const fr = {
  appTitle: 'Visite virtuelle',
  loading: 'Chargement du site',
  loadingDetail: (loaded: string, total: string) => `${loaded} sur ${total}`,
  loadFailed: 'Le site n’a pas pu être chargé.',
  retry: 'Réessayer',
  views: 'Vue',
  viewAerial: 'Vue aérienne',
  viewGround: 'À pied',
  standsCount: (n: number) => `${n} stands`,
  language: 'Langue',
  stand: 'Stand',
};

type Strings = typeof fr;

const ar: Strings = {
  appTitle: 'زيارة افتراضية',
  loading: 'جارٍ تحميل الموقع',
  loadingDetail: (loaded, total) => `${loaded} من ${total}`,
  loadFailed: 'تعذّر تحميل الموقع.',
  retry: 'إعادة المحاولة',
  views: 'العرض',
  viewAerial: 'منظر جوي',
  viewGround: 'سيراً على الأقدام',
  standsCount: (n) => `${new Intl.NumberFormat('ar-MA').format(n)} رواقاً`,
  language: 'اللغة',
  stand: 'رواق',
};

const en: Strings = {
  appTitle: 'Virtual visit',
  loading: 'Loading the site',
  loadingDetail: (loaded, total) => `${loaded} of ${total}`,
  loadFailed: 'The site could not be loaded.',
  retry: 'Try again',
  views: 'View',
  viewAerial: 'Aerial view',
  viewGround: 'On foot',
  standsCount: (n) => `${n} stands`,
  language: 'Language',
  stand: 'Stand',
};

export const STRINGS: Record<Lang, Strings> = { fr, ar, en };
export type { Strings };

/** Bytes in the language's number format, e.g. "1,2 Mo". */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = { fr: ['o', 'ko', 'Mo'], ar: ['بايت', 'ك.بايت', 'م.بايت'], en: ['B', 'kB', 'MB'] }[lang];
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, units[2]] : bytes >= 1e3 ? [bytes / 1e3, units[1]] : [bytes, units[0]];
  return `${new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
