/** Words of the kiosk's own screens, in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';

export interface KioskStrings {
  /** The attract loop's call, shown in every language at once. */
  touchToStart: string;
  /** Under it: what the loop is showing. */
  guidedTourPlaying: string;
  stillThere: string;
  touchToContinue: string;
  /** "The visit starts again in 8 s". */
  restartsIn(seconds: number): string;
  /** The URL named a kiosk that kiosks.json does not have. */
  unknownKiosk(id: string): string;
  unknownKioskHint: string;
  dismiss: string;
}

export const KIOSK_STRINGS: Record<Lang, KioskStrings> = {
  fr: {
    touchToStart: 'Touchez l’écran pour commencer',
    guidedTourPlaying: 'Visite guidée en cours',
    stillThere: 'Vous êtes toujours là ?',
    touchToContinue: 'Touchez l’écran pour continuer',
    restartsIn: (s) => `La visite recommence dans ${s} s`,
    unknownKiosk: (id) => `Borne « ${id} » inconnue`,
    unknownKioskHint: 'Cette borne n’est pas décrite dans kiosks.json : la visite tourne en mode public.',
    dismiss: 'Fermer',
  },
  ar: {
    touchToStart: 'المس الشاشة للبدء',
    guidedTourPlaying: 'جولة مصحوبة بمرشد جارية',
    stillThere: 'هل ما زلت هنا؟',
    touchToContinue: 'المس الشاشة للمتابعة',
    restartsIn: (s) => `تبدأ الزيارة من جديد بعد ${s} ث`,
    unknownKiosk: (id) => `الشاشة التفاعلية «${id}» غير معروفة`,
    unknownKioskHint: 'هذه الشاشة غير موصوفة في kiosks.json: تعمل الزيارة في الوضع العام.',
    dismiss: 'إغلاق',
  },
  en: {
    touchToStart: 'Touch the screen to start',
    guidedTourPlaying: 'Guided tour playing',
    stillThere: 'Still there?',
    touchToContinue: 'Touch the screen to continue',
    restartsIn: (s) => `The visit starts again in ${s} s`,
    unknownKiosk: (id) => `Unknown kiosk “${id}”`,
    unknownKioskHint: 'This kiosk is not described in kiosks.json: the visit runs as the public one.',
    dismiss: 'Close',
  },
};
