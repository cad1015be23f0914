// The hotspot badges' look: sizes, colours, and the MeshBasicMaterial patch that faces, grows and colours them on the GPU.
import { Color, MeshBasicMaterial, type DataTexture } from 'three';
import type { Hotspot } from '../../edition/schema.ts';
import { ICON_CELLS } from './iconAtlas.ts';

// Exported because picking (markerPicking.ts) must meet the badges at the size the shader draws them.
/** Half the badge's width at close range, metres. */
export const SIZE = 0.2;
/** Beyond this distance (metres) a badge grows with distance, so it keeps about the same size on screen… */
export const GROW_FROM = 4;
/** …up to this many times its size. */
export const MAX_GROW = 4;
/** Scale of a hovered or focused badge. */
export const EMPHASIS_SCALE = 1.3;
/** Relative size change of the pulse; none for visitors who ask for reduced motion. */
export const PULSE = 0.06;

/** Badge fill by type (white icon on it); sRGB. */
export const FILL: Record<Hotspot['type'], string> = { info: '#1d4f91', video: '#c1272d', gallery: '#006233', link: '#5b3c99' };
const ACCENT = '#f2c230';

export interface MarkerUniforms {
  uTime: { value: number };
  uPulse: { value: number };
}

/**
 * One material for every badge. Per instance: `instanceMatrix` (position and emphasis scale),
 * `instanceColor` (fill) and the `aLook` attribute (x: atlas cell, y: emphasis, 0 or 1). Billboarding
 * and distance growth are in the vertex shader so the CPU rewrites instances only on change.
 */
export function makeMarkerMaterial(atlas: DataTexture, uniforms: MarkerUniforms): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ map: atlas, transparent: true, depthWrite: false, toneMapped: false, fog: false });
  const accent = new Color(ACCENT);
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uTime = uniforms.uTime;
    shader.uniforms.uPulse = uniforms.uPulse;
    shader.uniforms.uAccent = { value: accent };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec2 aLook;
uniform float uTime;
uniform float uPulse;
varying float vEmphasis;`,
      )
      .replace(
        '#include <uv_vertex>',
        `#include <uv_vertex>
vMapUv = vec2( ( uv.x + aLook.x ) * ${1 / ICON_CELLS}, uv.y );
vEmphasis = aLook.y;`,
      )
      .replace(
        '#include <project_vertex>',
        `vec4 hsCentre = modelViewMatrix * instanceMatrix * vec4( 0.0, 0.0, 0.0, 1.0 );
float hsScale = length( instanceMatrix[ 0 ].xyz );
float hsDist = max( length( hsCentre.xyz ), 1e-3 );
// Pulled toward the eye, so the wall or prop it sits on does not cut the badge.
hsCentre.xyz -= hsCentre.xyz / hsDist * min( 0.35, hsDist * 0.5 );
float hsGrow = clamp( -hsCentre.z / ${GROW_FROM.toFixed(1)}, 1.0, ${MAX_GROW.toFixed(1)} );
float hsPulse = 1.0 + uPulse * sin( uTime * 2.6 + float( gl_InstanceID ) * 1.7 );
vec4 mvPosition = hsCentre + vec4( position.xy * ${(SIZE * 2).toFixed(3)} * hsScale * hsGrow * hsPulse, 0.0, 0.0 );
gl_Position = projectionMatrix * mvPosition;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform vec3 uAccent;
varying float vEmphasis;`,
      )
      .replace('#include <map_fragment>', 'vec4 hsMask = texture2D( map, vMapUv );')
      .replace(
        '#include <color_fragment>',
        `vec3 hsColor = mix( vColor.rgb, mix( vec3( 1.0 ), uAccent, vEmphasis ), hsMask.r );
hsColor = mix( hsColor, vec3( 1.0 ), hsMask.g );
diffuseColor = vec4( hsColor, diffuseColor.a * hsMask.a );`,
      );
  };
  return material;
}
