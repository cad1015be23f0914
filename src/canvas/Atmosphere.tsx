/** Sky, sun and haze, all computed locally (no HDR file, nothing from a CDN); the sun is the edition's. */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { useVisit } from '../state/visit.ts';
import { sunPosition } from '../edition/sun.ts';
import { BakedSky } from './sky/bakedSky.ts';
import { surroundingsGeometry } from './sky/surroundings.ts';

/** How far the directional light stands toward the sun, metres (only its direction lights). */
const SUN_DISTANCE = 220;
/**
 * Drawn after the site's models (render order 0): where the site's models cover it (buildings and
 * stands seen against the land beyond), the depth test rejects its pixels before they are shaded.
 */
const SURROUNDINGS_RENDER_ORDER = 1;

export function Atmosphere() {
  const gl = useThree((s) => s.gl);
  const sun = useVisit((s) => s.data?.edition.sun);
  const boundary = useVisit((s) => s.data?.site.boundary);
  const land = useMemo(() => (boundary ? surroundingsGeometry(boundary) : null), [boundary]);
  useEffect(() => () => land?.dispose(), [land]);
  const sky = useMemo(() => new BakedSky({ turbidity: 5, rayleigh: 1.1, mieCoefficient: 0.004, mieDirectionalG: 0.8 }), []);
  const at = useMemo(() => (sun ? sunPosition(sun, SUN_DISTANCE) : null), [sun]);
  useEffect(() => {
    if (!at) return;
    sky.bake(gl, at);
    // A lost context loses the cube map's pixels: bake again once three has its context back.
    const again = () => sky.bake(gl, at);
    gl.domElement.addEventListener('webglcontextrestored', again);
    return () => gl.domElement.removeEventListener('webglcontextrestored', again);
  }, [gl, sky, at]);
  useEffect(() => () => sky.dispose(), [sky]);
  // Nothing is drawn before the edition's data is in (the loading veil covers the canvas until then).
  if (!at || !land) return null;
  return (
    <>
      <primitive object={sky.mesh} />
      <hemisphereLight args={['#dcebff', '#cdb894', 1.35]} />
      <directionalLight position={at} intensity={2.4} color="#fff4e0" />
      <fog attach="fog" args={['#dfe7ee', 320, 1400]} />
      {/* The land around the site, so the fenced ground does not float in the haze. */}
      <mesh
        rotation-x={-Math.PI / 2}
        position={[0, -0.08, 0]}
        raycast={() => null}
        name="surroundings"
        renderOrder={SURROUNDINGS_RENDER_ORDER}
        geometry={land}
      >
        <meshLambertMaterial color="#cbb48c" />
      </mesh>
    </>
  );
}
