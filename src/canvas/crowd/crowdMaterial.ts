/**
 * The crowd's one material: matte Lambert, as the models are drawn, patched so the vertex shader does
 * everything that moves. Per instance: `instanceMatrix` (a standing figure's place and heading, or a
 * walker's loop's frame), `aWalk` (the loop: length, lane, speed, phase; speed 0 stands), `aLook`
 * (height, head size, officer 1 or 0, skin tone), `aSeat` (the seat's height above the floor for a
 * figure sitting on a chair, whose frame is then on the seat; 0 otherwise) and three colours
 * (`aShirt`, `aTrousers`, `aHair`). The shader walks each walker round its loop (crowdLanes.ts
 * `loopPoint`, the same maths), swings legs and arms about hip and shoulder with the distance walked
 * (so feet keep pace with the ground), sits a seated figure down (./sitting.ts `sitVertex`, the same
 * maths; no walk cycle), grows a child's head, hides a civilian's visor, and tints each part. `uTime` (seconds) is the only
 * thing written per frame; `uMove` is 0 under reduced motion: everyone stands at their phase, still.
 */
import { MeshLambertMaterial } from 'three';
import { hexToLinear } from '../../edition/color.ts';
import { ANKLE_Y, HIP_Y, LEG_HALF_DEPTH, LEG_X, LIMB, NECK_Y, SHOE, SHOULDER_Y, STRIDE, TINT } from './figures.ts';
import { ARM_REST, SHIN_MAX, SHIN_WIDEN, SINK, THIGH } from './sitting.ts';

export interface CrowdUniforms {
  uTime: { value: number };
  uMove: { value: number };
}

/** Skin tones the `aLook.w` tone runs between (sRGB), light to dark. */
const SKIN = { light: '#d9a57c', dark: '#7a4a2e' } as const;
/** Swing of a leg and of an arm at its widest, radians; the body's rise at each step, metres. */
const LEG_SWING = 0.45;
const ARM_SWING = 0.35;
const BOB = 0.025;

const f = (n: number) => n.toFixed(4);
const vec3 = (hex: string) => `vec3( ${hexToLinear(hex).map(f).join(', ')} )`;

/** The GLSL declarations and the pose function, placed after three's `<common>`. */
const HEAD = /* glsl */ `
attribute vec2 aRig;
attribute vec4 aWalk;
attribute vec4 aLook;
attribute float aSeat;
attribute vec3 aShirt;
attribute vec3 aTrousers;
attribute vec3 aHair;
uniform float uTime;
uniform float uMove;

// A point of the loop (crowdLanes.ts loopPoint): xy its place in the loop's frame, zw the heading (sin, cos).
vec4 crowdLoop( float s ) {
  float l = aWalk.x;
  float o = aWalk.y;
  if ( s < l ) return vec4( -o, s, 0.0, 1.0 );
  if ( s < l + 2.0 * o ) return vec4( -o + ( s - l ), l, 1.0, 0.0 );
  if ( s < 2.0 * l + 2.0 * o ) return vec4( o, l - ( s - l - 2.0 * o ), 0.0, -1.0 );
  return vec4( o - ( s - 2.0 * l - 2.0 * o ), 0.0, -1.0, 0.0 );
}

// Seated (./sitting.ts sitVertex, the same maths): thighs level and forward, shins down to the floor, arms to the lap.
void crowdSit( inout vec3 p, inout vec3 n, float limb ) {
  bool leg = limb > 0.5 && limb < ${f(LIMB.rightLeg + 0.5)};
  if ( leg && aRig.y > 0.5 ) {
    float u = ( ${f(HIP_Y)} - p.y ) / ${f(HIP_Y - ANKLE_Y)};
    p.yz = vec2( ${f(HIP_Y)} + p.z, u * ${f(THIGH)} );
    n.yz = vec2( n.z, -n.y );
  } else if ( leg ) {
    float top = p.y / ${f(ANKLE_Y)};
    float side = p.x > 0.0 ? ${f(LEG_X)} : ${f(-LEG_X)};
    float floorY = max( ${f(HIP_Y - LEG_HALF_DEPTH + SINK)} - aSeat / aLook.x, ${f(HIP_Y - SHIN_MAX)} );
    p.x = side + ( p.x - side ) * ${f(SHIN_WIDEN)};
    float foot = ${f(THIGH + LEG_HALF_DEPTH)} + p.z;
    float shin = ${f(THIGH)} + ( p.z - ${f(SHOE.heel)} ) * ${f((2 * LEG_HALF_DEPTH) / (SHOE.toe - SHOE.heel))};
    p.z = mix( foot, shin, top );
    p.y = mix( floorY, ${f(HIP_Y + LEG_HALF_DEPTH)}, top );
  } else if ( limb > ${f(LIMB.leftArm - 0.5)} && limb < ${f(LIMB.rightArm + 0.5)} ) {
    float c = ${f(Math.cos(-ARM_REST))};
    float s = ${f(Math.sin(-ARM_REST))};
    float y = p.y - ${f(SHOULDER_Y)};
    p.yz = vec2( ${f(SHOULDER_Y)} + y * c - p.z * s, y * s + p.z * c );
    n.yz = vec2( n.y * c - n.z * s, n.y * s + n.z * c );
  } else if ( limb < 0.5 && p.y < ${f(HIP_Y)} ) p.y = ${f(HIP_Y - LEG_HALF_DEPTH + SINK)};
}

void crowdPose( inout vec3 p, inout vec3 n ) {
  float limb = aRig.x;
  bool seated = aSeat > 0.0;
  if ( limb > ${f(LIMB.visor - 0.5)} && aLook.z < 0.5 ) p = vec3( 0.0, ${f(NECK_Y + 0.1)}, 0.0 );
  if ( limb > ${f(LIMB.head - 0.5)} ) p = vec3( p.x * aLook.y, ${f(NECK_Y)} + ( p.y - ${f(NECK_Y)} ) * aLook.y, p.z * aLook.y );
  float walking = aWalk.z > 0.0 ? uMove : 0.0;
  float travelled = aWalk.w + aWalk.z * uTime * uMove;
  float cycle = travelled * ${f((2 * Math.PI) / STRIDE)} / aLook.x;
  float swing = walking * sin( cycle );
  if ( seated ) crowdSit( p, n, limb );
  else if ( limb > 0.5 && limb < ${f(LIMB.rightArm + 0.5)} ) {
    bool leg = limb < ${f(LIMB.rightLeg + 0.5)};
    float side = mod( limb, 2.0 ) > 0.5 ? 1.0 : -1.0;
    float a = leg ? side * swing * ${f(LEG_SWING)} : -side * swing * ${f(ARM_SWING)};
    float pivot = leg ? ${f(HIP_Y)} : ${f(SHOULDER_Y)};
    float c = cos( a );
    float s = sin( a );
    float y = p.y - pivot;
    p.yz = vec2( pivot + y * c - p.z * s, y * s + p.z * c );
    n.yz = vec2( n.y * c - n.z * s, n.y * s + n.z * c );
  }
  p.y += walking * abs( sin( cycle ) ) * ${f(BOB)};
  p *= aLook.x;
  if ( seated ) p.y -= ${f(HIP_Y - LEG_HALF_DEPTH + SINK)} * aLook.x;
  if ( aWalk.z > 0.0 ) {
    float perimeter = 2.0 * aWalk.x + 4.0 * aWalk.y;
    vec4 at = crowdLoop( mod( travelled, perimeter ) );
    p.xz = vec2( p.x * at.w + p.z * at.z, -p.x * at.z + p.z * at.w ) + at.xy;
    n.xz = vec2( n.x * at.w + n.z * at.z, -n.x * at.z + n.z * at.w );
  }
}
`;

const TINTS = /* glsl */ `
vec3 crowdTint = vec3( 1.0 );
if ( aRig.y > ${f(TINT.skin - 0.5)} ) crowdTint = mix( ${vec3(SKIN.light)}, ${vec3(SKIN.dark)}, aLook.w );
else if ( aRig.y > ${f(TINT.hair - 0.5)} ) crowdTint = aHair;
else if ( aRig.y > ${f(TINT.trousers - 0.5)} ) crowdTint = aTrousers;
else if ( aRig.y > ${f(TINT.shirt - 0.5)} ) crowdTint = aShirt;
vColor.rgb *= crowdTint;
// A seated figure's shoe is its shin too: trousers at the knee, the shoe's colour at the foot.
if ( aSeat > 0.0 && aRig.x > 0.5 && aRig.x < ${f(LIMB.rightLeg + 0.5)} && aRig.y < 0.5 && position.y > ${f(ANKLE_Y / 2)} ) vColor.rgb = aTrousers;
`;

/** The material of every figure of the crowd, its uniforms shared with the component that updates them. */
export function crowdMaterial(uniforms: CrowdUniforms): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true, name: 'crowd-figures' });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uTime = uniforms.uTime;
    shader.uniforms.uMove = uniforms.uMove;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${HEAD}`)
      .replace('#include <color_vertex>', `#include <color_vertex>\n${TINTS}`)
      .replace(
        '#include <beginnormal_vertex>',
        'vec3 objectNormal = vec3( normal );\nvec3 crowdPosition = vec3( position );\ncrowdPose( crowdPosition, objectNormal );',
      )
      .replace('#include <begin_vertex>', 'vec3 transformed = crowdPosition;');
  };
  // One program for the crowd, apart from every other Lambert material's.
  material.customProgramCacheKey = () => 'crowd-figures-1';
  return material;
}

/** The shader text the patch adds, for tests that check it is in step with the TypeScript. */
export const CROWD_GLSL = { head: HEAD, tints: TINTS };
