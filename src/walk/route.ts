/** Starting and stopping a click-to-go route (its state is `route` in src/state/frame.ts). */
import { route } from '../state/frame.ts';

export function startRoute(points: Array<[number, number]>, target: [number, number]): void {
  route.points = points;
  route.index = points.length > 1 ? 1 : 0;
  route.target = target;
  route.active = points.length > 0;
  route.version++;
}

export function cancelRoute(): void {
  if (!route.active) return;
  route.active = false;
  route.points = [];
  route.version++;
}
