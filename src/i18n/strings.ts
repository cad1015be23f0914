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
  joystick: 'Manette : glissez pour marcher',
  help: 'Comment se déplacer',
  close: 'Fermer',
  helpWalk: 'Marcher (touches physiques, AZERTY ou QWERTY)',
  helpTurn: 'Tourner',
  helpRun: 'Maintenir pour aller plus vite',
  helpLook: 'Regarder autour de soi',
  helpTap: 'Aller à cet endroit en contournant les obstacles',
  helpLock: 'Regarder avec la souris (Échap pour arrêter)',
  helpJoystick: 'Marcher dans la direction poussée',
  helpPlan: 'Ouvrir le plan et choisir un stand',
  helpDragMouseKey: 'Glisser',
  helpDragKey: 'Glisser l’écran',
  helpClickKey: 'Clic au sol',
  helpTapKey: 'Toucher le sol',
  helpLockKey: 'Bouton « souris »',
  helpJoystickKey: 'Manette',
  helpPlanKey: 'Plan',
  mouseLook: 'Regard à la souris',
  mouseLookOn: 'Souris active — Échap',
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
  joystick: 'ذراع التحكم: اسحب للمشي',
  help: 'كيفية التنقل',
  close: 'إغلاق',
  helpWalk: 'المشي (المفاتيح حسب موقعها، AZERTY أو QWERTY)',
  helpTurn: 'الالتفاف',
  helpRun: 'اضغط باستمرار للإسراع',
  helpLook: 'النظر حولك',
  helpTap: 'الذهاب إلى هذا المكان مع تفادي العوائق',
  helpLock: 'النظر بالفأرة (Échap للإيقاف)',
  helpJoystick: 'المشي في الاتجاه المدفوع',
  helpPlan: 'فتح المخطط واختيار رواق',
  helpDragMouseKey: 'السحب',
  helpDragKey: 'سحب الشاشة',
  helpClickKey: 'النقر على الأرض',
  helpTapKey: 'لمس الأرض',
  helpLockKey: 'زر «الفأرة»',
  helpJoystickKey: 'ذراع التحكم',
  helpPlanKey: 'المخطط',
  mouseLook: 'النظر بالفأرة',
  mouseLookOn: 'الفأرة مفعّلة — Échap',
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
  joystick: 'Joystick: drag to walk',
  help: 'How to move',
  close: 'Close',
  helpWalk: 'Walk (physical keys, AZERTY or QWERTY)',
  helpTurn: 'Turn',
  helpRun: 'Hold to go faster',
  helpLook: 'Look around',
  helpTap: 'Go there, around obstacles',
  helpLock: 'Look with the mouse (Esc to stop)',
  helpJoystick: 'Walk the way you push',
  helpPlan: 'Open the plan and pick a stand',
  helpDragMouseKey: 'Drag',
  helpDragKey: 'Drag the screen',
  helpClickKey: 'Click the ground',
  helpTapKey: 'Tap the ground',
  helpLockKey: '“Mouse” button',
  helpJoystickKey: 'Joystick',
  helpPlanKey: 'Plan',
  mouseLook: 'Mouse look',
  mouseLookOn: 'Mouse look on — Esc',
};

export const STRINGS: Record<Lang, Strings> = { fr, ar, en };
export type { Strings };

/** Bytes in the language's number format, e.g. "1,2 Mo". */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = { fr: ['o', 'ko', 'Mo'], ar: ['بايت', 'ك.بايت', 'م.بايت'], en: ['B', 'kB', 'MB'] }[lang];
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, units[2]] : bytes >= 1e3 ? [bytes / 1e3, units[1]] : [bytes, units[0]];
  return `${new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
