/** Words of the headset mode on the page (the Enter VR button and what it says) in every language of the visit. */
import type { Lang } from '../../i18n/lang.ts';

export interface XrStrings {
  /** The toolbar button. */
  enter: string;
  /** While the session starts (the headset asks for permission). */
  starting: string;
  /** Shown on the page while the visitor is in the headset. */
  inHeadset: string;
  leave: string;
  /** The browser refused or the headset failed to start. */
  failed: string;
}

export const XR_STRINGS: Record<Lang, XrStrings> = {
  fr: {
    enter: 'Casque VR',
    starting: 'Ouverture dans le casque…',
    inHeadset: 'La visite continue dans le casque.',
    leave: 'Quitter la VR',
    failed: "Le casque n'a pas pu démarrer la visite.",
  },
  ar: {
    enter: 'خوذة الواقع الافتراضي',
    starting: 'جارٍ الفتح في الخوذة…',
    inHeadset: 'تتواصل الزيارة داخل الخوذة.',
    leave: 'الخروج من الواقع الافتراضي',
    failed: 'تعذّر على الخوذة بدء الزيارة.',
  },
  en: {
    enter: 'VR headset',
    starting: 'Opening in the headset…',
    inHeadset: 'The visit goes on in the headset.',
    leave: 'Leave VR',
    failed: 'The headset could not start the visit.',
  },
};
