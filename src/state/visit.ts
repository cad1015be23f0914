/** The visit's store, created once from this launch (src/launch/launch.ts). */
import { createVisitStore } from './store.ts';
import { launch } from '../launch/launch.ts';

export const useVisit = createVisitStore({
  editionId: launch.edition,
  lang: launch.lang,
  view: launch.view,
});
