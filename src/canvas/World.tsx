/** The edition's models in the scene: the site, the stands, and roofs that give way from the air. */
import { useEffect, useMemo, useState } from 'react';
import { ROOFS, SITE_ROOT } from './sceneNames.ts';
import { useFrame } from '@react-three/fiber';
import { MathUtils, type Material, type Mesh } from 'three';
import { useVisit } from '../state/visit.ts';
import { useEditionModels, type EditionModels } from './models/useEditionModels.ts';
import { CompileFirst } from './precompile/CompileFirst.tsx';
import { DetailStreamer } from './models/DetailStreamer.tsx';
import { setCollisionModel } from '../walk/walkWorld.ts';
import { sceneContents } from '../state/frame.ts';

/** Roof opacity seen from the air: pavilions still read as white tents while stands show through. */
const AERIAL_ROOF_OPACITY = 0.6;

const keys = new WeakMap<EditionModels, number>();
let nextKey = 0;
/** A React key per loaded set of models. */
function modelsKey(m: EditionModels): number {
  let k = keys.get(m);
  if (k === undefined) keys.set(m, (k = ++nextKey));
  return k;
}

export function World({ attempt = 0 }: { attempt?: number }) {
  const models = useEditionModels(attempt);
  const setStatus = useVisit((s) => s.setStatus);
  const boundary = useVisit((s) => s.data?.site.boundary);

  // The walkable world comes from the pipeline's collision model (never drawn).
  useEffect(() => {
    if (!models || !boundary) return;
    setCollisionModel(models.collision, boundary);
    return () => setCollisionModel(null, []);
  }, [models, boundary]);

  const roofs = useMemo(() => {
    const node = models?.site.getObjectByName(ROOFS) as Mesh | undefined;
    if (!node) return [];
    // The roof shares the fabric material with the walls in the file: give it its own to fade.
    const meshes: Mesh[] = [];
    node.traverse((o) => {
      const m = o as Mesh;
      if (m.isMesh) {
        m.material = (m.material as Material).clone();
        meshes.push(m);
      }
    });
    return meshes;
  }, [models]);

  // The models count as in the scene once their programs are compiled and they are shown.
  const [shown, setShown] = useState<EditionModels | null>(null);
  useEffect(() => {
    if (!models || shown !== models) return;
    const ids = new Set<string>();
    models.stands.traverse((o) => {
      const standIds = (o.userData as { standIds?: string[] }).standIds;
      standIds?.forEach((id) => ids.add(id));
    });
    sceneContents.standIds = [...ids].sort();
    sceneContents.modelsInScene = true;
    setStatus('ready');
    return () => {
      sceneContents.modelsInScene = false;
      sceneContents.standIds = [];
    };
  }, [models, shown, setStatus]);

  useFrame((_, delta) => {
    const aerial = useVisit.getState().view === 'aerial';
    for (const m of roofs) {
      const mat = m.material as Material;
      // Fade as the view rises; on foot the roof is simply there.
      mat.opacity = aerial ? MathUtils.damp(mat.opacity, AERIAL_ROOF_OPACITY, 6, Math.min(delta, 0.1)) : 1;
      const transparent = mat.opacity < 0.99;
      if (mat.transparent !== transparent) {
        mat.transparent = transparent;
        mat.depthWrite = !transparent;
        mat.needsUpdate = true;
      }
    }
  });

  if (!models) return null;
  return (
    <group name={SITE_ROOT}>
      {/* Keyed by the models: a retried load is compiled (and waited for) again. */}
      <CompileFirst key={modelsKey(models)} name="edition-models" onShown={() => setShown(models)}>
        <primitive object={models.site} dispose={null} />
        <primitive object={models.stands} dispose={null} />
      </CompileFirst>
      <DetailStreamer files={models.details} />
    </group>
  );
}
