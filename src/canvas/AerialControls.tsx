/** Orbit controls for the aerial camera (three's own, so no extra control library ships). */
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

let controls: OrbitControls | null = null;

export interface AerialControlsProps {
  /** The aerial camera. */
  camera: PerspectiveCamera | null;
  /** The point orbited, on the ground. */
  target: [number, number, number];
  /** Farthest the camera may back away, metres. */
  maxDistance: number;
}

export function AerialControls({ camera, target, maxDistance }: AerialControlsProps) {
  const gl = useThree((s) => s.gl);
  const [tx, ty, tz] = target;
  useEffect(() => {
    if (!camera) return;
    const c = new OrbitControls(camera, gl.domElement);
    c.enableDamping = true;
    c.maxPolarAngle = 1.38;
    c.minDistance = 25;
    c.maxDistance = maxDistance;
    c.target.set(tx, ty, tz);
    c.update();
    controls = c;
    return () => {
      c.dispose();
      if (controls === c) controls = null;
    };
  }, [camera, gl, tx, ty, tz, maxDistance]);
  useFrame(() => controls?.update());
  return null;
}
