/** The visit's store, created once from the URL and the browser. */
import { createVisitStore } from './store.ts';
import { chooseEdition } from '../scene/editions.ts';
import { initialLang } from '../i18n/lang.ts';

const params = new URLSearchParams(location.search);

export const useVisit = createVisitStore({
  editionId: chooseEdition(location.search),
  lang: initialLang(location.search, navigator.languages ?? [navigator.language]),
  view: params.get('view') === 'ground' ? 'ground' : 'aerial',
});
