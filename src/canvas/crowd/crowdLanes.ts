/**
 * Where the crowd walks: lanes along the site's paths, each a narrow loop the shader walks a figure
 * round (out on one side of the centre line, back on the other, keeping right), and the loop's maths
 * in TypeScript, the same as the shader's (./crowdMaterial.ts), for placing and testing. Pure.
 *
 * A path's segment is walked only where its whole walked band is free ground for a person (the walk's
 * own collision check, `isFree`): the band is sampled every 25 cm along and at most 30 cm across, so
 * a solid that reaches into it (a kiosk, a gate, the fence at the path's end) cuts the segment into
 * stretches, each walked on its own. The lanes of a stretch are nested loops (the outer ones longer),
 * so no two lanes ever cross; the walkers of a lane share its speed, so they never catch each other up.
 */
import type { Path } from '../../edition/schema.ts';

/** What the crowd asks of the collision world: whether a person this wide fits there (CollisionWorld.isFree). */
export interface FreeGround {
  isFree(x: number, z: number, radius: number): boolean;
}

/** A person seen from above, metres: the walker's own radius (src/walk/walkWorld.ts WALKER_RADIUS). */
export const PERSON_RADIUS = 0.3;
/** Lanes keep this far from the paving's edge, metres (plus a person's radius). */
const KERB = 0.15;
/** Between two lanes, metres. */
const LANE_GAP = 0.75;
/** The innermost lane is at least this far off the centre line, metres. */
const MIN_OFFSET = 0.35;
/** A stretch shorter than this is not walked, metres. */
const MIN_STRETCH = 6;
const ALONG_STEP = 0.25;
const ACROSS_STEP = 0.3;

/** A loop in its own frame: out along +z at x = −lane, across, back along −z at x = +lane, across. */
export interface Walk {
  /** Length of the loop's straight sides, metres. */
  length: number;
  /** Half the loop's width: how far each side is off the centre line, metres. */
  lane: number;
  /** Metres per second; 0 for a figure standing. */
  speed: number;
  /** Where on the loop the figure is at time 0, metres from the loop's start. */
  phase: number;
}

/** One lane: its loop and where the loop's frame is on the plan (its origin, and the heading of its +z). */
export interface Lane {
  path: string;
  x: number;
  z: number;
  /** Radians, three's rotation.y: the loop's +z points along (sin yaw, cos yaw) on the plan. */
  yaw: number;
  length: number;
  lane: number;
}

/** The loop's perimeter, metres. */
export const loopLength = (w: Pick<Walk, 'length' | 'lane'>) => 2 * w.length + 4 * w.lane;

/** A point of a loop in its frame and the heading there (radians, three's rotation.y). */
export interface LoopPoint {
  x: number;
  z: number;
  yaw: number;
}

/**
 * Where a walker is on its loop `time` seconds after its phase (standing still under `still`: at its
 * phase). The shader does the same maths (crowdMaterial.ts `crowdLoop`).
 */
export function loopPoint(w: Walk, time: number, still: boolean, out: LoopPoint): LoopPoint {
  const perimeter = loopLength(w);
  if (w.speed <= 0 || perimeter <= 0) {
    out.x = out.z = out.yaw = 0;
    return out;
  }
  const travelled = w.phase + (still ? 0 : w.speed * time);
  const s = travelled - Math.floor(travelled / perimeter) * perimeter;
  const { length: l, lane: o } = w;
  if (s < l) [out.x, out.z, out.yaw] = [-o, s, 0];
  else if (s < l + 2 * o) [out.x, out.z, out.yaw] = [-o + (s - l), l, Math.PI / 2];
  else if (s < 2 * l + 2 * o) [out.x, out.z, out.yaw] = [o, l - (s - l - 2 * o), Math.PI];
  else [out.x, out.z, out.yaw] = [o - (s - 2 * l - 2 * o), 0, -Math.PI / 2];
  return out;
}

/** A point of a lane's frame on the plan. */
export function laneToPlan(frame: { x: number; z: number; yaw: number }, lx: number, lz: number): [number, number] {
  const c = Math.cos(frame.yaw);
  const s = Math.sin(frame.yaw);
  return [frame.x + c * lx + s * lz, frame.z - s * lx + c * lz];
}

/** Offsets of the lanes of a path this wide, outermost first. */
export function laneOffsets(width: number): number[] {
  const out: number[] = [];
  for (let o = width / 2 - KERB - PERSON_RADIUS; o >= MIN_OFFSET; o -= LANE_GAP) out.push(o);
  return out;
}

/** The stretches [from, to] (metres along a→b) where the band `half` either side of the segment is free. */
function freeStretches(ax: number, az: number, bx: number, bz: number, half: number, ground: FreeGround): [number, number][] {
  const length = Math.hypot(bx - ax, bz - az);
  const ux = (bx - ax) / length;
  const uz = (bz - az) / length;
  const across = Math.max(1, Math.ceil((2 * half) / ACROSS_STEP));
  const steps = Math.floor(length / ALONG_STEP);
  const out: [number, number][] = [];
  let from = -1;
  for (let i = 0; i <= steps; i++) {
    const u = i * ALONG_STEP;
    let free = true;
    for (let k = 0; k <= across && free; k++) {
      const v = -half + (2 * half * k) / across;
      free = ground.isFree(ax + ux * u - uz * v, az + uz * u + ux * v, PERSON_RADIUS);
    }
    if (free && from < 0) from = u;
    if ((!free || i === steps) && from >= 0) {
      const to = free ? u : u - ALONG_STEP;
      if (to - from >= MIN_STRETCH) out.push([from, to]);
      from = -1;
    }
  }
  return out;
}

/** The lanes of every path of the site, nested per free stretch of each segment, longest paths first. */
export function pathLanes(paths: readonly Path[], ground: FreeGround): Lane[] {
  const lanes: Lane[] = [];
  for (const path of paths) {
    const offsets = laneOffsets(path.width);
    if (!offsets.length) continue;
    const outer = offsets[0]!;
    for (let i = 0; i + 1 < path.points.length; i++) {
      const [ax, az] = path.points[i]!;
      const [bx, bz] = path.points[i + 1]!;
      const length = Math.hypot(bx - ax, bz - az);
      if (length < MIN_STRETCH) continue;
      const ux = (bx - ax) / length;
      const uz = (bz - az) / length;
      const yaw = Math.atan2(ux, uz);
      for (const [from, to] of freeStretches(ax, az, bx, bz, outer, ground))
        for (const o of offsets) {
          const inset = outer - o;
          const l = to - from - 2 * inset;
          if (l < 2) continue;
          const u = from + inset;
          lanes.push({ path: path.id, x: ax + ux * u, z: az + uz * u, yaw, length: l, lane: o });
        }
    }
  }
  return lanes;
}
