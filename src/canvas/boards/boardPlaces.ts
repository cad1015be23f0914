/**
 * Where the programme boards stand, derived from the edition (nothing to author): one at each
 * demonstration area and one at each seminar hall, on the side visitors arrive from (the zone's
 * approach), facing them. A covered place's board hangs flat on its wall beside the doorway, on the
 * side away from the doorway's totem (src/canvas/signs/placeSigns.ts); an arena's stands on two
 * posts against the outside of its fence, beside the middle of that side where the gate opens, or
 * hangs on the back of the bleachers where they line that side. None is in the collision model, so
 * every board's bottom edge is above head height and its posts stand inside the fence's own solid
 * band: nothing here narrows a walk. Pure: plan maths only; ProgrammeBoards draws them.
 */
import { arenaField, BLEACHER_DEPTH, BLEACHER_WALKWAY } from '../../edition/arena.ts';
import { toPlan } from '../../edition/geometry.ts';
import type { EditionData, Side, Zone } from '../../edition/schema.ts';
import { placeApproach } from '../../edition/targets.ts';

/** A post under a free-standing board: a thin upright box from the ground. */
export interface BoardPost {
  x: number;
  z: number;
  height: number;
}

/** One programme board. */
export interface BoardPlace {
  /** The zone whose sessions it shows (a session's `place`). */
  placeId: string;
  zone: Zone;
  /** Centre of the face, world metres. */
  position: [number, number, number];
  /** The direction the face looks, radians (three's rotation.y of a face that looks along +z). */
  yaw: number;
  width: number;
  height: number;
  /** What it stands on; none when it hangs on a wall or a structure. */
  posts: BoardPost[];
}

/** The board's face, metres: its bottom edge clears a visitor's head (2.2 m) with a margin. */
export const BOARD = { width: 2.4, height: 1.5, bottom: 2.3 };
/** A post's side, metres (as the wayfinding posts). */
export const BOARD_POST = 0.08;

/** The places that get a board. */
export const hasBoard = (zone: Zone) => zone.kind === 'demonstration' || zone.kind === 'seminar';

/** Local frame of a side: the axis offsets run along and the outward normal (as placeSigns.ts). */
const SIDE: Record<Side, { t: [number, number]; n: [number, number] }> = {
  front: { t: [1, 0], n: [0, 1] },
  back: { t: [1, 0], n: [0, -1] },
  left: { t: [0, 1], n: [-1, 0] },
  right: { t: [0, 1], n: [1, 0] },
};

/** Off the wall's outer face, so the face never fights with the wall. */
const WALL_GAP = 0.03;
/** Between a doorway's edge and the board: the aluminium jamb (0.2 m) and some wall. */
const DOOR_CLEAR = 0.5;
/** How far past a doorway's +t edge its totem reaches (placeSigns.ts: a 1.2 m gap, 1.7 m wide). */
const TOTEM_REACH = 2.9;
/** A wall keeps this much at its corners. */
const CORNER = 0.5;
/** Half the arena gate's gap (tools/models/kit/arena.ts: 6 m) and its swung-open leaves' reach along the fence. */
const GATE_CLEAR = 3.5;
/**
 * Where along the fence the board's near edge starts, from the gate's middle: past the place's own
 * hotspot markers, which stand either side of the gate up to about 6 m out at the board's height (a
 * marker drawn over the board hid its times).
 */
const MARKERS_CLEAR = 6.8;
/**
 * The fence's solid band is 0.3 m deep about its line; posts 0.09 m out stand inside it, so a walker
 * never reaches them, and the face 0.16 m out, just in front of them.
 */
const POST_OUT = 0.09;
const FACE_OUT = 0.16;
/** The bleachers' solid reaches 0.1 m past their back row; a board hung behind them clears it. */
const BEHIND_BLEACHERS = 0.2;

/** The yaw that makes a face (+z before rotation) look along a plan direction. */
const faceYaw = (dx: number, dz: number) => Math.atan2(dx, dz);

/** A board at `along` on side `side`, its face `out` from the zone's centre, with posts `postOut` out (or none). */
function placed(zone: Zone, side: Side, along: number, out: number, postOut: number | null): BoardPlace {
  const { t, n } = SIDE[side];
  const local = (a: number, o: number) => toPlan(zone, t[0] * a + n[0] * o, t[1] * a + n[1] * o);
  const [x, z] = local(along, out);
  const [ox, oz] = local(along, out + 1);
  const posts: BoardPost[] = [];
  if (postOut !== null)
    for (const s of [-1, 1]) {
      const [px, pz] = local(along + s * (BOARD.width / 2 - 0.2), postOut);
      posts.push({ x: px, z: pz, height: BOARD.bottom + BOARD.height });
    }
  return {
    placeId: zone.id,
    zone,
    position: [x, BOARD.bottom + BOARD.height / 2, z],
    yaw: faceYaw(ox - x, oz - z),
    width: BOARD.width,
    height: BOARD.height,
    posts,
  };
}

/** A hall's board: on the approach wall beside its widest doorway, away from the totem if it fits. */
function onWall(zone: Zone, side: Side): BoardPlace {
  const frontBack = side === 'front' || side === 'back';
  const half = frontBack ? zone.depth / 2 : zone.width / 2;
  const length = frontBack ? zone.width : zone.depth;
  const doors = (zone.openings ?? []).filter((o) => o.side === side);
  const door = doors.reduce<(typeof doors)[number] | null>((best, o) => (!best || o.width > best.width ? o : best), null);
  const w = BOARD.width / 2;
  const fits = (along: number) =>
    Math.abs(along) + w <= length / 2 - CORNER &&
    doors.every(
      (o) => along + w <= o.offset - o.width / 2 - DOOR_CLEAR + 1e-9 || along - w >= o.offset + o.width / 2 + DOOR_CLEAR - 1e-9,
    );
  const candidates = door
    ? [door.offset - door.width / 2 - DOOR_CLEAR - w, door.offset + door.width / 2 + TOTEM_REACH + DOOR_CLEAR + w]
    : [0];
  const along = candidates.find(fits) ?? candidates[0]!;
  return placed(zone, side, along, half + WALL_GAP, null);
}

/** An open place's board: against the outside of the arena fence (or behind the bleachers) on the approach side. */
function atFence(zone: Zone, side: Side): BoardPlace {
  const f = arenaField(zone);
  const frontBack = side === 'front' || side === 'back';
  const fence = { front: f.z1, back: -f.z0, right: f.x1, left: -f.x0 }[side];
  const [lo, hi] = frontBack ? [f.x0, f.x1] : [f.z0, f.z1];
  const centre = (lo + hi) / 2;
  // Beside the gate past its markers, on the end nearer the middle of the site (the plan's origin), where most come from.
  const reach = Math.max(0, Math.min(Math.max(GATE_CLEAR, MARKERS_CLEAR) + BOARD.width / 2, (hi - lo) / 2 - BOARD.width / 2));
  const { t } = SIDE[side];
  const toward = toPlan(zone, t[0], t[1]);
  const from = toPlan(zone, 0, 0);
  const sign = (toward[0] - from[0]) * -from[0] + (toward[1] - from[1]) * -from[1] >= 0 ? 1 : -1;
  const along = centre + sign * reach;
  if ((zone.bleachers ?? []).includes(side))
    return placed(zone, side, along, fence + BLEACHER_WALKWAY + BLEACHER_DEPTH + BEHIND_BLEACHERS, null);
  return placed(zone, side, along, fence + FACE_OUT, fence + POST_OUT);
}

/** The programme boards of an edition, in the site's order of its zones. */
export function boardPlaces(data: EditionData): BoardPlace[] {
  return data.site.zones.filter(hasBoard).map((zone) => {
    const side = placeApproach(zone);
    return zone.covered ? onWall(zone, side) : atFence(zone, side);
  });
}
