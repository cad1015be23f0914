/** Sky, sun and haze, all computed locally (no HDR file, nothing from a CDN). */
import { useEffect, useMemo } from 'react';
import { Sky } from 'three/examples/jsm/objects/Sky.js';

/** Late-morning sun over Agadir-like light; the same direction lights the scene and the sky. */
const SUN: [number, number, number] = [120, 160, -90];

export function Atmosphere() {
  const sky = useMemo(() => {
    const s = new Sky();
    s.scale.setScalar(4000);
    const u = s.material.uniforms;
    u['turbidity']!.value = 5;
    u['rayleigh']!.value = 1.1;
    u['mieCoefficient']!.value = 0.004;
    u['mieDirectionalG']!.value = 0.8;
    (u['sunPosition']!.value as { set(x: number, y: number, z: number): void }).set(...SUN);
    return s;
  }, []);
  useEffect(
    () => () => {
      sky.geometry.dispose();
      sky.material.dispose();
    },
    [sky],
  );
  return (
    <>
      <primitive object={sky} />
      <hemisphereLight args={['#dcebff', '#cdb894', 1.35]} />
      <directionalLight position={SUN} intensity={2.4} color="#fff4e0" />
      <fog attach="fog" args={['#dfe7ee', 320, 1400]} />
      {/* The land around the site, so the fenced ground does not float in the haze. */}
      <mesh rotation-x={-Math.PI / 2} position={[0, -0.08, 0]} raycast={() => null} name="surroundings">
        <circleGeometry args={[2500, 48]} />
        <meshLambertMaterial color="#cbb48c" />
      </mesh>
    </>
  );
}
