/** Shaders compiled before things are shown: what `compileSubtree` hands three, and what it leaves as it was. */
import { describe, expect, it } from 'vitest';
import {
  Group,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  PerspectiveCamera,
  Scene,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { compileSubtree } from '../src/canvas/precompile/CompileFirst.tsx';

/** A renderer stand-in that records which objects were visible when three would have collected their materials. */
function fakeRenderer() {
  const seen: string[] = [];
  const gl = {
    compileAsync(root: Object3D) {
      root.traverseVisible((o) => seen.push(o.name));
      return Promise.resolve(root);
    },
  } as unknown as WebGLRenderer;
  return { gl, seen };
}

describe('compileSubtree', () => {
  it('compiles hidden descendants too, then hides them again', async () => {
    const root = new Group();
    root.name = 'root';
    const shown = new Mesh(new PlaneGeometry(), new MeshBasicMaterial());
    shown.name = 'shown';
    const disc = new Group();
    disc.name = 'disc';
    disc.visible = false;
    const ring = new Mesh(new PlaneGeometry(), new MeshBasicMaterial());
    ring.name = 'ring';
    ring.visible = false;
    disc.add(ring);
    root.add(shown, disc);
    const { gl, seen } = fakeRenderer();
    await compileSubtree(gl, root, new PerspectiveCamera(), new Scene());
    expect(seen.sort()).toEqual(['disc', 'ring', 'root', 'shown']);
    expect([root.visible, shown.visible, disc.visible, ring.visible]).toEqual([true, true, false, false]);
  });
});
