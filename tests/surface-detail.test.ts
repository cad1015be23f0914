/**
 * The matte materials' procedural detail: the shader patch (inserted once, at the right places, a
 * program key of its own, kept by clones, off on the cheaper tier) and the surface classification,
 * its TypeScript port held to every palette colour and the kit's ground tones, and the GLSL
 * `sdKind` run as JavaScript against the port, so that the two cannot drift apart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  Group,
  Mesh,
  MeshLambertMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  ShaderLib,
  UniformsUtils,
  type WebGLProgramParametersWithUniforms,
  type WebGLRenderer,
} from 'three';
import { hexToLinear, type LinearRGB } from '../src/edition/color.ts';
import { PALETTE, type PaletteColor } from '../src/edition/palette.ts';
import { PAVING } from '../tools/models/kit/ground/paths.ts';
import { quality } from '../src/state/frame.ts';
import { matteAsLambert } from '../src/canvas/models/matteMaterials.ts';
import {
  DETAIL_MAIN,
  DETAIL_PARS,
  SURFACE_DETAIL_KEY,
  surfaceDetailTierChanged,
  liveSurfaceDetailMaterials,
  SurfaceDetailMaterial,
  patchSurfaceDetail,
} from '../src/canvas/models/surfaceDetail.ts';
import { SURFACE_KIND_GLSL, SURFACE_KINDS, surfaceKind, type SurfaceKind } from '../src/canvas/models/surfaceKind.ts';

/** What three hands `onBeforeCompile` for a Lambert program. */
function lambertShader(): WebGLProgramParametersWithUniforms {
  return {
    vertexShader: ShaderLib.lambert.vertexShader,
    fragmentShader: ShaderLib.lambert.fragmentShader,
    uniforms: UniformsUtils.clone(ShaderLib.lambert.uniforms),
  } as WebGLProgramParametersWithUniforms;
}

function compile(material: MeshLambertMaterial): WebGLProgramParametersWithUniforms {
  const shader = lambertShader();
  material.onBeforeCompile(shader, {} as WebGLRenderer);
  return shader;
}

const count = (text: string, part: string) => text.split(part).length - 1;

afterEach(() => {
  quality.tier = 'full';
});

describe('the surface detail patch', () => {
  it('inserts its declarations and its main block exactly once, where three has what they use', () => {
    const material = new SurfaceDetailMaterial();
    const shader = compile(material);
    const frag = shader.fragmentShader;
    expect(count(frag, DETAIL_PARS)).toBe(1);
    expect(count(frag, DETAIL_MAIN)).toBe(1);
    expect(count(frag, 'int sdKind(')).toBe(1);
    // Declarations after three's common chunk, before main; the block after the emissive map (so
    // `normal`, `diffuseColor` and `totalEmissiveRadiance` exist) and before the lights read the colour.
    const main = frag.indexOf('void main()');
    expect(frag.indexOf('#include <common>')).toBeLessThan(frag.indexOf(DETAIL_PARS));
    expect(frag.indexOf(DETAIL_PARS)).toBeLessThan(main);
    expect(frag.indexOf('#include <normal_fragment_begin>')).toBeLessThan(frag.indexOf(DETAIL_MAIN));
    expect(frag.indexOf('#include <emissivemap_fragment>')).toBeLessThan(frag.indexOf(DETAIL_MAIN));
    expect(frag.indexOf(DETAIL_MAIN)).toBeLessThan(frag.indexOf('#include <lights_lambert_fragment>'));
    expect(shader.vertexShader).toBe(ShaderLib.lambert.vertexShader);
    // A second compile of the same parameters (three may hand them again) adds nothing.
    (material as MeshLambertMaterial).onBeforeCompile(shader, {} as WebGLRenderer);
    expect(count(shader.fragmentShader, DETAIL_MAIN)).toBe(1);
    expect(shader.fragmentShader).toBe(frag);
  });

  it('leaves a shader without its hooks as it was', () => {
    const shader = { fragmentShader: 'void main() { gl_FragColor = vec4( 1.0 ); }', uniforms: {} };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      patchSurfaceDetail(shader, false);
    } finally {
      console.warn = warn;
    }
    expect(shader.fragmentShader).toBe('void main() { gl_FragColor = vec4( 1.0 ); }');
  });

  it('has a program key of its own, shared by every patched material and kept by clones', () => {
    const plain = new MeshLambertMaterial();
    const a = new SurfaceDetailMaterial();
    const b = new SurfaceDetailMaterial({ name: 'fabric' });
    expect(a.customProgramCacheKey()).toBe(SURFACE_DETAIL_KEY);
    expect(a.customProgramCacheKey()).not.toBe(plain.customProgramCacheKey());
    expect(b.customProgramCacheKey()).toBe(a.customProgramCacheKey());
    // The roofs fade with a clone of their material (src/canvas/World.tsx): it must stay patched.
    const clone = b.clone();
    expect(clone).toBeInstanceOf(SurfaceDetailMaterial);
    expect(clone.customProgramCacheKey()).toBe(SURFACE_DETAIL_KEY);
    expect(count(compile(clone).fragmentShader, DETAIL_MAIN)).toBe(1);
  });

  it('marks the fabric material as cloth throughout, the others by their colour', () => {
    expect(compile(new SurfaceDetailMaterial({ name: 'fabric' })).uniforms.sdClothMaterial!.value).toBe(1);
    expect(compile(new SurfaceDetailMaterial({ name: 'matte' })).uniforms.sdClothMaterial!.value).toBe(0);
  });

  it('gives the cheaper tier a program of its own without any of the detail, and has the materials recompiled when the tier changes', () => {
    const m = new SurfaceDetailMaterial();
    const full = compile(m);
    for (const call of [
      'sdKind(',
      'sdSand(',
      'sdPaving(',
      'sdLawn(',
      'sdAsphalt(',
      'sdMetal(',
      'sdCloth(',
      'diffuseColor.rgb *=',
    ])
      expect(full.fragmentShader).toContain(call);
    const version = m.version;
    try {
      quality.tier = 'lite';
      surfaceDetailTierChanged();
      expect(m.version, 'asked to compile again').toBeGreaterThan(version);
      expect(m.customProgramCacheKey()).toBe(`${SURFACE_DETAIL_KEY}-lite`);
      const lite = compile(m);
      for (const part of ['sdHash(', 'sdNoise(', 'sdKind(', 'sdSand(', 'sdCloth(', 'surface detail'])
        expect(lite.fragmentShader).not.toContain(part);
    } finally {
      quality.tier = 'full';
      surfaceDetailTierChanged();
    }
    expect(m.customProgramCacheKey()).toBe(SURFACE_DETAIL_KEY);
    expect(compile(m).fragmentShader).toContain('sdKind(');
    // Disposed materials are let go.
    const before = liveSurfaceDetailMaterials();
    m.dispose();
    expect(liveSurfaceDetailMaterials()).toBe(before - 1);
  });

  it('is what matteAsLambert draws the matte materials with, and the glass keeps its own', () => {
    const root = new Group();
    const matte = new MeshStandardMaterial({ name: 'matte', roughness: 0.92, metalness: 0, vertexColors: true });
    const fabric = new MeshStandardMaterial({ name: 'fabric', roughness: 0.95, metalness: 0 });
    const glass = new MeshStandardMaterial({ name: 'glass', roughness: 0.1, metalness: 0, transparent: true });
    const plane = new PlaneGeometry();
    root.add(new Mesh(plane, matte), new Mesh(plane, matte), new Mesh(plane, fabric), new Mesh(plane, glass));
    matteAsLambert(root);
    const drawn = root.children.map((o) => (o as Mesh).material as MeshLambertMaterial);
    expect(drawn[0]).toBeInstanceOf(SurfaceDetailMaterial);
    expect(drawn[0]).toBe(drawn[1]);
    expect(drawn[0]!.vertexColors).toBe(true);
    expect(drawn[2]).toBeInstanceOf(SurfaceDetailMaterial);
    expect(drawn[2]!.name).toBe('fabric');
    expect(drawn[3]).toBe(glass);
  });
});

type Colour = readonly [number, number, number];
const lin = (name: PaletteColor): LinearRGB => hexToLinear(PALETTE[name]);
const mix = (a: Colour, b: Colour, t: number): LinearRGB => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as LinearRGB;
const scale = (c: Colour, s: number): LinearRGB => c.map((x) => x * s) as LinearRGB;
/** A colour as the GPU sees it: meshopt stores vertex colours in 8 bits (tools/models/write.ts). */
const bytes = (c: Colour): LinearRGB => c.map((x) => Math.round(x * 255) / 255) as LinearRGB;

/** Every palette colour: what it is lying on the ground, and standing (a wall, a post) at 1.5 m. */
const PALETTE_KINDS: Record<PaletteColor, [ground: SurfaceKind, standing: SurfaceKind]> = {
  white: ['none', 'none'],
  offWhite: ['paving', 'none'],
  lightGrey: ['paving', 'metal'],
  grey: ['paving', 'metal'],
  darkGrey: ['none', 'none'],
  charcoal: ['none', 'none'],
  black: ['none', 'none'],
  policeBlue: ['none', 'none'],
  navy: ['none', 'none'],
  skyBlue: ['none', 'none'],
  moroccoRed: ['none', 'none'],
  moroccoGreen: ['none', 'none'],
  gold: ['none', 'none'],
  sand: ['sand', 'none'],
  darkSand: ['sand', 'none'],
  paving: ['paving', 'none'],
  asphalt: ['asphalt', 'metal'],
  grass: ['lawn', 'none'],
  palmGreen: ['lawn', 'none'],
  trunk: ['none', 'none'],
  wood: ['none', 'none'],
  carpet: ['none', 'none'],
  screenDark: ['none', 'none'],
  screenGlow: ['none', 'none'],
  orange: ['none', 'none'],
  yellow: ['none', 'none'],
  glass: ['none', 'none'],
  concrete: ['none', 'none'],
  arenaSand: ['sand', 'none'],
};

/** The kit's own ground tones (tools/models/kit/ground/surface.ts, paths.ts, shapes.ts; hall floors in structures.ts). */
const GROUND_TONES: Array<[string, Colour, SurfaceKind]> = [
  ['sand toward grey, at its grey end', mix(lin('sand'), hexToLinear('#cbbfa8'), 0.6), 'sand'],
  ['sand toward dark sand, at its dark end', mix(lin('sand'), mix(lin('sand'), lin('darkSand'), 0.75), 0.8), 'sand'],
  ['path paving', PAVING, 'paving'],
  ['kerb', hexToLinear('#e0ddd6'), 'paving'],
  ['grass bed kerb', hexToLinear('#bfbcb4'), 'paving'],
  ['pavilion deck', hexToLinear('#dcdad3'), 'paving'],
  ["children's pavilion deck", hexToLinear('#dfe6ea'), 'paving'],
];

describe('surfaceKind', () => {
  it('holds every palette colour to its kind, on the ground and standing, baked shade or not', () => {
    for (const name of Object.keys(PALETTE) as PaletteColor[]) {
      const [ground, standing] = PALETTE_KINDS[name];
      for (const shade of [1, 0.75]) {
        const c = bytes(scale(lin(name), shade));
        expect([name, shade, surfaceKind(c, 1, 0.04)]).toEqual([name, shade, ground]);
        expect([name, shade, surfaceKind(c, 0, 1.5)]).toEqual([name, shade, standing]);
      }
    }
  });

  it("holds the kit's ground tones to theirs", () => {
    for (const [what, c, kind] of GROUND_TONES) {
      expect([what, surfaceKind(bytes(c), 1, 0.02)]).toEqual([what, kind]);
      expect([what, surfaceKind(bytes(scale(c, 0.6)), 1, 0.02)]).toEqual([what, kind]);
    }
  });

  it('tells the ground by its normal and height, canopies by theirs, fabric by its material', () => {
    const sand = lin('sand');
    expect(surfaceKind(sand, 1, 0)).toBe('sand');
    expect(surfaceKind(sand, 1, 0.75)).toBe('none'); // a table top, not the ground
    expect(surfaceKind(sand, 0.2, 0)).toBe('none'); // a kerb's side
    expect(surfaceKind(lin('grass'), 1, 0.1)).toBe('lawn');
    expect(surfaceKind(lin('grass'), 0.8, 3)).toBe('none'); // a palm frond
    // A marquee's or an information tent's roof panels, high and turned up.
    expect(surfaceKind(lin('white'), 0.99, 2.4)).toBe('cloth');
    expect(surfaceKind(lin('policeBlue'), 0.8, 2.6)).toBe('cloth');
    expect(surfaceKind(hexToLinear('#d9a400'), 0.99, 2.4)).toBe('cloth'); // a road-safety accent
    expect(surfaceKind(lin('wood'), 0.99, 2.4)).toBe('none');
    expect(surfaceKind(lin('white'), 0, 2.4)).toBe('none'); // a wall's face
    expect(surfaceKind(lin('white'), -0.9, 3, true)).toBe('cloth');
    expect(surfaceKind(lin('grass'), 1, 0, true)).toBe('cloth');
  });
});

/** The GLSL classification as a JavaScript function: the subset it is written in maps one to one. */
function glslKind(): (c: { r: number; g: number; b: number }, up: number, y: number, cloth: number) => number {
  const js = SURFACE_KIND_GLSL.replace(
    'int sdKind( vec3 c, float up, float y, float cloth )',
    'return function (c, up, y, cloth)',
  )
    .replace(/\b(?:float|bool|int)\s+(\w+)\s*=/g, 'let $1 =')
    .replace(/\bmax\(/g, 'Math.max(');
  expect(js).not.toMatch(/\b(?:vec[234]|float|bool|int)\b/);
  return new Function(js)() as ReturnType<typeof glslKind>;
}

describe('the GLSL sdKind', () => {
  it('decides as surfaceKind does', () => {
    const kind = glslKind();
    const check = (c: LinearRGB, up: number, y: number, cloth: boolean) =>
      expect([c, up, y, cloth, SURFACE_KINDS[kind({ r: c[0], g: c[1], b: c[2] }, up, y, cloth ? 1 : 0)]]).toEqual([
        c,
        up,
        y,
        cloth,
        surfaceKind(c, up, y, cloth),
      ]);
    const places: Array<[number, number]> = [
      [1, 0.04],
      [0, 1.5],
      [0.99, 2.4],
      [0.5, 0.1],
    ];
    for (const name of Object.keys(PALETTE) as PaletteColor[])
      for (const [up, y] of places) for (const cloth of [false, true]) check(bytes(lin(name)), up, y, cloth);
  });

  it('draws the same bands as surfaceKind, edge for edge', () => {
    const kind = glslKind();
    // A fine grid over the ratios the bands are cut in, at a light and a dark red, on the ground and off it.
    const differ: unknown[] = [];
    for (const r of [0.04, 0.6])
      for (let br = 0; br <= 1.6; br += 0.005)
        for (let gr = 0.4; gr <= 2.2; gr += 0.01)
          for (const [up, y] of [
            [1, 0.04],
            [0.99, 2.4],
            [0, 1.5],
          ] as const) {
            const c: LinearRGB = [r, Math.min(1, r * gr), Math.min(1, r * br)];
            const glsl = SURFACE_KINDS[kind({ r: c[0], g: c[1], b: c[2] }, up, y, 0)];
            if (glsl !== surfaceKind(c, up, y)) differ.push([c, up, y, glsl]);
          }
    expect(differ).toEqual([]);
  });
});
