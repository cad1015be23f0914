import { useEffect } from 'react';
import { useVisit } from './visit.ts';
import { loadEdition } from '../launch/editions.ts';
import { launch } from '../launch/launch.ts';
import { startClock } from './clock.ts';

/** Loads the current edition's scene data into the store, then starts the visit's clock in its time zone. */
export function useEditionData(attempt: number): void {
  const editionId = useVisit((s) => s.editionId);
  useEffect(() => {
    let live = true;
    loadEdition(editionId)
      .then((data) => {
        if (!live) return;
        useVisit.getState().setData(data);
        // `?at=`, else the edition's replay moment when it is not on; a refused `?at=` says why (`state().clock.error`).
        startClock(data.edition, launch.at);
      })
      .catch((e: unknown) => live && useVisit.getState().setStatus('error', e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [editionId, attempt]);
}
