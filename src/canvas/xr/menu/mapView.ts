/**
 * The plan on the hand menu: the site's boundary fitted into the map area of the texture, north up,
 * one scale for x and z (the plan is never stretched, nor mirrored in Arabic), plan [x, z] to canvas
 * pixels and back, and what a press on it means (the stand or place under it, or the nearest one
 * within a ray's tremble). Pure (tests/xr-menu-map.test.ts).
 */
import { toLocal, type Rect } from '../../../edition/geometry.ts';
import type { EditionData, Vec2 } from '../../../edition/schema.ts';
import { targetsOf } from '../../../edition/targets.ts';
import { hitAt, type HitRect } from '../hits.ts';
import { MENU_HEIGHT, MENU_WIDTH, type MenuAction } from './menuModel.ts';

export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the plan is drawn on the texture: under the page's heading, the whole width. */
export const MAP_AREA: PixelBox = { x: 16, y: 120, width: MENU_WIDTH - 32, height: 600 };
/** How far (pixels, 10 mm on the plane) from a footprint a press still picks it. */
export const MAP_PICK_RADIUS = 25;

export interface MapView {
  /** Pixels per metre. */
  scale: number;
  /** The plan point drawn at pixel (left, top) of the fitted box, and that pixel. */
  x: number;
  z: number;
  left: number;
  top: number;
}

/**
 * Fits the boundary (with `margin` metres around it) in `area`, north up: centred across, against
 * the area's top, so that the room left under a wide site holds the legend.
 */
export function fitMap(boundary: readonly Vec2[], area: PixelBox = MAP_AREA, margin = 2): MapView {
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (const [x, z] of boundary) {
    minX = Math.min(minX, x);
    minZ = Math.min(minZ, z);
    maxX = Math.max(maxX, x);
    maxZ = Math.max(maxZ, z);
  }
  const w = maxX - minX + 2 * margin;
  const h = maxZ - minZ + 2 * margin;
  const scale = Math.min(area.width / w, area.height / h);
  return {
    scale,
    x: minX - margin,
    z: minZ - margin,
    left: area.x + (area.width - w * scale) / 2,
    top: area.y,
  };
}

/** The pixel row under the fitted site. */
export function mapBottom(view: MapView, boundary: readonly Vec2[], margin = 2): number {
  let maxZ = -Infinity;
  for (const p of boundary) maxZ = Math.max(maxZ, p[1]);
  return view.top + (maxZ + margin - view.z) * view.scale;
}

/** Canvas pixels of a plan point (+z is south, down the canvas). */
export function toPixels(view: MapView, x: number, z: number): [number, number] {
  return [view.left + (x - view.x) * view.scale, view.top + (z - view.z) * view.scale];
}

/** The plan point under canvas pixels. */
export function toPlanPoint(view: MapView, px: number, py: number): Vec2 {
  return [view.x + (px - view.left) / view.scale, view.z + (py - view.top) / view.scale];
}

/**
 * The direction of a yaw on the canvas, as the angle `ctx.arc` takes (radians from +x, clockwise
 * since y is down): yaw 0 looks to −z, up the canvas; positive yaw turns left (three.js).
 */
export function headingAngle(yaw: number): number {
  return Math.atan2(-Math.cos(yaw), -Math.sin(yaw));
}

/** Metres from a plan point to a footprint (0 inside). */
function distanceToRect(r: Rect, p: Vec2): number {
  const [lx, lz] = toLocal(r, p[0], p[1]);
  return Math.hypot(Math.max(0, Math.abs(lx) - r.width / 2), Math.max(0, Math.abs(lz) - r.depth / 2));
}

/**
 * The stand or place a press at (px, py) means: of those whose footprint holds it, the smallest (a
 * stand before the pavilion around it); else the nearest within `radius` pixels; else none.
 */
export function mapPick(view: MapView, data: EditionData, px: number, py: number, radius = MAP_PICK_RADIUS): string | null {
  const p = toPlanPoint(view, px, py);
  let inside: { id: string; area: number } | null = null;
  let near: { id: string; d: number } | null = null;
  for (const t of targetsOf(data)) {
    const d = distanceToRect(t, p) * view.scale;
    if (d === 0) {
      const area = t.width * t.depth;
      if (!inside || area < inside.area) inside = { id: t.id, area };
    } else if (d <= radius && (!near || d < near.d)) near = { id: t.id, d };
  }
  return inside?.id ?? near?.id ?? null;
}

/**
 * The action under a hit at three's `u`, `v` on the menu's plane (hits.ts), a press on the plan
 * resolved into going to what is there; null over nothing, or on the plan far from everything.
 */
export function menuActionAt(hits: readonly HitRect<MenuAction>[], u: number, v: number, data: EditionData): MenuAction | null {
  const action = hitAt(hits, u, v, MENU_WIDTH, MENU_HEIGHT);
  if (action?.kind !== 'map') return action;
  const id = mapPick(fitMap(data.site.boundary), data, u * MENU_WIDTH, (1 - v) * MENU_HEIGHT);
  return id ? { kind: 'go', targetId: id } : null;
}
