/** The kinds of programme sessions by name, in every language: the programme, its boards and the search say them alike. */
import type { SessionKind } from '../edition/programme.ts';
import type { Lang } from './lang.ts';

export const SESSION_KIND_NAMES: Record<Lang, Record<SessionKind, string>> = {
  fr: {
    demonstration: 'Démonstration',
    seminar: 'Séminaire',
    workshop: 'Atelier',
    children: 'Activité enfants',
    ceremony: 'Cérémonie',
    'blood-donation': 'Don de sang',
  },
  ar: {
    demonstration: 'عرض ميداني',
    seminar: 'ندوة',
    workshop: 'ورشة',
    children: 'نشاط للأطفال',
    ceremony: 'حفل',
    'blood-donation': 'التبرع بالدم',
  },
  en: {
    demonstration: 'Demonstration',
    seminar: 'Seminar',
    workshop: 'Workshop',
    children: 'Children’s activity',
    ceremony: 'Ceremony',
    'blood-donation': 'Blood donation',
  },
};
