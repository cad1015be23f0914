/**
 * Loads the current edition's models (bytes with true progress, then parsing) and hands back the
 * parsed scenes; disposes them when the edition changes or the component unmounts.
 */
import { useEffect, useState } from 'react';
import type { Group } from 'three';
import { useVisit } from '../../state/visit.ts';
import { loadModels, releaseModels, type ManifestFile } from './fetchModels.ts';
import { disposeTree, parseModel } from './parseModel.ts';

export interface EditionModels {
  site: Group;
  stands: Group;
  collision: Group;
  /** Detail files streamed near the visitor, by zone. */
  details: ManifestFile[];
}

export function modelsBase(editionId: string): string {
  return `${import.meta.env.BASE_URL}models/${editionId}/`;
}

export function useEditionModels(attempt: number): EditionModels | null {
  const editionId = useVisit((s) => s.editionId);
  const [models, setModels] = useState<EditionModels | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let loaded: EditionModels | null = null;
    const { setProgress, setStatus } = useVisit.getState();
    setStatus('loading');
    const base = modelsBase(editionId);
    // Usually already under way: main.tsx starts it before React renders.
    loadModels(base, setProgress)
      .then(async ({ bytes, manifest }) => {
        if (abort.signal.aborted) return;
        const parse = async (role: 'site' | 'stands' | 'collision') => {
          const b = bytes.get(role);
          if (!b) throw new Error(`the manifest lists no ${role} model`);
          return (await parseModel(b)).scene;
        };
        // Parsed or not, these bytes are done with: a retry downloads afresh.
        const parsed = Promise.all([parse('site'), parse('stands'), parse('collision')]);
        void parsed.finally(() => releaseModels(base)).catch(() => undefined);
        const [site, stands, collision] = await parsed;
        loaded = { site, stands, collision, details: manifest.files.filter((f) => f.role === 'detail') };
        if (abort.signal.aborted) return disposeAll(loaded);
        setModels(loaded);
      })
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setStatus('error', e instanceof Error ? e.message : String(e));
      });
    return () => {
      // The download itself goes on (another effect may take it); only this effect's result is dropped.
      abort.abort();
      if (loaded) disposeAll(loaded);
      setModels(null);
    };
  }, [editionId, attempt]);
  return models;
}

function disposeAll(m: EditionModels): void {
  disposeTree(m.site);
  disposeTree(m.stands);
  disposeTree(m.collision);
}
