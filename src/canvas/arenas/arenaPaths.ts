/**
 * Where the figures of a live arena go, by discipline, and where each one is at a given time: riders
 * on the track along the fence of the mounted police arena, round the show jumps; dogs on a serpentine
 * over the dog course's three hurdles, back round the other obstacles; a vehicle on a loop in the free
 * band of the special forces field, between the tower, the parked vehicle and the barriers. Built in
 * the field's frame from the numbers tools/models/kit/arenaCourses.ts lays its obstacles with (course
 * units, the field's size), then turned into plan coordinates with the zone's transform (`toPlan`);
 * tests/arena-paths.test.ts checks them against the pipeline's own collision boxes. Pure: no three.
 */
import { arenaField, DEFAULT_DISCIPLINE, type Discipline } from '../../edition/arena.ts';
import { toPlan } from '../../edition/geometry.ts';
import type { Side, Zone } from '../../edition/schema.ts';
import { loopOf, pointAt, smoothLoop, stadium, type Loop, type Point } from './polyline.ts';

/** The three kinds of figure, one instanced mesh each. */
export type FigureKind = 'rider' | 'dog' | 'vehicle';

export const FIGURE_OF: Record<Discipline, FigureKind> = {
  'mounted-police': 'rider',
  'dog-brigade': 'dog',
  'special-forces': 'vehicle',
};

/** How far a figure reaches from its centre in plan, metres: what it must keep from a fence or an obstacle. */
export const FIGURE_RADIUS: Record<FigureKind, number> = { rider: 1.25, dog: 0.45, vehicle: 2.75 };

/** A lift along the path: a dog over a hurdle. */
export interface Jump {
  /** Distance along the path of the top of the jump. */
  at: number;
  /** Half the jump's length along the path. */
  half: number;
  height: number;
}

/** One arena's figures: the loop they follow, how many, how fast, and their gait. */
export interface ArenaPath {
  zoneId: string;
  kind: FigureKind;
  /** The loop in plan coordinates. */
  loop: Loop;
  /** Metres a second along the loop. */
  speed: number;
  /** Where each figure stands at t = 0 (and always, under reduced motion): distances along the loop. */
  starts: number[];
  jumps: Jump[];
  /** The gait: a bob of `lift` metres and a rock of `rock` radians, `hz` times a second. */
  gait: { lift: number; rock: number; hz: number };
  /** The plan rectangle the loop covers. */
  bounds: { x0: number; x1: number; z0: number; z1: number };
}

/** A figure's pose: plan position, height above the field, heading (three's rotation.y of a figure facing +z), nose down. */
export interface Pose {
  x: number;
  z: number;
  y: number;
  yaw: number;
  pitch: number;
}

export const newPose = (): Pose => ({ x: 0, z: 0, y: 0, yaw: 0, pitch: 0 });

/** Spacing of the sampled loops, metres. */
const STEP = 0.25;
/** Distance from the fence to the riders' track. */
const TRACK_INSET = 3.5;
/** What the vehicle keeps from an obstacle's face, centre to face. */
const VEHICLE_CLEAR = 2.9;
/** What any figure's centre keeps from the fence beyond its own radius. */
const FENCE_MARGIN = 0.6;

const NORMAL: Record<Side, Point> = { front: [0, 1], back: [0, -1], left: [-1, 0], right: [1, 0] };

/** The field's frame: its centre and half sizes in the zone's local frame. */
interface Field {
  cx: number;
  cz: number;
  hw: number;
  hd: number;
}

/** The riders' track: a stadium along the field's long side, inset from the fence. */
function ridersLoop({ hw, hd }: Field): Point[] {
  const long = hd >= hw;
  const radius = Math.min(hw, hd) - TRACK_INSET;
  const half = Math.max(hw, hd) - TRACK_INSET - radius;
  return stadium(0, 0, long ? 0 : 1, long ? 1 : 0, half, radius, STEP);
}

/**
 * The dogs' run in course units (x × sx, z × sz with sx = fw / 2 − 4, sz = fd / 2 − 4, as the course
 * is laid): up over the first hurdle (x −0.5, z 0.2), down over the second, up over the third, past the
 * weave poles, back along the far side and the bleachers' side, round clear of the A-frame and the table.
 */
const DOG_RUN: readonly Point[] = [
  [-0.5, 0.2],
  [-0.5, 0.392],
  [-0.427, 0.569],
  [-0.25, 0.642],
  [-0.073, 0.569],
  [0, 0.392],
  [0, 0.2],
  [0, 0.007],
  [0.073, -0.17],
  [0.25, -0.243],
  [0.427, -0.17],
  [0.5, 0.007],
  [0.5, 0.2],
  [0.5, 0.392],
  [0.5, 0.603],
  [0.44, 0.821],
  [0.271, 0.929],
  [0, 0.953],
  [-0.483, 0.953],
  [-0.76, 0.893],
  [-0.905, 0.694],
  [-0.917, 0.241],
  [-0.905, -0.121],
  [-0.846, -0.264],
  [-0.703, -0.323],
  [-0.559, -0.264],
  [-0.5, -0.121],
];
/** The waypoints of DOG_RUN that are hurdles. */
const DOG_HURDLES = [0, 6, 12];
const HURDLE_JUMP = { half: 1.3, height: 0.75 };

function dogsLoop({ hw, hd }: Field): { points: Point[]; jumpAt: number[] } {
  const sx = hw - 4;
  const sz = hd - 4;
  const { points, starts } = smoothLoop(
    DOG_RUN.map(([x, z]) => [x * sx, z * sz]),
    STEP,
  );
  return { points, jumpAt: DOG_HURDLES.map((i) => starts[i]!) };
}

/**
 * The vehicle's loop, in the frame of the special forces course: `a` toward the audience, `b` across.
 * The course puts the tower at a = −0.8 reach, the parked vehicle at b = 0.7 reach and the barriers at
 * b = −0.6 reach (reach = min(fw, fd) / 2 − 4); the loop is a stadium along `a` between them.
 */
function vehicleLoop({ hw, hd }: Field, zone: Zone): Point[] {
  let ax = 0;
  let az = 0;
  for (const s of zone.bleachers ?? []) {
    ax += NORMAL[s][0];
    az += NORMAL[s][1];
  }
  if (ax === 0 && az === 0) az = 1;
  const toward = Math.atan2(ax, az);
  const tx = Math.sin(toward);
  const tz = Math.cos(toward);
  const reach = Math.min(hw, hd) - 4;
  const bLo = -0.6 * reach + 0.75 + VEHICLE_CLEAR;
  const bHi = 0.7 * reach - 3.2 - VEHICLE_CLEAR;
  const radius = Math.max(1.5, (bHi - bLo) / 2);
  const b0 = (bLo + bHi) / 2;
  const aLo = -0.8 * reach + 1.8 + VEHICLE_CLEAR;
  // The field's extent toward the audience, from its centre.
  const aHi = hw * Math.abs(tx) + hd * Math.abs(tz) - FIGURE_RADIUS.vehicle - FENCE_MARGIN;
  const half = Math.max(0, (aHi - aLo) / 2 - radius);
  const a0 = (aLo + aHi) / 2;
  // b runs along (cos toward, −sin toward): the course's `side`.
  return stadium(tx * a0 + tz * b0, tz * a0 - tx * b0, tx, tz, half, radius, STEP);
}

/** Shrinks a loop about its middle until it keeps `keep` metres inside the field's rectangle. */
function fitInside(points: Point[], { hw, hd }: Field, keep: number): Point[] {
  let mx = 0;
  let mz = 0;
  for (const [x, z] of points) {
    mx += x / points.length;
    mz += z / points.length;
  }
  let k = 1;
  for (const [x, z] of points) {
    for (const [v, m, h] of [
      [x, mx, hw],
      [z, mz, hd],
    ] as const) {
      const limit = h - keep;
      if (Math.abs(v) > limit && Math.abs(v - m) > 1e-9) k = Math.min(k, (Math.sign(v) * limit - m) / (v - m));
    }
  }
  return k >= 1 ? points : points.map(([x, z]) => [mx + (x - mx) * k, mz + (z - mz) * k]);
}

/** The figures of a demonstration zone and the loop they follow. */
export function arenaPath(zone: Zone): ArenaPath {
  const f = arenaField(zone);
  const field: Field = { cx: (f.x0 + f.x1) / 2, cz: (f.z0 + f.z1) / 2, hw: (f.x1 - f.x0) / 2, hd: (f.z1 - f.z0) / 2 };
  const discipline = zone.discipline ?? DEFAULT_DISCIPLINE;
  const kind = FIGURE_OF[discipline];
  let local: Point[];
  let jumpAt: number[] = [];
  if (kind === 'rider') local = ridersLoop(field);
  else if (kind === 'dog') ({ points: local, jumpAt } = dogsLoop(field));
  else local = vehicleLoop(field, zone);
  local = fitInside(local, field, FIGURE_RADIUS[kind] + FENCE_MARGIN);
  const plan = local.map(([x, z]) => toPlan(zone, field.cx + x, field.cz + z));
  const loop = loopOf(plan);
  const jumps = jumpAt.map((i) => ({ at: loop.cum[i]!, ...HURDLE_JUMP }));
  const count = kind === 'rider' ? 4 : kind === 'dog' ? 3 : 1;
  const starts = Array.from({ length: count }, (_, i) => {
    // Evenly spread, none standing still in mid-air over a hurdle.
    let s = (loop.length * i) / count;
    for (const j of jumps) if (Math.abs(s - j.at) < j.half + 0.5) s = j.at + j.half + 0.5;
    return s;
  });
  const bounds = { x0: Infinity, x1: -Infinity, z0: Infinity, z1: -Infinity };
  for (const [x, z] of plan) {
    bounds.x0 = Math.min(bounds.x0, x);
    bounds.x1 = Math.max(bounds.x1, x);
    bounds.z0 = Math.min(bounds.z0, z);
    bounds.z1 = Math.max(bounds.z1, z);
  }
  const pace = {
    rider: { speed: 4, gait: { lift: 0.09, rock: 0.04, hz: 1.7 } },
    dog: { speed: 5.5, gait: { lift: 0.05, rock: 0.05, hz: 2.6 } },
    vehicle: { speed: 4, gait: { lift: 0.015, rock: 0.004, hz: 1.1 } },
  }[kind];
  return { zoneId: zone.id, kind, loop, starts, jumps, bounds, ...pace };
}

const ahead = { x: 0, z: 0 };
const behind = { x: 0, z: 0 };
/** Half the baseline the heading is measured over, metres. */
const HEADING_SPAN = 0.4;

/**
 * Figure `figure` of `path` at `t` seconds into the session, written into `out`. `still` (reduced
 * motion): every figure at its start pose whatever `t`, level and on the ground.
 */
export function poseAt(path: ArenaPath, figure: number, t: number, still = false, out: Pose = newPose()): Pose {
  const s = (path.starts[figure] ?? 0) + (still ? 0 : path.speed * t);
  pointAt(path.loop, s, out);
  pointAt(path.loop, s + HEADING_SPAN, ahead);
  pointAt(path.loop, s - HEADING_SPAN, behind);
  out.yaw = Math.atan2(ahead.x - behind.x, ahead.z - behind.z);
  out.y = 0;
  out.pitch = 0;
  if (still) return out;
  const d = ((s % path.loop.length) + path.loop.length) % path.loop.length;
  for (const j of path.jumps) {
    // Distance to the jump's top, either side of the loop's start.
    let u = d - j.at;
    if (u > path.loop.length / 2) u -= path.loop.length;
    else if (u < -path.loop.length / 2) u += path.loop.length;
    if (Math.abs(u) >= j.half) continue;
    const k = u / j.half;
    out.y = j.height * (1 - k * k);
    // Nose up on the way up (three's x rotation turns +z down), by part of the slope.
    out.pitch = 0.6 * Math.atan((2 * j.height * k) / j.half);
    return out;
  }
  const phase = 2 * Math.PI * path.gait.hz * t + figure * 2.1;
  out.y = path.gait.lift * (0.5 - 0.5 * Math.cos(phase));
  out.pitch = path.gait.rock * Math.sin(phase);
  return out;
}
