/**
 * Shows its children only once the GPU programs they draw with are compiled. Without it, the frame
 * that first draws a new material compiles its shaders inside the frame: on a phone (or software
 * WebGL) that one frame takes hundreds of milliseconds, the very frames a visitor first moves in.
 * `renderer.compileAsync` starts the compiles at once and, where the driver compiles in parallel
 * (KHR_parallel_shader_compile), resolves when they are done without blocking the frames between.
 *
 * Things that start hidden (the floor disc, the route ring) are compiled too: they are shown for
 * the compile call only, so that the first hover or route does not stall either.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import type { Camera, Group, Object3D, Scene, WebGLRenderer } from 'three';

/**
 * A context lost during the compile would leave the promise pending: past this, the children show
 * anyway (and compile in their first frame, as they did before this gate existed), so nothing of the
 * visit can stay hidden.
 */
const GIVE_UP_MS = 8000;

/** Compiles every material under `root`, hidden descendants included, against `scene`'s lights and fog. */
export function compileSubtree(gl: WebGLRenderer, root: Object3D, camera: Camera, scene: Scene): Promise<unknown> {
  const hidden: Object3D[] = [];
  root.traverse((o) => {
    if (!o.visible) {
      hidden.push(o);
      o.visible = true;
    }
  });
  // three collects the materials synchronously (visible objects only), then polls their programs.
  const done = gl.compileAsync(root, camera, scene);
  for (const o of hidden) o.visible = false;
  return done;
}

export function CompileFirst({ children, name, onShown }: { children: ReactNode; name: string; onShown?: () => void }) {
  const group = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const shown = useRef(onShown);
  shown.current = onShown;
  useLayoutEffect(() => {
    const g = group.current;
    if (!g) return;
    // Children mounted in this commit are in the group now; hidden until their programs are ready.
    const done = compileSubtree(gl, g, camera, scene);
    g.visible = false;
    let live = true;
    const show = () => {
      if (!live || g.visible) return;
      g.visible = true;
      shown.current?.();
    };
    void done.then(show, show);
    const timer = setTimeout(show, GIVE_UP_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Once per mount: a camera switch (air / ground) must not hide what is already compiled.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <group ref={group} name={name}>
      {children}
    </group>
  );
}
