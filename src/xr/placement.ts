/**
 * Where a stand's panel (and its video screen) goes in the headset, and how big its text is drawn,
 * as plain maths from the head's pose in the world. The numbers are chosen here, and why.
 *
 * - Distance 1.5 m from the eye: the middle of the 1.2–2 m the issue asks for; far enough that the
 *   whole panel is seen at once without turning the head (0.8 m wide: 30°), near enough that a
 *   controller or a hand's ray lands on a button without effort.
 * - Straight ahead in yaw only: the head's pitch and roll at the moment the panel opens (looking down
 *   at a marker, a tilted head) are ignored, so the panel stands upright on the horizon's bearing.
 * - 12° below eye level, tilted back to face the eye: reading slightly below the horizon is the
 *   eyes' resting direction (10–15° down), and it leaves the stand visible above the panel.
 * - A video screen beside the panel where the reading direction goes on: to the right in French and
 *   English, to the left in Arabic (the panel is mirrored, as the HTML one is). The pair is centred
 *   straight ahead, so each is within 30° of it.
 * - Re-centred only when the head turns more than 30° away: a panel that follows every small head
 *   movement swims, and one that never follows is lost behind the visitor.
 */
import { DIRECTION, type Lang } from '../i18n/lang.ts';
import { wrapAngle, type HeadPose, type Point3 } from './pose.ts';

const DEG = Math.PI / 180;

/** Eye to the panel's centre, metres. */
export const PANEL_DISTANCE = 1.5;
/** How far below eye level the panel's centre is, seen from the eye, degrees. */
export const PANEL_DROP_DEG = 12;
/**
 * The panel, metres: 0.8 m holds lines of about 45 characters of body text (below), a comfortable
 * line to read; 0.7 m holds a title, a picture and a dozen lines before paging.
 */
export const PANEL_WIDTH = 0.8;
export const PANEL_HEIGHT = 0.7;
/** The video screen, 16:9, as wide as the panel. */
export const SCREEN_WIDTH = 0.8;
export const SCREEN_HEIGHT = 0.45;
/** Between the panel and the screen, metres. */
export const PANEL_GAP = 0.05;
/** The head may turn this far from the panel before it is brought back in front, degrees. */
export const RECENTRE_DEG = 30;

/**
 * Body text's height, degrees: the floor. Height here is the font size (the em, what a canvas
 * `font` sets), not the smaller height of a capital.
 */
export const BODY_TEXT_DEG = 1.3;
/**
 * Texels per metre of the panel's canvas texture. Quest 3 shows about 25 pixels per degree; at 1.5 m
 * a degree is 26 mm, so the headset has about 950 pixels per metre of panel. 1280 gives a third more
 * texels than that, so the texture (mipmapped) is never what blurs the text, and makes the 0.8 m
 * panel exactly 1024 texels wide (896 tall).
 */
export const PANEL_PIXELS_PER_METRE = 1280;

/** Where something goes and how it is turned: three.js rotation with order 'YXZ' (yaw, then pitch). */
export interface Placement {
  position: Point3;
  yaw: number;
  pitch: number;
}

/** The panel, its screen (when the hotspot has a video) and where they were centred from. */
export interface PanelLayout {
  panel: Placement;
  screen: Placement | null;
  /** The point straight ahead the pair was centred on, on the plan. */
  anchor: { x: number; z: number };
}

export function makePanelLayout(): PanelLayout {
  return {
    panel: { position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0 },
    screen: null,
    anchor: { x: 0, z: 0 },
  };
}

/** Angle seen from the head of something `width` wide at `distance`, radians. */
function subtended(width: number, distance: number): number {
  return 2 * Math.atan(width / 2 / distance);
}

/** Puts `p` at `bearing` from the head (radians, as yaw), PANEL_DISTANCE from the eye, facing the eye. */
function placeAt(head: HeadPose, bearing: number, p: Placement): void {
  const drop = PANEL_DROP_DEG * DEG;
  const across = PANEL_DISTANCE * Math.cos(drop);
  p.position.x = head.position.x - Math.sin(bearing) * across;
  p.position.y = head.position.y - PANEL_DISTANCE * Math.sin(drop);
  p.position.z = head.position.z - Math.cos(bearing) * across;
  // Its front (+z) turned back toward the head, and tilted up toward the eye (top away from it).
  p.yaw = wrapAngle(bearing);
  p.pitch = -drop;
}

/**
 * Places the panel, and its screen when `withScreen`, in front of the head (its pose in the world),
 * for the reading direction of `lang`, into `out`.
 */
export function placePanel(head: HeadPose, lang: Lang, withScreen: boolean, out: PanelLayout): PanelLayout {
  const ahead = head.yaw;
  const across = PANEL_DISTANCE * Math.cos(PANEL_DROP_DEG * DEG);
  out.anchor.x = head.position.x - Math.sin(ahead) * across;
  out.anchor.z = head.position.z - Math.cos(ahead) * across;
  if (!withScreen) {
    placeAt(head, ahead, out.panel);
    out.screen = null;
    return out;
  }
  // The pair side by side on the circle round the head, centred ahead: the panel first in reading
  // order (to the left in left-to-right languages: a larger yaw), the screen after it.
  const panelAngle = subtended(PANEL_WIDTH, across);
  const screenAngle = subtended(SCREEN_WIDTH, across);
  const gapAngle = subtended(PANEL_GAP, across);
  const total = panelAngle + gapAngle + screenAngle;
  const first = DIRECTION[lang] === 'rtl' ? -1 : 1;
  placeAt(head, ahead + first * (total / 2 - panelAngle / 2), out.panel);
  out.screen ??= { position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0 };
  placeAt(head, ahead - first * (total / 2 - screenAngle / 2), out.screen);
  return out;
}

/**
 * Whether the head (its pose in the world) has turned more than RECENTRE_DEG away from where the
 * panel was centred: then placePanel brings it back in front. Also when the head has come so near
 * the anchor that the panel would be in its face (within a quarter of the distance).
 */
export function needsRecentre(head: HeadPose, layout: PanelLayout): boolean {
  const dx = layout.anchor.x - head.position.x;
  const dz = layout.anchor.z - head.position.z;
  if (Math.hypot(dx, dz) < PANEL_DISTANCE / 4) return true;
  const bearing = Math.atan2(-dx, -dz);
  return Math.abs(wrapAngle(bearing - head.yaw)) > RECENTRE_DEG * DEG;
}

/** A text's size for an angular height at a distance: metres in the world, pixels on the canvas. */
export interface TextSize {
  metres: number;
  pixels: number;
}

/**
 * The height a text must have at `distance` metres to be seen `angleDeg` tall, in metres and in canvas
 * pixels for a texture of `pixelsPerMetre`. For body text at the panel's distance: 34 mm, 44 px.
 */
export function textSize(
  distance: number = PANEL_DISTANCE,
  angleDeg: number = BODY_TEXT_DEG,
  pixelsPerMetre: number = PANEL_PIXELS_PER_METRE,
): TextSize {
  const metres = 2 * distance * Math.tan((angleDeg * DEG) / 2);
  return { metres, pixels: metres * pixelsPerMetre };
}
