/** A click-to-go route being walked: its corners and the next one to reach. Per-frame state, outside React. */
export const route = {
  active: false,
  points: [] as Array<[number, number]>,
  index: 0,
  /** Where the visitor asked to go (the marker). */
  target: [0, 0] as [number, number],
  /** Bumped on every change, for whoever draws the route. */
  version: 0,
};

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
