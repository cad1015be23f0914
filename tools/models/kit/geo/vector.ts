/** 3-vector maths for the builders that work out their own normals. */
import type { V3 } from './mesh.ts';

export function sub(a: V3, b: V3): [number, number, number] {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
export function cross(a: V3, b: V3): [number, number, number] {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
export function norm(a: V3): [number, number, number] {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
}

export function dot(a: V3, b: V3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Unit normal of the plane through a, b, c, by the right-hand rule. */
export function faceNormal(a: V3, b: V3, c: V3): V3 {
  return norm(cross(sub(b, a), sub(c, a)));
}
