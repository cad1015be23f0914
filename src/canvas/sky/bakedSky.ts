/**
 * The sky, baked. three's `Sky` computes atmospheric scattering for every pixel it covers, every
 * frame: on software WebGL that was a third to a half of the whole frame (docs/performance.md), for
 * a picture that only changes with the sun, that is with the edition. So it is drawn once into a
 * small cube map, and each frame draws that cube map with a shader that is one texture lookup,
 * after every opaque thing (render order), so that only the pixels where sky shows are shaded.
 */
import {
  BackSide,
  CubeCamera,
  HalfFloatType,
  LinearFilter,
  Mesh,
  Scene,
  ShaderMaterial,
  SphereGeometry,
  UnsignedByteType,
  WebGLCubeRenderTarget,
  type WebGLRenderer,
} from 'three';
import { Sky } from 'three/examples/jsm/objects/Sky.js';

/** Cube face size, pixels: the sky's gradients are smooth; 256 keeps the sun's disc round on a phone. */
const FACE = 256;
/** Draw order among opaque things: after all of them (the models are 0, the land around the site 1). */
export const SKY_RENDER_ORDER = 2;
/** How far under the horizon the dome reaches, radians (20°). */
const BELOW_HORIZON = 0.35;

export interface SkyLook {
  turbidity: number;
  rayleigh: number;
  mieCoefficient: number;
  mieDirectionalG: number;
}

const vertexShader = /* glsl */ `
varying vec3 vDirection;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vDirection = world.xyz - cameraPosition;
  gl_Position = projectionMatrix * viewMatrix * world;
  gl_Position.z = gl_Position.w; // on the far plane: behind everything, never clipped by it
}`;

const fragmentShader = /* glsl */ `
uniform samplerCube sky;
varying vec3 vDirection;
void main() {
  gl_FragColor = vec4(textureCube(sky, normalize(vDirection)).rgb, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}`;

/** The sky's mesh (a dome around the eye, drawn last) and how to bake it for a sun position. */
export class BakedSky {
  readonly mesh: Mesh<SphereGeometry, ShaderMaterial>;
  private target: WebGLCubeRenderTarget | null = null;
  private readonly sky = new Sky();

  constructor(look: SkyLook) {
    const u = this.sky.material.uniforms;
    u['turbidity']!.value = look.turbidity;
    u['rayleigh']!.value = look.rayleigh;
    u['mieCoefficient']!.value = look.mieCoefficient;
    u['mieDirectionalG']!.value = look.mieDirectionalG;
    this.sky.scale.setScalar(10);
    const material = new ShaderMaterial({
      name: 'baked-sky',
      uniforms: { sky: { value: null } },
      vertexShader,
      fragmentShader,
      side: BackSide,
      depthWrite: false,
    });
    // The sky above the horizon and a band below it: lower down the land around the site always
    // covers it (from the air the land's edge, past the fog, is at most about 6° under the horizon).
    // A whole box covered every pixel of the screen, to be rejected by depth wherever the site was.
    this.mesh = new Mesh(new SphereGeometry(1, 32, 12, 0, Math.PI * 2, 0, Math.PI / 2 + BELOW_HORIZON), material);
    this.mesh.name = 'sky';
    this.mesh.scale.setScalar(2000);
    this.mesh.renderOrder = SKY_RENDER_ORDER;
    this.mesh.frustumCulled = false;
    this.mesh.raycast = () => undefined;
  }

  /**
   * Draws the scattering model into the cube map, seen from the origin (the sky depends on the
   * direction only). Again after a lost GPU context: a render target's pixels are not restored.
   */
  bake(gl: WebGLRenderer, sun: readonly [number, number, number]): void {
    (this.sky.material.uniforms['sunPosition']!.value as { set(x: number, y: number, z: number): void }).set(...sun);
    if (!this.target) {
      // Half floats keep the sky's brightness above 1 for the tone mapping applied when it is shown;
      // where the GPU cannot render to them, bytes (a sky a little flatter near the sun).
      const half = gl.extensions.has('EXT_color_buffer_half_float') || gl.extensions.has('EXT_color_buffer_float');
      this.target = new WebGLCubeRenderTarget(FACE, {
        type: half ? HalfFloatType : UnsignedByteType,
        generateMipmaps: false,
        minFilter: LinearFilter,
        magFilter: LinearFilter,
      });
      this.mesh.material.uniforms['sky']!.value = this.target.texture;
    }
    const scene = new Scene();
    scene.add(this.sky);
    new CubeCamera(0.1, 100, this.target).update(gl, scene);
    scene.remove(this.sky);
  }

  dispose(): void {
    this.target?.dispose();
    this.target = null;
    this.sky.geometry.dispose();
    this.sky.material.dispose();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}
