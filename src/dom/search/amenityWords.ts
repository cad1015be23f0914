/**
 * What visitors call the practical places of a site (`site.amenities`), in the visit's three
 * languages: the name a result shows, and the other words a visitor may type for it ("WC",
 * "restroom", "دورة المياه"). Every language's words are searched whatever the interface's language.
 */
import type { AmenityKind } from '../../edition/constants.ts';
import type { Lang } from '../../i18n/lang.ts';

export interface AmenityWords {
  /** The kind's name in a result, in each language. */
  label: Record<Lang, string>;
  /** Other words and phrases for it, in each language. */
  synonyms: Record<Lang, readonly string[]>;
}

export const AMENITY_WORDS: Record<AmenityKind, AmenityWords> = {
  toilets: {
    label: { fr: 'Toilettes', ar: 'المراحيض', en: 'Toilets' },
    synonyms: {
      fr: ['toilette', 'WC', 'sanitaires', 'lavabos'],
      ar: ['مرحاض', 'دورة المياه', 'دورات المياه', 'مرافق صحية', 'المرافق الصحية', 'حمام'],
      en: ['toilet', 'restroom', 'restrooms', 'bathroom', 'lavatory', 'WC'],
    },
  },
  'first-aid': {
    label: { fr: 'Premiers secours', ar: 'الإسعافات الأولية', en: 'First aid' },
    synonyms: {
      fr: ['secours', 'poste de secours', 'infirmerie', 'soins', 'médecin'],
      ar: ['إسعاف', 'إسعافات', 'مستوصف', 'تمريض', 'طبيب'],
      en: ['first-aid', 'infirmary', 'medical', 'nurse', 'doctor'],
    },
  },
  exit: {
    label: { fr: 'Sortie', ar: 'المخرج', en: 'Exit' },
    synonyms: { fr: ['sorties'], ar: ['مخرج', 'خروج'], en: ['exits', 'way out'] },
  },
  parking: {
    label: { fr: 'Parking', ar: 'موقف السيارات', en: 'Car park' },
    synonyms: {
      fr: ['stationnement', 'garer'],
      ar: ['موقف', 'مرآب', 'باركينغ'],
      en: ['parking', 'parking lot'],
    },
  },
  information: {
    label: { fr: 'Accueil et information', ar: 'الاستقبال والاستعلامات', en: 'Information' },
    synonyms: {
      fr: ['accueil', 'information', 'informations', 'renseignements', 'renseignement'],
      ar: ['استعلامات', 'استقبال', 'معلومات', 'إرشادات'],
      en: ['info', 'help desk', 'reception', 'welcome'],
    },
  },
  water: {
    label: { fr: 'Point d’eau', ar: 'نقطة ماء', en: 'Drinking water' },
    synonyms: {
      fr: ['eau', 'fontaine', 'boire'],
      ar: ['ماء', 'مياه الشرب', 'نافورة', 'شرب'],
      en: ['water', 'fountain', 'drink'],
    },
  },
  prayer: {
    label: { fr: 'Salle de prière', ar: 'المصلى', en: 'Prayer room' },
    synonyms: { fr: ['prière', 'mosquée', 'oratoire'], ar: ['مصلى', 'صلاة', 'مسجد'], en: ['prayer', 'mosque'] },
  },
};
