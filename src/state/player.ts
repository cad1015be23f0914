/**
 * Per-frame values, outside React: the rig (the future XR origin) and what the last frame drew.
 * Written by the frame loop and input, read by the frame loop and the automation interface.
 */
import { Vector3 } from 'three';

/** Eye height above the ground, metres. */
export const EYE_HEIGHT = 1.6;

export const player = {
  /** Rig position on the ground (y = 0). */
  position: new Vector3(),
  /** Radians about y; 0 looks toward −z, positive turns left (three.js convention). */
  yaw: 0,
  /** Radians; positive looks up. */
  pitch: 0,
};

/** The eye of the active camera, refreshed every frame. */
export const eye = {
  position: new Vector3(),
  yaw: 0,
};

/** What `renderer.info` said about the last rendered frame. */
export const frameStats = { calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, frames: 0 };

/** JS time of the movement and collision step, ms, over the last frames (a ring), for the benchmark. */
export const movementTimes = { samples: new Float32Array(600), count: 0 };

export function recordMovementTime(ms: number): void {
  movementTimes.samples[movementTimes.count % movementTimes.samples.length] = ms;
  movementTimes.count++;
}
