/** The marker at a click-to-go target: a ring on the ground, shown while the route is walked. */
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import { noRaycast } from '../picking/picking.ts';
import { route } from '../../state/frame.ts';

export function RouteMarker() {
  const ring = useRef<Mesh>(null);
  useFrame(({ clock }) => {
    const m = ring.current;
    if (!m) return;
    m.visible = route.active;
    if (!route.active) return;
    m.position.set(route.target[0], 0.06, route.target[1]);
    const pulse = 1 + Math.sin(clock.elapsedTime * 4) * 0.08;
    m.scale.set(pulse, pulse, pulse);
  });
  return (
    <mesh ref={ring} rotation-x={-Math.PI / 2} visible={false} raycast={noRaycast} name="route-marker">
      <ringGeometry args={[0.35, 0.55, 32]} />
      <meshBasicMaterial color="#f2c230" toneMapped={false} />
    </mesh>
  );
}
