/** Words of the labels over the 3D view, in the three languages. */
import type { Lang } from '../../i18n/lang.ts';

export interface LabelStrings {
  /** The group of aerial labels. */
  places: string;
  /** A label's accessible name. */
  goTo(name: string): string;
}

export const LABEL_STRINGS: Record<Lang, LabelStrings> = {
  fr: { places: 'Lieux du site', goTo: (name) => `Aller à : ${name}` },
  ar: { places: 'أماكن الموقع', goTo: (name) => `الذهاب إلى: ${name}` },
  en: { places: 'Places on the site', goTo: (name) => `Go to ${name}` },
};
