/** Theme names in every language: one list for the plan, the stand list, the panel, search and the 2D twin. */
import type { Lang, Theme } from '../edition/constants.ts';

export const THEME_LABELS: Record<Lang, Record<Theme, string>> = {
  fr: {
    forensics: 'Police scientifique',
    intervention: 'Intervention',
    technology: 'Technologie',
    recruitment: 'Recrutement',
    training: 'Formation',
    social: 'Action sociale',
    'identity-borders': 'Identité et frontières',
    'security-professions': 'Métiers de la sûreté',
    'human-rights': 'Droits de l’Homme',
    'road-safety': 'Sécurité routière',
  },
  ar: {
    forensics: 'الشرطة العلمية والتقنية',
    intervention: 'التدخل',
    technology: 'التكنولوجيا',
    recruitment: 'التوظيف',
    training: 'التكوين',
    social: 'العمل الاجتماعي',
    'identity-borders': 'الهوية والحدود',
    'security-professions': 'مهن الأمن',
    'human-rights': 'حقوق الإنسان',
    'road-safety': 'السلامة الطرقية',
  },
  en: {
    forensics: 'Forensic science',
    intervention: 'Intervention',
    technology: 'Technology',
    recruitment: 'Recruitment',
    training: 'Training',
    social: 'Social welfare',
    'identity-borders': 'Identity and borders',
    'security-professions': 'Security professions',
    'human-rights': 'Human rights',
    'road-safety': 'Road safety',
  },
};
