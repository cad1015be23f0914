/** Arabic counted nouns, whose form follows the number: none, one, two, 3–10 (plural), 11–99 (accusative singular), 100… */
import { formatNumber } from './format.ts';

/** The noun's form for each plural category; `#` stands for the number, written the Arabic way. */
export interface ArabicForms {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

export function arabicCount(n: number, forms: ArabicForms): string {
  const form = forms[new Intl.PluralRules('ar').select(n) as keyof ArabicForms] ?? forms.other;
  return form.replace('#', formatNumber(n, 'ar'));
}
