/**
 * The bundle's `three` is a list (src/bundle/three.ts). A name missing from it fails the build when
 * imported by name, but fails only at run time when reached through a namespace (`THREE.X` in
 * @react-three/fiber and drei) or as a JSX element (`<mesh>` needs `Mesh`). This test catches both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import * as slim from '../src/bundle/three.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const exported = new Set(Object.keys(slim));
/** HTML and SVG elements whose names are also three classes (`<path>` is SVG here, not THREE.Path). */
const DOM_TAGS = new Set(['path', 'line', 'text', 'image', 'audio', 'video', 'source', 'object', 'canvas', 'mask', 'filter']);

function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** The files of packages that reach three through `import * as THREE`, as the app uses them. */
const NAMESPACE_USERS = [
  ...fs
    .readdirSync(path.join(ROOT, 'node_modules/@react-three/fiber/dist'))
    .filter((f) => /^events-.*\.esm\.js$/.test(f) || f === 'react-three-fiber.esm.js')
    .map((f) => `node_modules/@react-three/fiber/dist/${f}`),
  ...fs
    .readFileSync(path.join(ROOT, 'src/canvas/Cameras.tsx'), 'utf8')
    .concat(fs.readFileSync(path.join(ROOT, 'src/canvas/Quality.tsx'), 'utf8'))
    .matchAll(/from '@react-three\/drei\/(core\/[A-Za-z]+\.js)'/g),
].map((m) => (typeof m === 'string' ? m : `node_modules/@react-three/drei/${m[1]}`));

describe('the bundle’s three (src/bundle/three.ts)', () => {
  it('exports every class the app draws as a JSX element', () => {
    const tags = new Set<string>();
    for (const f of files(path.join(ROOT, 'src'), '.tsx'))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g))
        if (!DOM_TAGS.has(m[1]!)) tags.add(m[1]!);
    const threeClasses = [...tags].map((t) => t[0]!.toUpperCase() + t.slice(1)).filter((name) => name in THREE);
    expect(threeClasses).toContain('Mesh');
    expect(threeClasses.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('exports every THREE.X that fiber and the drei parts in use reach through their namespace import', () => {
    // drei's PerspectiveCamera uses its FBO helper: follow its relative imports one level.
    const sources = NAMESPACE_USERS.flatMap((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const near = [...text.matchAll(/from '\.\/([A-Za-z]+\.js)'/g)].map((m) => path.join(path.dirname(f), m[1]!));
      return [text, ...near.map((n) => fs.readFileSync(path.join(ROOT, n), 'utf8'))];
    });
    const used = new Set(sources.flatMap((t) => [...t.matchAll(/THREE\.([A-Za-z0-9_]+)/g)].map((m) => m[1]!)));
    expect(used.has('WebGLRenderer')).toBe(true);
    expect([...used].filter((name) => name in THREE && !exported.has(name))).toEqual([]);
  });
});
