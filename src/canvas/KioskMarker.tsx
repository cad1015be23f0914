/**
 * On a kiosk, where the kiosk stands on the real site: a red pin (a ring on the ground, a pole and a
 * head above the booths' height) that a visitor sees when they look back or rise into the air. Its
 * name ("You are here") is the page's label over it (src/dom/labels/KioskLabel.tsx). Never picked:
 * a click through it goes to the ground or stand behind. Drawn only on kiosks (three draw calls).
 */
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import { KIOSK_PIN_HEIGHT, useKiosk } from '../state/kiosk.ts';
import { noRaycast } from './picking/picking.ts';

const RED = '#c1272d';

export function KioskMarker() {
  const kiosk = useKiosk((s) => s.kiosk);
  const ring = useRef<Mesh>(null);
  useFrame(({ clock }) => {
    const m = ring.current;
    if (!m) return;
    const pulse = 1 + Math.sin(clock.elapsedTime * 2.5) * 0.06;
    m.scale.set(pulse, pulse, pulse);
  });
  if (!kiosk) return null;
  const [x, z] = kiosk.position;
  return (
    <group position={[x, 0, z]} name="kiosk-marker">
      <mesh ref={ring} rotation-x={-Math.PI / 2} position-y={0.05} raycast={noRaycast}>
        <ringGeometry args={[0.75, 1.0, 40]} />
        <meshBasicMaterial color={RED} toneMapped={false} />
      </mesh>
      <mesh position-y={KIOSK_PIN_HEIGHT / 2} raycast={noRaycast}>
        <cylinderGeometry args={[0.05, 0.05, KIOSK_PIN_HEIGHT, 8]} />
        <meshStandardMaterial color="#f4f4f4" />
      </mesh>
      <mesh position-y={KIOSK_PIN_HEIGHT} raycast={noRaycast}>
        <sphereGeometry args={[0.32, 20, 12]} />
        <meshStandardMaterial color={RED} emissive={RED} emissiveIntensity={0.35} />
      </mesh>
    </group>
  );
}
