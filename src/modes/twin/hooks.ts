/** How the twin lives beside the 3D view while it shows: it takes over stand panels and keeps its keys. */
import { useEffect, type RefObject } from 'react';
import { useVisit } from '../../state/visit.ts';
import { useTwin } from './twinState.ts';

/** While the twin shows, a stand panel opening (a deep link) would make the page inert: its stand is highlighted instead. */
export function useStandPanelsAsHighlight(): void {
  useEffect(() => {
    const take = (id: string | null) => {
      if (!id) return;
      useTwin.getState().setCurrent(id);
      queueMicrotask(() => useVisit.getState().setOpenStand(null));
    };
    take(useVisit.getState().openStand);
    return useVisit.subscribe((s, prev) => {
      if (s.openStand !== prev.openStand) take(s.openStand);
    });
  }, []);
}

/** Keys typed in the twin are the twin's: they never reach the 3D view's keyboard walking (on window). */
export function useOwnKeys(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const stop = (e: KeyboardEvent) => {
      if (root.current?.contains(e.target as Node)) e.stopPropagation();
    };
    document.addEventListener('keydown', stop);
    return () => document.removeEventListener('keydown', stop);
  }, [root]);
}
