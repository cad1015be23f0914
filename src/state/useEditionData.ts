import { useEffect } from 'react';
import { useVisit } from './visit.ts';
import { loadEdition } from '../launch/editions.ts';
import { launch } from '../launch/launch.ts';
import { setClock } from './clock.ts';

/** Loads the current edition's scene data into the store; `?at=` then sets the clock in its time zone. */
export function useEditionData(attempt: number): void {
  const editionId = useVisit((s) => s.editionId);
  useEffect(() => {
    let live = true;
    loadEdition(editionId)
      .then((data) => {
        if (!live) return;
        useVisit.getState().setData(data);
        // A refused value leaves the live clock and says why (`state().clock.error`).
        if (launch.at) setClock(launch.at, data.edition.timeZone);
      })
      .catch((e: unknown) => live && useVisit.getState().setStatus('error', e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [editionId, attempt]);
}
