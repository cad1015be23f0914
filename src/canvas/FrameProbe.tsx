/**
 * Reads what each frame drew (renderer.info) and where the eye is, into plain objects for the
 * automation interface; signals "ready" after the first frame drawn with everything in it.
 */
import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { frameStarted } from '../state/readiness.ts';
import { eye, frameStats, sceneContents } from '../state/frame.ts';

const direction = new Vector3();

export function FrameProbe() {
  useFrame(({ gl, camera, scene }) => {
    sceneContents.root = scene;
    // Runs before this frame's render: info still holds the previous frame's counts.
    const info = gl.info;
    if (frameStats.frames > 0) {
      frameStats.calls = info.render.calls;
      frameStats.triangles = info.render.triangles;
      frameStats.geometries = info.memory.geometries;
      frameStats.textures = info.memory.textures;
      frameStats.programs = info.programs?.length ?? 0;
    }
    frameStarted(frameStats.frames);
    frameStats.frames++;
    camera.updateWorldMatrix(true, false);
    camera.getWorldPosition(eye.position);
    camera.getWorldDirection(direction);
    eye.yaw = Math.atan2(-direction.x, -direction.z);
  });
  return null;
}
