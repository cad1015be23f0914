/** Words of "Show me the way" (kiosks), in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../i18n/format.ts';

export interface WayStrings {
  showWay: string;
  title(name: string): string;
  hint: string;
  /** "140 m · about 2 min on foot". */
  summary(metres: number, minutes: number): string;
  finding: string;
  noWay: string;
  takeIt: string;
  qrLabel(name: string): string;
  close: string;
}

export const WAY_STRINGS: Record<Lang, WayStrings> = {
  fr: {
    showWay: 'Montrez-moi le chemin',
    title: (n) => `Le chemin vers ${n}`,
    hint: 'Depuis cette borne, à pied, par les allées du site',
    summary: (m, min) => `${formatNumber(Math.round(m), 'fr')} m · environ ${min} min à pied`,
    finding: 'Recherche du chemin…',
    noWay: 'Aucun chemin à pied n’a été trouvé depuis cette borne.',
    takeIt: 'Emportez-le : scannez ce code pour ouvrir ce stand sur votre téléphone.',
    qrLabel: (n) => `Code QR : ${n} sur votre téléphone`,
    close: 'Fermer',
  },
  ar: {
    showWay: 'أرني الطريق',
    title: (n) => `الطريق إلى ${n}`,
    hint: 'من هذه الشاشة، مشيًا، عبر ممرات الموقع',
    summary: (m, min) => `${formatNumber(Math.round(m), 'ar')} م · حوالي ${formatNumber(min, 'ar')} د مشيًا`,
    finding: 'جارٍ البحث عن الطريق…',
    noWay: 'لم يُعثر على طريق مشيًا من هذه الشاشة.',
    takeIt: 'خذه معك: امسح هذا الرمز لفتح هذا الرواق على هاتفك.',
    qrLabel: (n) => `رمز QR: ‏${n} على هاتفك`,
    close: 'إغلاق',
  },
  en: {
    showWay: 'Show me the way',
    title: (n) => `The way to ${n}`,
    hint: 'From this kiosk, on foot, along the site’s walkways',
    summary: (m, min) => `${formatNumber(Math.round(m), 'en')} m · about ${min} min on foot`,
    finding: 'Finding the way…',
    noWay: 'No walking route was found from this kiosk.',
    takeIt: 'Take it with you: scan this code to open this stand on your phone.',
    qrLabel: (n) => `QR code: ${n} on your phone`,
    close: 'Close',
  },
};
