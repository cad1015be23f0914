/** Words of the search box, in every language of the visit. A missing key fails type-checking. */
import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../plan/strings.ts';

export interface SearchStrings {
  /** Visible label of the field. */
  label: string;
  placeholder: string;
  /** How to use the list, read with the field. */
  hint: string;
  /** Spoken when the results change. */
  results(n: number): string;
  /** In the stand list when no stand matches (places may still be found). */
  noStand: string;
  clear: string;
  /** Kind of a result that is a place, not a stand. */
  place: string;
  /** Under an amenity without a name of its own (toilets, first aid…). */
  amenity: string;
}

const fr: SearchStrings = {
  label: 'Rechercher un stand ou un lieu',
  placeholder: 'Numéro, nom, thème…',
  hint: 'Flèches haut et bas pour parcourir les résultats, Entrée pour s’y rendre.',
  results: (n) =>
    n === 0 ? 'Aucun résultat' : `${formatNumber(n, 'fr')} résultat${new Intl.PluralRules('fr').select(n) === 'one' ? '' : 's'}`,
  noStand: 'Aucun stand ne correspond à cette recherche.',
  clear: 'Effacer la recherche',
  place: 'Lieu',
  amenity: 'Service aux visiteurs',
};

/** Arabic counted nouns: نتيجة واحدة، نتيجتان، 3–10 نتائج، 11–99 نتيجةً، 100 نتيجة. */
function arabicResults(n: number): string {
  const num = formatNumber(n, 'ar');
  switch (new Intl.PluralRules('ar').select(n)) {
    case 'zero':
      return 'لا توجد نتائج';
    case 'one':
      return 'نتيجة واحدة';
    case 'two':
      return 'نتيجتان';
    case 'few':
      return `${num} نتائج`;
    case 'many':
      return `${num} نتيجةً`;
    default:
      return `${num} نتيجة`;
  }
}

const ar: SearchStrings = {
  label: 'البحث عن رواق أو مكان',
  placeholder: 'الرقم، الاسم، الموضوع…',
  hint: 'استعمل السهمين إلى الأعلى والأسفل لتصفح النتائج، ومفتاح الإدخال للانتقال إليها.',
  results: arabicResults,
  noStand: 'لا يوجد رواق يطابق هذا البحث.',
  clear: 'مسح البحث',
  place: 'مكان',
  amenity: 'مرفق للزوار',
};

const en: SearchStrings = {
  label: 'Search for a stand or a place',
  placeholder: 'Number, name, theme…',
  hint: 'Up and down arrows to browse the results, Enter to go there.',
  results: (n) =>
    n === 0 ? 'No results' : `${formatNumber(n, 'en')} result${new Intl.PluralRules('en').select(n) === 'one' ? '' : 's'}`,
  noStand: 'No stand matches this search.',
  clear: 'Clear the search',
  place: 'Place',
  amenity: 'Visitor facility',
};

export const SEARCH_STRINGS: Record<Lang, SearchStrings> = { fr, ar, en };
