/**
 * Puts a subtree's vertex buffers and textures on the GPU before it joins the scene. three uploads a
 * geometry the first time it draws it, inside that frame, and only if it is in view: stand detail
 * that arrived behind the visitor was uploaded later, in whichever frame first turned toward it, and
 * what the GPU held depended on where the camera had looked (the kiosk soak read 30 or 39 geometries
 * at the same place, cycle after cycle, for the same loaded zones). Drawn once, here, into a single
 * pixel, everything the subtree holds is on the GPU from the moment it is in the scene.
 */
import { WebGLRenderTarget, type Camera, type Mesh, type Object3D, type Scene, type WebGLRenderer } from 'three';

/**
 * Draws `scene` with `root` added, culling off for `root`'s meshes, into a 1×1 target; `root` is
 * taken out again. The whole scene, not `root` alone: a material's program depends on the scene's
 * lights and fog, and drawing it without them would compile a second program in this very call.
 * Not while a headset session presents (three draws through the XR camera then): detail shows as
 * before there, uploaded at its first draw.
 */
export function uploadSubtree(gl: WebGLRenderer, root: Object3D, camera: Camera, scene: Scene): void {
  if (gl.xr.isPresenting) return;
  // Made and released each time (a detail file arrives a few times a visit): a target kept would
  // count among the GPU's textures from the first arrival on, and not after a context loss.
  const pixel = new WebGLRenderTarget(1, 1, { depthBuffer: true });
  const culled: Mesh[] = [];
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (mesh.isMesh && mesh.frustumCulled) {
      mesh.frustumCulled = false;
      culled.push(mesh);
    }
  });
  // The frame probe reads the last frame's counts from renderer.info: this draw must not replace them.
  const counts = { ...gl.info.render };
  const parent = root.parent;
  scene.add(root);
  const before = gl.getRenderTarget();
  try {
    gl.setRenderTarget(pixel);
    gl.render(scene, camera);
  } finally {
    gl.setRenderTarget(before);
    if (parent) parent.add(root);
    else scene.remove(root);
    for (const mesh of culled) mesh.frustumCulled = true;
    Object.assign(gl.info.render, counts);
    pixel.dispose();
  }
}
