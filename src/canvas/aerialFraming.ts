/** Where the aerial camera stands so the whole site fits the screen, whatever its shape. */
import { PerspectiveCamera, Vector3 } from 'three';
import type { Vec2 } from '../edition/schema.ts';

/** Camera elevation above the horizon, radians: high enough to see into pavilions, low enough to read depth. */
const ELEVATION = 0.68;
/**
 * On an upright screen the site (wider than deep) would be a thin strip with sand and sky around
 * it: the camera turns a quarter round, so the site's long side runs up the screen, and looks
 * down more steeply, so the site fills the height.
 */
const UPRIGHT_ELEVATION = 0.95;
/** Share of the screen the site may fill (normalised device coordinates). */
const FILL = 0.92;

const probe = new PerspectiveCamera();
const corner = new Vector3();

/** Backs the camera away along a fixed elevation until every boundary point (at ground and fence height) is on screen. */
export function aerialFraming(boundary: readonly Vec2[], aspect: number, fovDeg: number) {
  const xs = boundary.map((p) => p[0]);
  const zs = boundary.map((p) => p[1]);
  const target: [number, number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, 0, (Math.min(...zs) + Math.max(...zs)) / 2];
  probe.fov = fovDeg;
  probe.aspect = aspect;
  probe.near = 1;
  probe.far = 10_000;
  probe.updateProjectionMatrix();
  let distance = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs)) * 0.5;
  const position: [number, number, number] = [0, 0, 0];
  // Which way the camera looks: from the south (+z) on a landscape screen; on an upright one, from the
  // side the site's long axis runs across (east, +x, when the site is wider than deep).
  const wide = Math.max(...xs) - Math.min(...xs) >= Math.max(...zs) - Math.min(...zs);
  const upright = aspect < 0.9;
  const azimuth = upright ? (wide ? Math.PI / 2 : 0) : wide ? 0 : Math.PI / 2;
  const elevation = upright ? UPRIGHT_ELEVATION : ELEVATION;
  for (let i = 0; i < 80; i++) {
    position[0] = target[0] + distance * Math.cos(elevation) * Math.sin(azimuth);
    position[1] = distance * Math.sin(elevation);
    position[2] = target[2] + distance * Math.cos(elevation) * Math.cos(azimuth);
    probe.position.set(...position);
    probe.lookAt(...target);
    probe.updateMatrixWorld();
    const fits = boundary.every(([x, z]) =>
      [0, 6].every((y) => {
        corner.set(x, y, z).project(probe);
        return Math.abs(corner.x) <= FILL && Math.abs(corner.y) <= FILL;
      }),
    );
    if (fits) break;
    distance *= 1.04;
  }
  return { position, target, distance };
}
