/**
 * What visitors call the practical places of a site (`site.amenities`), in the visit's three
 * languages: the name a result shows (the plan's own name for the kind, so the plan, search and the
 * twin say the same), and the other words a visitor may type for it ("WC", "restroom", "دورة
 * المياه"). Every language's words are searched whatever the interface's language.
 */
import { AMENITY_KINDS, type AmenityKind } from '../../edition/constants.ts';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import { PLAN_STRINGS } from '../plan/strings.ts';

export interface AmenityWords {
  /** The kind's name in a result, in each language. */
  label: Record<Lang, string>;
  /** Other words and phrases for it, in each language. */
  synonyms: Record<Lang, readonly string[]>;
}

const SYNONYMS: Record<AmenityKind, Pick<AmenityWords, 'synonyms'>> = {
  toilets: {
    synonyms: {
      fr: ['Toilettes', 'toilette', 'WC', 'sanitaires', 'lavabos'],
      ar: ['المراحيض', 'مرحاض', 'دورة المياه', 'دورات المياه', 'مرافق صحية', 'المرافق الصحية', 'حمام'],
      en: ['Toilets', 'toilet', 'restroom', 'restrooms', 'bathroom', 'lavatory', 'WC'],
    },
  },
  'first-aid': {
    synonyms: {
      fr: ['Premiers secours', 'secours', 'poste de secours', 'infirmerie', 'soins', 'médecin'],
      ar: ['الإسعافات الأولية', 'إسعاف', 'إسعافات', 'مستوصف', 'تمريض', 'طبيب'],
      en: ['First aid', 'first-aid', 'infirmary', 'medical', 'nurse', 'doctor'],
    },
  },
  exit: {
    synonyms: { fr: ['Sortie', 'sorties'], ar: ['المخرج', 'مخرج', 'خروج'], en: ['Exit', 'exits', 'way out'] },
  },
  parking: {
    synonyms: {
      fr: ['Parking', 'stationnement', 'garer'],
      ar: ['موقف السيارات', 'موقف', 'مرآب', 'باركينغ'],
      en: ['Car park', 'parking', 'parking lot'],
    },
  },
  information: {
    synonyms: {
      fr: ['Accueil et information', 'accueil', 'information', 'informations', 'renseignements', 'renseignement'],
      ar: ['الاستقبال والاستعلامات', 'استعلامات', 'استقبال', 'معلومات', 'إرشادات'],
      en: ['Information', 'info', 'help desk', 'reception', 'welcome'],
    },
  },
  water: {
    synonyms: {
      fr: ['Point d’eau', 'eau', 'fontaine', 'boire'],
      ar: ['نقطة ماء', 'ماء', 'مياه الشرب', 'نافورة', 'شرب'],
      en: ['Drinking water', 'water', 'fountain', 'drink'],
    },
  },
  prayer: {
    synonyms: {
      fr: ['Salle de prière', 'prière', 'mosquée', 'oratoire'],
      ar: ['المصلى', 'مصلى', 'صلاة', 'مسجد'],
      en: ['Prayer room', 'prayer', 'mosque'],
    },
  },
};

export const AMENITY_WORDS = Object.fromEntries(
  AMENITY_KINDS.map((kind) => [
    kind,
    {
      label: Object.fromEntries(LANGS.map((l) => [l, PLAN_STRINGS[l].amenityKinds[kind]])) as Record<Lang, string>,
      synonyms: SYNONYMS[kind].synonyms,
    },
  ]),
) as Record<AmenityKind, AmenityWords>;
