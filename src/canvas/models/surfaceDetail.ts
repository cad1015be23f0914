/**
 * Procedural detail in the models' matte materials, so that sand, paving, lawn, asphalt, metal and
 * tent fabric read as themselves on foot and from the air, with no texture to download and no draw
 * call added: a few value-noise and hash calls in the Lambert fragment shader, in world space, on the
 * albedo (and the fabric's glow). Which surface a fragment is comes from its colour, normal and height
 * (./surfaceKind.ts); a material named `fabric` is tent fabric throughout.
 *
 * Nothing shimmers from afar: lines and stripes are box-filtered over the pixel's footprint (the
 * world-space derivatives), noise fades out once its grain is under a couple of pixels. Every
 * patched material gets the same program per variant (one cache key), so the program count does not
 * grow; a clone (the roofs' own material, src/canvas/World.tsx) is patched too, being of this class.
 * The cheaper tier (src/canvas/quality/liteTier.ts) draws without it, with a program of its own that
 * has none of the code: a uniform that skipped the block did not help software WebGL, which runs a
 * branch's code for every fragment anyway (the frame cost 2.3× the bare viewer's either way, 1.06×
 * without the code: docs/performance.md). A change of tier recompiles the patched materials once
 * (`surfaceDetailTierChanged`); three keeps both programs after.
 */
import { MeshLambertMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { quality } from '../../state/frame.ts';
import { SURFACE_KIND_GLSL, SURFACE_KINDS, type SurfaceKind } from './surfaceKind.ts';

/** Materials that are tent fabric throughout (tools/models/gltf.ts names them). */
const CLOTH_MATERIALS = new Set(['fabric']);
/** One key for every patched material: programs are shared as the unpatched ones were. */
export const SURFACE_DETAIL_KEY = 'surface-detail-1';

const k = (kind: SurfaceKind): number => SURFACE_KINDS.indexOf(kind);

/** Declarations: the uniforms, hash and value noise, the box filters, the classification, one function per surface. */
export const DETAIL_PARS = /* glsl */ `
// surface detail (src/canvas/models/surfaceDetail.ts)
uniform float sdClothMaterial;
float sdHash( vec2 p ) {
  vec3 p3 = fract( vec3( p.xyx ) * 0.1031 );
  p3 += dot( p3, p3.yzx + 33.33 );
  return fract( ( p3.x + p3.y ) * p3.z );
}
float sdNoise( vec2 p ) {
  vec2 i = floor( p );
  vec2 u = fract( p );
  u = u * u * ( 3.0 - 2.0 * u );
  return mix( mix( sdHash( i ), sdHash( i + vec2( 1.0, 0.0 ) ), u.x ),
    mix( sdHash( i + vec2( 0.0, 1.0 ) ), sdHash( i + vec2( 1.0, 1.0 ) ), u.x ), u.y );
}
// 1 while a pixel spans under a fifth of a feature of this size (metres), 0 once it spans half.
float sdFade( float fp, float size ) {
  return 1.0 - smoothstep( 0.2, 0.5, fp / size );
}
// The share of the pixel [x - w/2, x + w/2] (in cells) covered by lines 1/n wide at each cell's start.
float sdLines( float x, float w, float n ) {
  w = max( w, 1e-3 );
  vec2 e = vec2( x + 0.5 * w, x - 0.5 * w );
  vec2 i = floor( e ) + min( fract( e ) * n, 1.0 );
  return clamp( ( i.x - i.y ) / ( n * w ), 0.0, 1.0 );
}
// The share of the pixel (in periods) on the second half of each period: square stripes, box-filtered.
float sdStripe( float x, float w ) {
  w = max( w, 1e-3 );
  vec2 e = vec2( x + 0.5 * w, x - 0.5 * w );
  vec2 i = floor( e ) * 0.5 + max( fract( e ) - 0.5, 0.0 );
  return clamp( ( i.x - i.y ) / w, 0.0, 1.0 );
}
${SURFACE_KIND_GLSL}
// Sand: 3 m patches, soft ripples about 47 cm apart bent by the patches, grains of 3.5 cm.
vec3 sdSand( vec2 p, float fp ) {
  float patches = sdNoise( p * 0.35 );
  float grain = sdNoise( p * 28.0 );
  float ripple = sin( 6.2832 * fract( dot( p, vec2( 1.7, 1.3 ) ) + patches * 1.5 ) );
  return vec3( 1.0 + 0.08 * ( patches - 0.5 ) * sdFade( fp, 2.9 ) + 0.035 * ripple * sdFade( fp, 0.47 )
    + 0.16 * ( grain - 0.5 ) * sdFade( fp, 0.036 ) );
}
// Paving: 75 cm slabs, each of its own tone, with 2 cm joints; a fine speckle.
vec3 sdPaving( vec2 p, vec2 w, float fp ) {
  vec2 q = p * 1.3333;
  vec2 wq = w * 1.3333;
  float joint = 1.0 - ( 1.0 - sdLines( q.x, wq.x, 37.5 ) ) * ( 1.0 - sdLines( q.y, wq.y, 37.5 ) );
  float slab = sdHash( floor( q ) );
  float speckle = sdNoise( p * 9.0 );
  return vec3( 1.0 + ( 0.07 * ( slab - 0.5 ) - 0.25 * joint ) * sdFade( fp, 0.75 ) + 0.07 * ( speckle - 0.5 ) * sdFade( fp, 0.11 ) );
}
// Lawn: two greens mottled (1.4 m patches, 25 cm tufts), mowing stripes 2.5 m wide, blades.
vec3 sdLawn( vec2 p, vec2 w, float fp ) {
  float m = mix( sdNoise( p * 0.7 ), sdNoise( p * 4.0 ), 0.4 * sdFade( fp, 0.25 ) );
  vec3 tint = mix( vec3( 1.0 ), mix( vec3( 0.86, 0.94, 0.84 ), vec3( 1.1, 1.06, 0.92 ), m ), sdFade( fp, 1.4 ) );
  float stripe = sdStripe( p.x * 0.2, w.x * 0.2 );
  float blades = sdHash( floor( p * 45.0 ) );
  return tint * ( 1.0 + 0.09 * ( stripe - 0.5 ) + 0.14 * ( blades - 0.5 ) * sdFade( fp, 0.022 ) );
}
// Asphalt: worn patches, grit of 1.7 cm.
vec3 sdAsphalt( vec2 p, float fp ) {
  float patches = sdNoise( p * 0.6 );
  float grit = sdHash( floor( p * 60.0 ) );
  return vec3( 1.0 + 0.1 * ( patches - 0.5 ) * sdFade( fp, 1.7 ) + 0.22 * ( grit - 0.5 ) * sdFade( fp, 0.017 ) );
}
// Metal: brushed streaks 2 cm across and 70 cm long, up posts and walls, along x on flat faces; a soft sheen.
vec3 sdMetal( vec3 p, vec3 n, float fp ) {
  bool flatFace = abs( n.y ) > 0.7;
  float across = flatFace ? p.z : dot( p.xz, normalize( vec2( - n.z, n.x ) ) );
  float along = flatFace ? p.x : p.y;
  float streak = sdNoise( vec2( across * 45.0, along * 1.4 ) );
  float sheen = sdNoise( vec2( across * 2.5, along * 0.5 ) );
  return vec3( 1.0 + 0.16 * ( streak - 0.5 ) * sdFade( fp, 0.022 ) + 0.08 * ( sheen - 0.5 ) * sdFade( fp, 0.4 ) );
}
// Tent fabric: a 2 cm weave; on the fabric material, seams down the slope between widths of 1.2 m.
vec3 sdCloth( vec3 p, vec3 n, vec3 dx, vec3 dy, float fp, float seams ) {
  vec2 t = dot( n.xz, n.xz ) > 0.0025 ? normalize( vec2( - n.z, n.x ) ) : vec2( 1.0, 0.0 );
  vec3 t3 = vec3( t.x, 0.0, t.y );
  float a = dot( p, t3 );
  float v = dot( p, cross( n, t3 ) );
  float seam = sdLines( a * 0.8333, max( abs( dot( dx, t3 ) ), abs( dot( dy, t3 ) ) ) * 0.8333, 60.0 );
  float weave = sin( 6.2832 * fract( a * 50.0 ) ) * sin( 6.2832 * fract( v * 50.0 ) );
  return vec3( 1.0 - 0.14 * seam * seams + 0.04 * weave * sdFade( fp, 0.02 ) );
}
`;

/** In main, after the emissive map: the derivatives first (outside any branch), then the detail (full tier only: the cheaper tier's program has none of it). */
export const DETAIL_MAIN = /* glsl */ `
// surface detail: derivatives are undefined in divergent flow (and some compilers flatten a branch holding one).
vec3 sdDxView = dFdx( vViewPosition );
vec3 sdDyView = dFdy( vViewPosition );
{
  vec3 sdP = cameraPosition - ( vec4( vViewPosition, 0.0 ) * viewMatrix ).xyz;
  vec3 sdDx = ( vec4( sdDxView, 0.0 ) * viewMatrix ).xyz;
  vec3 sdDy = ( vec4( sdDyView, 0.0 ) * viewMatrix ).xyz;
  vec3 sdN = ( vec4( normal, 0.0 ) * viewMatrix ).xyz;
  float sdFp = max( length( sdDx ), length( sdDy ) );
  vec2 sdW = max( abs( sdDx.xz ), abs( sdDy.xz ) );
  int sdK = sdKind( diffuseColor.rgb, sdN.y, sdP.y, sdClothMaterial );
  vec3 sdF = vec3( 1.0 );
  if ( sdK == ${k('sand')} ) sdF = sdSand( sdP.xz, sdFp );
  else if ( sdK == ${k('paving')} ) sdF = sdPaving( sdP.xz, sdW, sdFp );
  else if ( sdK == ${k('lawn')} ) sdF = sdLawn( sdP.xz, sdW, sdFp );
  else if ( sdK == ${k('asphalt')} ) sdF = sdAsphalt( sdP.xz, sdFp );
  else if ( sdK == ${k('metal')} ) sdF = sdMetal( sdP, sdN, sdFp );
  else if ( sdK == ${k('cloth')} ) sdF = sdCloth( sdP, sdN, sdDx, sdDy, sdFp, sdClothMaterial );
  diffuseColor.rgb *= sdF;
  totalEmissiveRadiance *= sdF;
}
`;

const PARS_AFTER = '#include <common>';
const MAIN_AFTER = '#include <emissivemap_fragment>';

function insertAfter(source: string, hook: string, chunk: string): string | null {
  const at = source.indexOf(hook);
  if (at < 0 || source.indexOf(hook, at + 1) >= 0) return null;
  return source.slice(0, at + hook.length) + chunk + source.slice(at + hook.length);
}

/**
 * Adds the detail to a Lambert program's fragment shader and its uniforms; `cloth` when the whole
 * material is tent fabric. Once only; a shader without the hooks (another three) is left as it was.
 */
export function patchSurfaceDetail(
  shader: Pick<WebGLProgramParametersWithUniforms, 'fragmentShader' | 'uniforms'>,
  cloth: boolean,
): void {
  shader.uniforms.sdClothMaterial = { value: cloth ? 1 : 0 };
  if (shader.fragmentShader.includes('// surface detail (src/canvas/models/surfaceDetail.ts)')) return;
  const withPars = insertAfter(shader.fragmentShader, PARS_AFTER, DETAIL_PARS);
  const patched = withPars && insertAfter(withPars, MAIN_AFTER, DETAIL_MAIN);
  if (patched) shader.fragmentShader = patched;
  else console.warn('surface detail: the Lambert shader has no single', PARS_AFTER, 'and', MAIN_AFTER, '; drawn without it');
}

/** The patched materials alive, so a change of tier can have them compiled again. */
const live = new Set<SurfaceDetailMaterial>();

/** A matte Lambert material with the surface detail on the full tier; its clones are too. */
export class SurfaceDetailMaterial extends MeshLambertMaterial {
  constructor(parameters?: ConstructorParameters<typeof MeshLambertMaterial>[0]) {
    super(parameters);
    live.add(this);
    this.addEventListener('dispose', () => live.delete(this));
  }

  override onBeforeCompile(shader: WebGLProgramParametersWithUniforms): void {
    if (quality.tier !== 'lite') patchSurfaceDetail(shader, CLOTH_MATERIALS.has(this.name));
  }

  override customProgramCacheKey(): string {
    return quality.tier === 'lite' ? `${SURFACE_DETAIL_KEY}-lite` : SURFACE_DETAIL_KEY;
  }
}

/** Has every patched material take the program of the tier now in `quality.tier` at its next draw. */
export function surfaceDetailTierChanged(): void {
  for (const m of live) m.needsUpdate = true;
}

/** How many patched materials are alive (tests). */
export function liveSurfaceDetailMaterials(): number {
  return live.size;
}

/** `m`'s copy that draws with the surface detail (same colour, maps, side, name…). */
export function withSurfaceDetail(m: MeshLambertMaterial): SurfaceDetailMaterial {
  return new SurfaceDetailMaterial().copy(m);
}
