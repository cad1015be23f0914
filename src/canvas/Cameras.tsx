/**
 * The two views. Aerial: a camera orbiting the whole site. Ground: a camera at eye height inside the
 * rig (the future XR origin); movement moves the rig, never the camera.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls, PerspectiveCamera } from '@react-three/drei';
import type { Group, PerspectiveCamera as Camera } from 'three';
import { useVisit } from '../state/visit.ts';
import { EYE_HEIGHT, player } from '../state/player.ts';

export function Cameras() {
  const view = useVisit((s) => s.view);
  const data = useVisit((s) => s.data);
  const rig = useRef<Group>(null);
  const ground = useRef<Camera>(null);
  const aerial = useRef<Camera>(null);
  const invalidate = useThree((s) => s.invalidate);

  // Start on foot at the edition's entrance.
  useEffect(() => {
    if (!data) return;
    const [x, z] = data.edition.spawn.position;
    player.position.set(x, 0, z);
    player.yaw = data.edition.spawn.yaw;
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
      <PerspectiveCamera ref={aerial} makeDefault={view === 'aerial'} position={[0, 175, 235]} fov={45} near={1} far={3000} />
      {view === 'aerial' && (
        <OrbitControls
          camera={aerial.current ?? undefined}
          target={[0, 0, 5]}
          enableDamping
          maxPolarAngle={1.38}
          minDistance={25}
          maxDistance={520}
          makeDefault
        />
      )}
      <group ref={rig} name="rig">
        <PerspectiveCamera
          ref={ground}
          makeDefault={view === 'ground'}
          position={[0, EYE_HEIGHT, 0]}
          fov={70}
          near={0.1}
          far={1500}
        />
      </group>
    </>
  );
}
