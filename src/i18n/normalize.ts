/**
 * Text normalisation for search, in the visit's three languages: what a visitor types and what the
 * data says are compared after the same folding.
 *
 * - Everything: lower case; Latin accents stripped (NFD, then combining marks removed); œ → oe,
 *   æ → ae, ß → ss; Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9.
 * - Arabic: tashkeel/harakat (U+064B–U+0652), superscript alef (U+0670) and tatweel (U+0640)
 *   removed; alef variants أ إ آ ٱ → ا; hamza carriers ؤ → و, ئ → ي; alef maqsura ى → ي;
 *   taa marbuta ة → ه.
 * - For matching, an Arabic word also stands for its article-less form (`arabicStem`) and that form
 *   without a plural or feminine ending (`arabicLightStem`): الجوازات, جوازات and جواز meet.
 */

/** Arabic-Indic U+0660–0669 and Persian (extended Arabic-Indic) U+06F0–06F9 digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Tashkeel (fathatan … sukun), superscript alef, tatweel. */
const ARABIC_MARKS = /[\u064b-\u0652\u0670\u0640]/g;
/** Combining marks left by NFD (Latin accents, and the hamza/madda of Arabic letters that decompose). */
const COMBINING = /\p{M}/gu;

const LETTERS: Record<string, string> = {
  // Alef with hamza above/below, with madda, wasla.
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  // Hamza on waw and on yaa.
  '\u0624': '\u0648',
  '\u0626': '\u064a',
  // Alef maqsura → yaa; taa marbuta → haa.
  '\u0649': '\u064a',
  '\u0629': '\u0647',
  // Latin ligatures that NFD does not split.
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** The folded form of a text: compare two texts by comparing their folded forms. */
export function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      // Arabic letters first, while they are still whole (NFD would split أ into ا + hamza).
      .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
      .replace(ARABIC_MARKS, '')
      .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
      .normalize('NFD')
      .replace(COMBINING, '')
      .normalize('NFC')
  );
}

/** The words of a text, folded: runs of letters and digits (apostrophes, hyphens and punctuation split). */
export function tokens(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Clitics an Arabic word may start with before its stem: the article (ال) and its combinations. */
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/**
 * A folded Arabic word without its article (الأمن → امن, للأمن → امن), or the word itself when it
 * has none or would be too short without it. Words in other scripts come back as they are.
 */
export function arabicStem(word: string): string {
  for (const p of ARABIC_PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= 2) return word.slice(p.length);
  }
  return word;
}

/** Plural and feminine endings of folded Arabic words, longest first (ة is already folded to ه). */
const ARABIC_SUFFIXES = ['ات', 'ون', 'ين', 'يه', 'ه'];

/**
 * A folded Arabic word without its article and without one plural or feminine ending (الجوازات →
 * جواز, المدربين → مدرب, الجينية → جين), keeping at least three letters; a light stem, not a root:
 * enough for a visitor's plural to meet the data's singular. Words in other scripts come back as they are.
 */
export function arabicLightStem(word: string): string {
  const base = arabicStem(word);
  for (const s of ARABIC_SUFFIXES) {
    if (base.endsWith(s) && base.length - s.length >= 3) return base.slice(0, -s.length);
  }
  return base;
}
