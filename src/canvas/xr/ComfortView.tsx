/**
 * What keeps a headset visit comfortable, drawn round the head: the fade of a teleport or a travel
 * (black, closing over the whole view) and the vignette of smooth movement (the edge of the view
 * darkened, the centre clear). One small sphere about the eye, drawn last and through everything,
 * with a shader that darkens by the angle from where the head looks; invisible, and costing no draw
 * call, when neither is on. Values come from `xrFrame` (src/state/xr.ts).
 */
import { useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { BackSide, ShaderMaterial, SphereGeometry, type Mesh } from 'three';
import { xrFrame } from '../../state/xr.ts';

const VERTEX = /* glsl */ `
varying vec3 vView;
void main() {
  vec4 p = modelViewMatrix * vec4(position, 1.0);
  vView = p.xyz;
  gl_Position = projectionMatrix * p;
}`;

// uVignette 0…1: how far in from the edge the dark rim reaches. Angle from the view axis: 0 at the
// centre, about 0.9 rad at the edge of a Quest's field of view.
const FRAGMENT = /* glsl */ `
uniform float uFade;
uniform float uVignette;
varying vec3 vView;
void main() {
  float angle = acos(clamp(-normalize(vView).z, -1.0, 1.0));
  float inner = mix(0.95, 0.25, uVignette);
  float rim = uVignette > 0.0 ? smoothstep(inner, inner + 0.25, angle) : 0.0;
  float a = max(uFade, rim);
  gl_FragColor = vec4(0.0, 0.0, 0.0, a);
}`;

export function ComfortView() {
  const camera = useThree((s) => s.camera);
  const mesh = useRef<Mesh>(null);
  const geometry = useMemo(() => new SphereGeometry(0.25, 24, 12), []);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        uniforms: { uFade: { value: 0 }, uVignette: { value: 0 } },
        side: BackSide,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
        fog: false,
      }),
    [],
  );

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const fade = xrFrame.fade;
    const vignette = xrFrame.vignette.strength;
    m.visible = fade > 0.001 || vignette > 0.001;
    if (!m.visible) return;
    material.uniforms.uFade!.value = fade;
    material.uniforms.uVignette!.value = vignette;
    // About the eye: the XR camera's world position (between the eyes) this frame.
    camera.getWorldPosition(m.position);
  });

  return (
    <mesh
      ref={mesh}
      geometry={geometry}
      material={material}
      name="xr-comfort"
      renderOrder={10000}
      frustumCulled={false}
      visible={false}
      raycast={() => undefined}
    />
  );
}
