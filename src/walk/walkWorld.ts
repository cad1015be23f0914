/**
 * The walkable world of the current edition: collision built from the pipeline's collision model,
 * and the navigation grid for click-to-go (built on first use, about 30 ms).
 */
import type { Mesh, Object3D } from 'three';
import { Vector3 } from 'three';
import type { Vec2 } from '../edition/schema.ts';
import { CollisionWorld } from './collide.ts';
import type { NavGrid } from './navgrid.ts';
import { obstaclesFromMesh } from './obstacles.ts';

/** The walker seen from above: a circle this wide, metres. */
export const WALKER_RADIUS = 0.3;

export const walkWorld: { world: CollisionWorld | null; nav: NavGrid | null; boundary: Vec2[] } = {
  world: null,
  nav: null,
  boundary: [],
};

/** World-space positions and indices of every mesh under `root`, merged. */
function meshArrays(root: Object3D): { positions: Float32Array; indices: Uint32Array } {
  const positions: number[] = [];
  const indices: number[] = [];
  const v = new Vector3();
  root.updateWorldMatrix(true, true);
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    const pos = mesh.geometry.getAttribute('position');
    const base = positions.length / 3;
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
      positions.push(v.x, v.y, v.z);
    }
    const index = mesh.geometry.getIndex();
    if (index) for (let i = 0; i < index.count; i++) indices.push(base + index.getX(i));
    else for (let i = 0; i < pos.count; i++) indices.push(base + i);
  });
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
}

export function setCollisionModel(root: Object3D | null, boundary: Vec2[]): void {
  walkWorld.nav = null;
  walkWorld.boundary = boundary;
  if (!root) {
    walkWorld.world = null;
    return;
  }
  const { positions, indices } = meshArrays(root);
  walkWorld.world = new CollisionWorld(obstaclesFromMesh(positions, indices), boundary);
}

/**
 * The navigation grid, built the first time it is needed; its code loads on demand too (it is not
 * needed for the first frame, only for the first click-to-go).
 */
export async function navGrid(): Promise<NavGrid | null> {
  const { world, boundary } = walkWorld;
  if (!world || !boundary.length) return null;
  if (!walkWorld.nav) {
    const { NavGrid } = await import('./navgrid.ts');
    if (walkWorld.world !== world) return null;
    const xs = boundary.map((p) => p[0]);
    const zs = boundary.map((p) => p[1]);
    walkWorld.nav = new NavGrid(
      world,
      { minX: Math.min(...xs), minZ: Math.min(...zs), maxX: Math.max(...xs), maxZ: Math.max(...zs) },
      { cell: 0.5, radius: WALKER_RADIUS + 0.05 },
    );
  }
  return walkWorld.nav;
}
