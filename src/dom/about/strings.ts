/**
 * Words of "About this edition" (the toolbar button, the dialog, and the text version's section that
 * shows the same figures), in every language of the visit. A missing key fails type-checking.
 */
import type { Lang } from '../../i18n/lang.ts';

export interface AboutStrings {
  /** The toolbar button. */
  open: string;
  /** The dialog's title, and the text version's heading. */
  title: string;
  close: string;
  city: string;
  dates: string;
  theme: string;
  /** Heading over the figures. */
  figures: string;
  /** "Source: …", before the data's own words on who announced the figures. */
  source(text: string): string;
}

const fr: AboutStrings = {
  open: 'À propos',
  title: 'À propos de cette édition',
  close: 'Fermer',
  city: 'Ville',
  dates: 'Dates',
  theme: 'Thème',
  figures: 'L’édition en chiffres',
  source: (text) => `Source\u202f: ${text}`,
};

const ar: AboutStrings = {
  open: 'عن الدورة',
  title: 'حول هذه الدورة',
  close: 'إغلاق',
  city: 'المدينة',
  dates: 'التواريخ',
  theme: 'الشعار',
  figures: 'الدورة بالأرقام',
  source: (text) => `المصدر: ${text}`,
};

const en: AboutStrings = {
  open: 'About',
  title: 'About this edition',
  close: 'Close',
  city: 'City',
  dates: 'Dates',
  theme: 'Theme',
  figures: 'The edition in figures',
  source: (text) => `Source: ${text}`,
};

export const ABOUT_STRINGS: Record<Lang, AboutStrings> = { fr, ar, en };
