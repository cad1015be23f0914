/**
 * The organiser's figures in words, per language (the about dialog, the text version and the
 * entrance banner write them alike): `2,12 millions`, `plus de 1 242`, `58 000 m²`. Pure, zod-free.
 *
 * Arabic: the locale `ar-MA` with Latin digits, as Moroccan print and the DGSN's own posts write
 * figures (`2.120.000`: dots between thousands, a comma before decimals) and as the rest of the visit
 * does (src/i18n/format.ts, ./eventClockFormat.ts). `numberingSystem: 'latn'` is said, not assumed:
 * a browser whose locale data gave `ar-MA` Arabic-Indic digits would still write 845, not ٨٤٥.
 */
import type { Lang } from './constants.ts';
import type { EditionFigure } from './schema.ts';

/** The Intl locale of a language for figures. */
const LOCALE: Record<Lang, string> = { fr: 'fr', ar: 'ar-MA', en: 'en-GB' };

/** From a million on, a figure is written in words (`2,12 millions`): read at a glance, as the press writes it. */
const WORDS_FROM = 1_000_000;

const MORE_THAN: Record<Lang, string> = { fr: 'plus de', ar: 'أكثر من', en: 'more than' };

/** The unit after the number, joined by a no-break space so it never wraps away from it. */
const UNIT: Record<NonNullable<EditionFigure['unit']>, Record<Lang, string>> = {
  m2: { fr: 'm²', ar: 'م²', en: 'm²' },
};

const formats = new Map<string, Intl.NumberFormat>();
function format(lang: Lang, words: boolean): Intl.NumberFormat {
  const key = `${lang}|${words}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      numberingSystem: 'latn',
      ...(words && { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
    });
    formats.set(key, f);
  }
  return f;
}

/** A figure's pieces, for a layout that writes "more than" small above a large number. */
export interface FigureParts {
  /** `plus de` / `أكثر من` / `more than`, or null for an exact figure. */
  prefix: string | null;
  /** The number with its unit: `2,12 millions`, `58 000 m²`. */
  number: string;
}

export function figureParts(figure: Pick<EditionFigure, 'value' | 'atLeast' | 'unit'>, lang: Lang): FigureParts {
  const n = format(lang, Math.abs(figure.value) >= WORDS_FROM).format(figure.value);
  return {
    prefix: figure.atLeast ? MORE_THAN[lang] : null,
    number: figure.unit ? `${n}\u00a0${UNIT[figure.unit][lang]}` : n,
  };
}

/** The whole value in one string: `plus de 25 millions`, `more than 1,242`, `58.000 م²`. */
export function formatFigure(figure: Pick<EditionFigure, 'value' | 'atLeast' | 'unit'>, lang: Lang): string {
  const { prefix, number } = figureParts(figure, lang);
  return prefix ? `${prefix} ${number}` : number;
}
