/**
 * Markers that never pile up: each frame, the markers near enough to be drawn are projected to the
 * screen at the size the shader draws them, and taken greedily in priority order: the markers of
 * the stand or place the visitor stands at (or whose panel is open) first, then the others nearest
 * first. One that would overlap a marker already taken is hidden for now. So a visitor at a stand
 * sees all of its markers, and a neighbour's marker never sits on top of them.
 *
 * Allocation-free per frame: scratch arrays sized once for the edition's markers.
 */
import { Vector3, type Camera, type PerspectiveCamera } from 'three';
import type { PlacedHotspot } from '../../state/hotspots.ts';
import { markersOnScreen } from '../../state/frame.ts';
import { GROW_FROM, MAX_GROW, SIZE } from './markerMaterial.ts';

/** Empty pixels kept between two markers. */
const GAP = 4;
/** The shader pulls a badge toward the eye by this much at most, metres (markerMaterial). */
const PULL = 0.35;

const view = new Vector3();

export interface MarkerLayout {
  /** 1 for a marker drawn this frame (near enough, on screen, not overlapping), per instance. */
  shown: Uint8Array;
  /** Scratch: the candidates' order and their distances. */
  order: Int32Array;
  distance: Float32Array;
  /** Scratch: each candidate's centre and radius on screen, computed once a frame. */
  sx: Float32Array;
  sy: Float32Array;
  sr: Float32Array;
}

export function createLayout(count: number): MarkerLayout {
  markersOnScreen.index = new Int32Array(count);
  markersOnScreen.x = new Float32Array(count);
  markersOnScreen.y = new Float32Array(count);
  markersOnScreen.r = new Float32Array(count);
  markersOnScreen.count = 0;
  return {
    shown: new Uint8Array(count),
    order: new Int32Array(count),
    distance: new Float32Array(count),
    sx: new Float32Array(count),
    sy: new Float32Array(count),
    sr: new Float32Array(count),
  };
}

/**
 * Lays the markers out for this frame. `near[i]` is 1 for markers within drawing distance; `first`
 * is the target whose markers come first (null for none). Returns whether `shown` changed.
 */
export function layOut(
  layout: MarkerLayout,
  placed: readonly PlacedHotspot[],
  near: Uint8Array,
  camera: Camera,
  width: number,
  height: number,
  first: string | null,
): boolean {
  const { shown, order, distance, sx, sy, sr } = layout;
  const fov = (camera as PerspectiveCamera).fov ?? 50;
  const pxPerUnit = height / 2 / Math.tan((fov * Math.PI) / 360);
  let n = 0;
  for (let i = 0; i < placed.length; i++) {
    if (!near[i]) continue;
    view.copy(placed[i]!.position).applyMatrix4(camera.matrixWorldInverse);
    if (view.z > -0.05) {
      distance[i] = 0; // behind the eye: not drawn
      continue;
    }
    const d = view.length();
    // As the shader draws it: pulled toward the eye, grown with distance.
    const depth = -view.z * (1 - Math.min(PULL, d * 0.5) / d);
    const grow = Math.min(MAX_GROW, Math.max(1, depth / GROW_FROM));
    sr[i] = ((SIZE * grow) / depth) * pxPerUnit;
    view.applyMatrix4(camera.projectionMatrix);
    sx[i] = ((view.x + 1) / 2) * width;
    sy[i] = ((1 - view.y) / 2) * height;
    distance[i] = placed[i]!.target.id === first ? -1 / d : d; // the first target's before all others, nearest first
    order[n++] = i;
  }
  // Insertion sort: a few dozen candidates, no allocation.
  for (let a = 1; a < n; a++) {
    const v = order[a]!;
    let b = a - 1;
    while (b >= 0 && distance[order[b]!]! > distance[v]!) {
      order[b + 1] = order[b]!;
      b--;
    }
    order[b + 1] = v;
  }
  const out = markersOnScreen;
  let changed = false;
  let taken = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const x = sx[i]!;
    const y = sy[i]!;
    const r = sr[i]!;
    let fits = x + r > 0 && x - r < width && y + r > 0 && y - r < height;
    for (let j = 0; fits && j < taken; j++) {
      const dx = out.x[j]! - x;
      const dy = out.y[j]! - y;
      const min = out.r[j]! + r + GAP;
      if (dx * dx + dy * dy < min * min) fits = false;
    }
    if (fits) {
      out.index[taken] = i;
      out.x[taken] = x;
      out.y[taken] = y;
      out.r[taken] = r;
      taken++;
    }
    distance[i] = fits ? 1 : 0; // reused as this frame's verdict
  }
  out.count = taken;
  for (let i = 0; i < placed.length; i++) {
    const v = near[i] && distance[i] === 1 ? 1 : 0;
    if (!near[i]) distance[i] = 0;
    if (shown[i] !== v) {
      shown[i] = v;
      changed = true;
    }
  }
  return changed;
}
