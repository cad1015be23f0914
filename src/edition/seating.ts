/**
 * Where the fittings of a hall stand, as numbers: the frame interiors are built in (the far end at
 * −z, the main doorway on +z) and the seminar hall's stage, lectern, panel table and the audience's
 * chairs in it. The pipeline builds them from these (tools/models/kit/hall/interiors.ts) and the
 * crowd seats its audience on the same chairs (src/canvas/crowd/seminarSpots.ts), so both read this
 * one layout. Metres, radians (three's rotation.y). Pure.
 */
import { DEG, toPlan } from './geometry.ts';
import type { Opening, Side, Zone } from './schema.ts';

/** The seminar hall's walls, metres (its hall style in tools/models/kit/structures.ts). */
export const SEMINAR_WALL = 0.2;
/** Top of a chair's seat above the floor it stands on, metres: a figure sitting there sits at this height. */
export const CHAIR_SEAT_Y = 0.45;
/** Top of the seminar hall's stage above the floor, metres. */
export const STAGE_Y = 0.6;

/** A chair in the frame it is laid out in: its seat's centre (x, z), the floor under it (y; its seat is CHAIR_SEAT_Y above), its facing (0 faces +z). */
export interface Chair {
  x: number;
  y: number;
  z: number;
  yaw: number;
}

/** The zone's widest doorway, the one interiors face and signs stand by. */
export function mainOpening(zone: Zone): Opening | undefined {
  return (zone.openings ?? []).reduce<Opening | undefined>((best, o) => (!best || o.width > best.width ? o : best), undefined);
}

/**
 * Interiors are built in a frame with the "far end" at −z and the main doorway on +z, then turned
 * onto the hall: returns the turn (radians) and the interior frame's width and depth.
 */
export function interiorFrame(zone: Zone): { theta: number; iw: number; id: number; doorOffset: number } {
  const main = mainOpening(zone);
  const doorSide: Side = main?.side ?? 'front';
  // Rotation that brings interior +z onto the door side.
  const theta = { front: 0, back: Math.PI, left: -Math.PI / 2, right: Math.PI / 2 }[doorSide];
  const quarter = doorSide === 'left' || doorSide === 'right';
  // Offsets run along +x (front/back) or +z (left/right); the interior x axis maps onto those.
  const sign = { front: 1, back: -1, left: 1, right: -1 }[doorSide];
  return {
    theta,
    iw: quarter ? zone.depth : zone.width,
    id: quarter ? zone.width : zone.depth,
    doorOffset: (main?.offset ?? 0) * sign,
  };
}

/** The seminar hall's fittings in its interior frame. */
export interface SeminarLayout {
  /** The inside of the far wall (z). */
  back: number;
  /** The stage against the far wall: its width and depth, its centre's z; its top is STAGE_Y. */
  stage: { width: number; depth: number; z: number };
  /** The lectern's centre on the stage, near its front, to one side. */
  lectern: { x: number; z: number };
  /** The panel table's centre on the stage, and the chairs behind it (on the stage, facing the hall). */
  table: { x: number; z: number };
  panelChairs: Chair[];
  /** The audience's chairs, facing the stage: block by block, row by row from the front. */
  chairs: Chair[];
  /** Each block of rows as one solid (the collision box the pipeline gives it): centre and size on the floor. */
  blocks: { x: number; z: number; width: number; depth: number }[];
}

/** The seminar hall's layout in an interior of `iw` × `id` whose doorway is `doorOffset` off centre. */
export function seminarLayout(iw: number, id: number, doorOffset: number, wallTh: number): SeminarLayout {
  const back = -id / 2 + wallTh;
  const stageW = Math.min(iw - 4, 14);
  const stageD = 4;
  const panelChairs: Chair[] = [];
  for (let k = 0; k < 4; k++) panelChairs.push({ x: -2.7 + k, y: STAGE_Y, z: back + 0.3 + 0.9, yaw: 0 });
  // Two blocks of rows facing the stage either side of an aisle lined up on the door.
  const chairs: Chair[] = [];
  const blocks: SeminarLayout['blocks'] = [];
  const aisle = 2.4;
  const rowsStart = back + 0.3 + stageD + 2.2;
  const rowsEnd = id / 2 - 4;
  const rows = Math.max(1, Math.min(8, Math.floor((rowsEnd - rowsStart) / 1.0)));
  const ax = Math.max(-iw / 4, Math.min(iw / 4, doorOffset));
  for (const [x0, x1] of [
    [-iw / 2 + wallTh + 1.5, ax - aisle / 2],
    [ax + aisle / 2, iw / 2 - wallTh - 1.5],
  ] as const) {
    const per = Math.min(8, Math.floor((x1 - x0) / 0.6));
    if (per < 1) continue;
    const span = per * 0.6;
    const cx = (x0 + x1) / 2;
    for (let r = 0; r < rows; r++)
      for (let k = 0; k < per; k++) chairs.push({ x: cx - span / 2 + 0.3 + k * 0.6, y: 0, z: rowsStart + r * 1.0, yaw: Math.PI });
    const depth = (rows - 1) * 1.0 + 0.6;
    blocks.push({ x: cx, z: rowsStart + depth / 2 - 0.3, width: span, depth });
  }
  return {
    back,
    stage: { width: stageW, depth: stageD, z: back + 0.3 + stageD / 2 },
    lectern: { x: stageW / 2 - 1.4, z: back + 0.3 + stageD - 1 },
    table: { x: -1.2, z: back + 0.3 + 1.6 },
    panelChairs,
    chairs,
    blocks,
  };
}

/** The seminar hall's layout for `zone`, the pipeline's wall thickness included. */
export function seminarLayoutOf(zone: Zone): SeminarLayout {
  const f = interiorFrame(zone);
  return seminarLayout(f.iw, f.id, f.doorOffset, SEMINAR_WALL);
}

/** A point and a facing of a zone's interior frame on the plan: `[x, z, yaw]`. */
export function interiorToPlan(zone: Zone, x: number, z: number, yaw: number): [number, number, number] {
  const { theta } = interiorFrame(zone);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  // The kit turns the interior onto the hall (tools/models/kit/geo placeBuilt), then the hall onto the site.
  const [px, pz] = toPlan(zone, c * x + s * z, -s * x + c * z);
  return [px, pz, yaw + theta + zone.rotation * DEG];
}
