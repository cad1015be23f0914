/**
 * Words of the hand menu in the headset, in every language of the visit. Shared words come from
 * src/i18n/strings.ts; the plan's and the tours' words live beside their components in src/dom and
 * src/modes, which the canvas may not import (tools/lint/layers.js), so the few the menu shares with
 * them are written again here and tests/xr-menu-paint.test.ts keeps them the same.
 */
import { STRINGS } from '../../../i18n/strings.ts';
import type { Lang } from '../../../i18n/lang.ts';

export interface MenuStrings {
  /** The home page's heading. */
  title: string;
  language: string;
  /** Each language by its own name, whatever the menu's language. */
  langNames: Record<Lang, string>;
  /** The home button that opens the plan. */
  map: string;
  /** The plan page's heading (the page plan's `planTitle`). */
  mapTitle: string;
  youAreHere: string;
  /** The letter of north on the plan's arrow. */
  north: string;
  mapHint: string;
  /** The home button and the heading of the stand list (the page's `standsTitle`). */
  stands: string;
  /** The word before a stand's number. */
  stand: string;
  tours: string;
  exit: string;
  back: string;
  previous: string;
  next: string;
  pageOf(page: number, pages: number): string;
}

/** Each language's name in itself: the button that switches to it must be readable by who needs it. */
const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

const fr: MenuStrings = {
  title: 'Menu',
  language: STRINGS.fr.language,
  langNames: LANG_NAMES,
  map: STRINGS.fr.helpPlanKey,
  mapTitle: 'Plan du site',
  youAreHere: 'Vous êtes ici',
  north: 'N',
  mapHint: 'Visez un stand et appuyez pour y aller',
  stands: 'Aller à un stand',
  stand: STRINGS.fr.stand,
  tours: 'Visites guidées',
  exit: 'Quitter la réalité virtuelle',
  back: 'Retour',
  previous: 'Précédent',
  next: 'Suivant',
  pageOf: (page, pages) => `${page} / ${pages}`,
};

const ar: MenuStrings = {
  title: 'القائمة',
  language: STRINGS.ar.language,
  langNames: LANG_NAMES,
  map: STRINGS.ar.helpPlanKey,
  mapTitle: 'خريطة الموقع',
  youAreHere: 'أنت هنا',
  north: 'ش',
  mapHint: 'صوّب نحو رواق واضغط للذهاب إليه',
  stands: 'الانتقال إلى رواق',
  stand: STRINGS.ar.stand,
  tours: 'الجولات الإرشادية',
  exit: 'الخروج من الواقع الافتراضي',
  back: 'رجوع',
  previous: 'السابق',
  next: 'التالي',
  // Western digits, as the page writes numbers in Arabic (ar-MA).
  pageOf: (page, pages) => `${page} / ${pages}`,
};

const en: MenuStrings = {
  title: 'Menu',
  language: STRINGS.en.language,
  langNames: LANG_NAMES,
  map: STRINGS.en.helpPlanKey,
  mapTitle: 'Site plan',
  youAreHere: 'You are here',
  north: 'N',
  mapHint: 'Point at a stand and press to go there',
  stands: 'Take me to a stand',
  stand: STRINGS.en.stand,
  tours: 'Guided tours',
  exit: 'Exit virtual reality',
  back: 'Back',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page, pages) => `${page} / ${pages}`,
};

export const MENU_STRINGS: Record<Lang, MenuStrings> = { fr, ar, en };
