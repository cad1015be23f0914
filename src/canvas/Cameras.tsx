/**
 * The two views. Aerial: a camera orbiting the whole site. Ground: a camera at eye height inside the
 * rig (the future XR origin); movement moves the rig, never the camera.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera } from '@react-three/drei/core/PerspectiveCamera.js';
import { lazy, Suspense } from 'react';

// Orbiting comes a moment after the first frame: its code is not needed to draw it.
const AerialControls = lazy(() => import('./AerialControls.tsx').then((m) => ({ default: m.AerialControls })));
import type { Group, PerspectiveCamera as Camera } from 'three';
import { aerialFraming } from './aerialFraming.ts';
import { groundFov } from '../walk/framing.ts';

const AERIAL_FOV = 45;
import { useVisit } from '../state/visit.ts';
import { EYE_HEIGHT, player } from '../state/frame.ts';
import { RIG } from './sceneNames.ts';

export function Cameras() {
  const view = useVisit((s) => s.view);
  const drawn = useVisit((s) => s.drawn);
  const data = useVisit((s) => s.data);
  const rig = useRef<Group>(null);
  const ground = useRef<Camera>(null);
  const aerial = useRef<Camera>(null);
  const invalidate = useThree((s) => s.invalidate);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  const framing = useMemo(() => (data ? aerialFraming(data.site.boundary, aspect, AERIAL_FOV) : null), [data, aspect]);

  // Frame the whole site from the air when the edition or the screen's shape changes.
  useEffect(() => {
    const cam = aerial.current;
    if (!framing || !cam) return;
    cam.position.set(...framing.position);
    cam.lookAt(...framing.target);
    invalidate();
  }, [framing, invalidate, view]);

  // Start on foot at the edition's entrance.
  useEffect(() => {
    if (!data) return;
    const [x, z] = data.edition.spawn.position;
    player.position.set(x, 0, z);
    // Degrees in the data (docs/SCENE-FORMAT.md, as a kiosk's `facing`), radians on the rig.
    player.yaw = (data.edition.spawn.yaw * Math.PI) / 180;
    player.pitch = -0.02;
    invalidate();
  }, [data, invalidate]);

  useFrame(() => {
    const r = rig.current;
    const cam = ground.current;
    if (!r || !cam) return;
    r.position.copy(player.position);
    r.rotation.y = player.yaw;
    cam.rotation.x = player.pitch;
  });

  return (
    <>
      <PerspectiveCamera
        ref={aerial}
        makeDefault={view === 'aerial'}
        position={[0, 150, 200]}
        fov={AERIAL_FOV}
        near={1}
        far={4000}
      />
      {view === 'aerial' && drawn && (
        <Suspense fallback={null}>
          <AerialControls
            camera={aerial.current}
            target={framing?.target ?? [0, 0, 0]}
            maxDistance={(framing?.distance ?? 300) * 1.6}
          />
        </Suspense>
      )}
      <group ref={rig} name={RIG}>
        <PerspectiveCamera
          ref={ground}
          makeDefault={view === 'ground'}
          position={[0, EYE_HEIGHT, 0]}
          fov={groundFov(aspect)}
          near={0.1}
          far={1500}
        />
      </group>
    </>
  );
}
