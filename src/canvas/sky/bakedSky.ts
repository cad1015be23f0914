/**
 * The sky, baked. three's `Sky` computes atmospheric scattering for every pixel it covers, every
 * frame: on software WebGL that was a third to a half of the whole frame (docs/performance.md), for
 * a picture that only changes with the sun, that is with the edition. So it is drawn once, for the
 * sun of the edition, into a small cube map, and that cube is unrolled into a flat picture of the
 * dome, already tone mapped and sRGB encoded: each frame the dome draws with one plain 2D texture
 * lookup at its own texture coordinates (no direction to normalise, no cube face to pick, no tone
 * mapping per pixel), after every opaque thing (render order), so only the pixels where sky shows
 * are shaded. Where the sky fills half the view (road-safety, eye height) that per-pixel work was
 * about a fifth of the frame.
 */
import {
  ACESFilmicToneMapping,
  BackSide,
  CubeCamera,
  HalfFloatType,
  LinearFilter,
  Mesh,
  OrthographicCamera,
  PlaneGeometry,
  RepeatWrapping,
  Scene,
  ShaderMaterial,
  SphereGeometry,
  UnsignedByteType,
  WebGLCubeRenderTarget,
  WebGLRenderTarget,
  type Texture,
  type WebGLRenderer,
} from 'three';
import { Sky } from 'three/examples/jsm/objects/Sky.js';

/** Cube face size, pixels, for the scattering model's first drawing: 0.35° a pixel. */
const FACE = 256;
/** The unrolled dome, pixels: 360° by 110° at about the cube's 0.35° a pixel (1.3 MB of RGBA8). */
const DOME_WIDTH = 1024;
const DOME_HEIGHT = 320;
/** Draw order among opaque things: after all of them (the models are 0, the land around the site 1). */
export const SKY_RENDER_ORDER = 2;
/** How far under the horizon the dome reaches, radians (20°). */
const BELOW_HORIZON = 0.35;
/** The dome's polar extent, from the zenith down to 20° under the horizon. */
const THETA_LENGTH = Math.PI / 2 + BELOW_HORIZON;

export interface SkyLook {
  turbidity: number;
  rayleigh: number;
  mieCoefficient: number;
  mieDirectionalG: number;
}

const domeVertexShader = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  // Centred on the eye (the view's rotation, not its translation): the sky is infinitely far, so
  // each texel's direction must be the same from the entrance, from the air and from either eye.
  gl_Position = projectionMatrix * vec4(mat3(modelViewMatrix) * position, 1.0);
  gl_Position.z = gl_Position.w; // on the far plane: behind everything, never clipped by it
}`;

/** The baked texels are the final colours of the screen: nothing to tone map or encode. */
const domeFragmentShader = /* glsl */ `
uniform sampler2D sky;
varying vec2 vUv;
void main() {
  gl_FragColor = vec4(texture2D(sky, vUv).rgb, 1.0);
}`;

const unrollVertexShader = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;

/**
 * One texel of the unrolled dome: the direction that SphereGeometry gives the vertex with these
 * texture coordinates (u round the vertical from -x, v from the dome's lowest ring up to the zenith),
 * looked up in the cube, then tone mapped and encoded as the renderer does on screen.
 */
const unrollFragmentShader = /* glsl */ `
#include <tonemapping_pars_fragment>
uniform samplerCube cube;
uniform float thetaLength;
varying vec2 vUv;
void main() {
  float phi = vUv.x * 6.28318530718;
  float theta = (1.0 - vUv.y) * thetaLength;
  vec3 direction = vec3(-cos(phi) * sin(theta), cos(theta), sin(phi) * sin(theta));
  vec3 color = textureCube(cube, direction).rgb;
  #ifdef TONE_ACES
  color = ACESFilmicToneMapping(color);
  #endif
  gl_FragColor = sRGBTransferOETF(vec4(color, 1.0));
}`;

/** The sky's mesh (a dome around the eye, drawn last) and how to bake it for a sun position. */
export class BakedSky {
  readonly mesh: Mesh<SphereGeometry, ShaderMaterial>;
  private target: WebGLRenderTarget | null = null;
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
      vertexShader: domeVertexShader,
      fragmentShader: domeFragmentShader,
      side: BackSide,
      depthWrite: false,
      // The texels are already what the screen shows (see the unrolling below).
      toneMapped: false,
    });
    // The sky above the horizon and a band below it: lower down the land around the site always
    // covers it (from the air the land's edge, past the fog, is at most about 6° under the horizon).
    // A whole box covered every pixel of the screen, to be rejected by depth wherever the site was.
    // 64 segments round: the texture coordinates are interpolated along each triangle's straight
    // edge, and finer rings keep the sun's disc where the scattering model put it.
    this.mesh = new Mesh(new SphereGeometry(1, 64, 16, 0, Math.PI * 2, 0, THETA_LENGTH), material);
    this.mesh.name = 'sky';
    this.mesh.scale.setScalar(2000);
    this.mesh.renderOrder = SKY_RENDER_ORDER;
    this.mesh.frustumCulled = false;
    this.mesh.raycast = () => undefined;
  }

  /** The unrolled dome the mesh draws (null before the first bake). */
  get texture(): Texture | null {
    return this.target?.texture ?? null;
  }

  /**
   * Draws the scattering model into a cube map seen from the origin (the sky depends on the
   * direction only), then unrolls the cube into the dome's texture, tone mapped by the renderer's
   * own curve and exposure. Again after a lost GPU context: a render target's pixels are not restored.
   */
  bake(gl: WebGLRenderer, sun: readonly [number, number, number]): void {
    (this.sky.material.uniforms['sunPosition']!.value as { set(x: number, y: number, z: number): void }).set(...sun);
    // Half floats keep the sky's brightness above 1 for the tone mapping; where the GPU cannot
    // render to them, bytes (a sky a little flatter near the sun). Only needed during the bake.
    const half = gl.extensions.has('EXT_color_buffer_half_float') || gl.extensions.has('EXT_color_buffer_float');
    const cube = new WebGLCubeRenderTarget(FACE, {
      type: half ? HalfFloatType : UnsignedByteType,
      generateMipmaps: false,
      minFilter: LinearFilter,
      magFilter: LinearFilter,
    });
    const scene = new Scene();
    scene.add(this.sky);
    new CubeCamera(0.1, 100, cube).update(gl, scene);
    scene.remove(this.sky);

    if (!this.target) {
      // Bytes: the values are the screen's final 8-bit colours. Repeat round the vertical so the
      // seam at u = 0 = 1 blends like any other column.
      this.target = new WebGLRenderTarget(DOME_WIDTH, DOME_HEIGHT, {
        type: UnsignedByteType,
        generateMipmaps: false,
        minFilter: LinearFilter,
        magFilter: LinearFilter,
        depthBuffer: false,
      });
      this.target.texture.wrapS = RepeatWrapping;
      this.mesh.material.uniforms['sky']!.value = this.target.texture;
    }
    const unroll = new ShaderMaterial({
      uniforms: { cube: { value: cube.texture }, thetaLength: { value: THETA_LENGTH } },
      vertexShader: unrollVertexShader,
      fragmentShader: unrollFragmentShader,
      defines: gl.toneMapping === ACESFilmicToneMapping ? { TONE_ACES: '' } : {},
      depthTest: false,
      depthWrite: false,
    });
    const quad = new Mesh(new PlaneGeometry(2, 2), unroll);
    quad.frustumCulled = false;
    const flat = new Scene();
    flat.add(quad);
    const before = gl.getRenderTarget();
    gl.setRenderTarget(this.target);
    gl.render(flat, new OrthographicCamera());
    gl.setRenderTarget(before);
    quad.geometry.dispose();
    unroll.dispose();
    cube.dispose();
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
