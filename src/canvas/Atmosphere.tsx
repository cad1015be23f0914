/** Sky, sun and haze, all computed locally (no HDR file, nothing from a CDN); the sun is the edition's. */
import { useEffect, useMemo } from 'react';
import { Sky } from 'three/examples/jsm/objects/Sky.js';
import { useVisit } from '../state/visit.ts';
import { sunPosition } from '../edition/sun.ts';

/** How far the directional light stands toward the sun, metres (only its direction lights). */
const SUN_DISTANCE = 220;

export function Atmosphere() {
  const sun = useVisit((s) => s.data?.edition.sun);
  const sky = useMemo(() => {
    const s = new Sky();
    s.scale.setScalar(4000);
    const u = s.material.uniforms;
    u['turbidity']!.value = 5;
    u['rayleigh']!.value = 1.1;
    u['mieCoefficient']!.value = 0.004;
    u['mieDirectionalG']!.value = 0.8;
    return s;
  }, []);
  const at = useMemo(() => (sun ? sunPosition(sun, SUN_DISTANCE) : null), [sun]);
  useEffect(() => {
    if (at) (sky.material.uniforms['sunPosition']!.value as { set(x: number, y: number, z: number): void }).set(...at);
  }, [sky, at]);
  useEffect(
    () => () => {
      sky.geometry.dispose();
      sky.material.dispose();
    },
    [sky],
  );
  // Nothing is drawn before the edition's data is in (the loading veil covers the canvas until then).
  if (!at) return null;
  return (
    <>
      <primitive object={sky} />
      <hemisphereLight args={['#dcebff', '#cdb894', 1.35]} />
      <directionalLight position={at} intensity={2.4} color="#fff4e0" />
      <fog attach="fog" args={['#dfe7ee', 320, 1400]} />
      {/* The land around the site, so the fenced ground does not float in the haze. */}
      <mesh rotation-x={-Math.PI / 2} position={[0, -0.08, 0]} raycast={() => null} name="surroundings">
        <circleGeometry args={[2500, 48]} />
        <meshLambertMaterial color="#cbb48c" />
      </mesh>
    </>
  );
}
