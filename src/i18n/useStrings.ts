/** The interface's words in the current language (re-renders when it changes). */
import { useVisit } from '../state/visit.ts';
import { STRINGS, type Strings } from './strings.ts';

/** The interface's words in the current language. */
export function useStrings(): Strings {
  return STRINGS[useVisit((s) => s.lang)];
}
