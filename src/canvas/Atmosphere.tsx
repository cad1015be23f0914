/** Sky, sun and haze, all computed locally (no HDR file, nothing from a CDN). */
import { Sky } from '@react-three/drei';

/** Late-morning sun over Agadir-like light; the same direction lights the scene and the sky. */
const SUN: [number, number, number] = [120, 160, -90];

export function Atmosphere() {
  return (
    <>
      <Sky distance={4000} sunPosition={SUN} turbidity={5} rayleigh={1.1} mieCoefficient={0.004} mieDirectionalG={0.8} />
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
