/** Keeps <html lang dir> in step with the visit's language, so Arabic mirrors the whole page by itself. */
import { useEffect } from 'react';
import { useVisit } from '../state/visit.ts';
import { DIRECTION } from './lang.ts';

/** Keeps <html lang dir> on the current language: the whole interface mirrors in Arabic. */
export function useDocumentLang(): void {
  const lang = useVisit((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = DIRECTION[lang];
  }, [lang]);
}
