import { useEffect } from 'react';
import { useVisit } from './visit.ts';
import { loadEdition } from '../launch/editions.ts';

/** Loads the current edition's scene data into the store. */
export function useEditionData(attempt: number): void {
  const editionId = useVisit((s) => s.editionId);
  useEffect(() => {
    let live = true;
    loadEdition(editionId)
      .then((data) => live && useVisit.getState().setData(data))
      .catch((e: unknown) => live && useVisit.getState().setStatus('error', e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [editionId, attempt]);
}
