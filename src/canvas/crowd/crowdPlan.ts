/**
 * The crowd of an edition: everyone who may be on the site, each with a place (walking a lane of a
 * path, or standing at a spot), a look, and a rank that says from which density on they are there
 * (./crowdTime.ts picks who is there at an instant). Pure and deterministic: the site's data and the
 * collision world in, people out; built once per edition (15–50 ms in Node on the default edition).
 *
 * Budget, all figures drawn together: at most CROWD_BUDGET.figures figures of FIGURE_TRIANGLES
 * triangles each (630 × 94 = 59,220 triangles ≤ 60,000), shared out as GROUP_BUDGET says (its groups
 * add up to CROWD_BUDGET.figures, so each group at its most still fits).
 */
import type { EditionData, Zone, ZoneKind } from '../../edition/schema.ts';
import { civilian, officer, pupil, seeded, type Dress, type PersonKind } from './dress.ts';
import {
  laneToPlan,
  loopLength,
  loopPoint,
  pathLanes,
  type FreeGround,
  type Lane,
  type LoopPoint,
  type Walk,
} from './crowdLanes.ts';
import { standingSpots, type Spot } from './crowdSpots.ts';
import { bleacherSpots } from './bleacherSpots.ts';
import { seminarSpots } from './seminarSpots.ts';
import { FIGURE_TRIANGLES } from './figures.ts';

export type CrowdGroup = 'walkers' | 'stands' | 'zones' | 'bleachers' | 'seats';

/** The most figures drawn at once, and their triangles. */
export const CROWD_BUDGET = { figures: 630, triangles: 60_000 } as const;

/**
 * The most drawn at once per group: walkers on the paths, people at the stands (an officer and two
 * visitors each, four school groups), in the zones (children's pavilion, blood donation, entrance), on
 * the bleachers of all live arenas together (a few on each of the others), and in the seminar halls
 * (a seminar's audience on most of the 128 chairs of the default edition's hall and its speakers; a
 * few in each of the others). They add up to CROWD_BUDGET.figures.
 */
export const GROUP_BUDGET: Record<CrowdGroup, number> = { walkers: 160, stands: 150, zones: 45, bleachers: 160, seats: 115 };

/** Walkers' pace, metres per second (each lane its own, its walkers alike). */
export const WALK_SPEED = { min: 1.0, max: 1.4 } as const;
/** School groups walking in file, on lanes of their own. */
const WALKING_SCHOOLS = 3;
const SCHOOL_SIZE = 7;
/** Metres between two pupils of a file. */
const FILE_GAP = 0.9;
/** A walker's feet on the paving (tools/models/kit/ground/paths.ts PAVING_Y). */
const PATH_Y = 0.04;

export interface Person extends Dress {
  kind: PersonKind;
  group: CrowdGroup;
  /** The zone the person is in (a stand's zone, an arena, a zone), or the path's id for a walker. */
  place: string;
  /** Where the figure's frame is: a standing figure's feet, or a walker's loop's origin. */
  x: number;
  y: number;
  z: number;
  /** Radians, three's rotation.y, of the figure (standing) or of its loop's frame (walking). */
  yaw: number;
  /** The loop walked, or null for a figure standing. */
  walk: Walk | null;
  /** In [0, 1): there from a density above it on. A party (a school group, a family) shares one. */
  rank: number;
  /** Bleachers and a hall's chairs: the order seats fill in, 0 first; a hall's speakers: their order; −1 elsewhere. */
  seat: number;
  /** Sitting on a chair: the seat's height above the floor (the figure's frame is on the seat); 0 standing or walking. */
  seatHeight: number;
}

export interface CrowdSite {
  people: Person[];
  /** The arenas with bleachers, by zone id. */
  arenas: string[];
  /** The seminar halls, by zone id, with their chairs (the crowd holds as many seated as the budget allows). */
  halls: Record<string, number>;
  /** Each zone's kind, by id: how full a zone is depends on it. */
  zoneKinds: Record<string, ZoneKind>;
  /** The site's extent on the plan (for the figures' fixed bounding sphere). */
  bounds: { x0: number; z0: number; x1: number; z1: number };
}

/** The walkers: spread over the lanes by their length (the longest paths take the most), a few school files. */
function walkers(lanes: Lane[], rnd: () => number): Person[] {
  const people: Person[] = [];
  if (!lanes.length) return people;
  // School files walk the longest lanes, one a path; the other walkers share the rest by length.
  const byLength = lanes.map((_, i) => i).sort((a, b) => lanes[b]!.length - lanes[a]!.length || a - b);
  const files = new Set<number>();
  for (const i of byLength) {
    if (files.size >= WALKING_SCHOOLS) break;
    // One file a path, on its longest (outermost) lane: a school keeps to the side.
    if (![...files].some((j) => lanes[j]!.path === lanes[i]!.path)) files.add(i);
  }
  const free = lanes.reduce((sum, l, i) => (files.has(i) ? sum : sum + loopLength(l)), 0);
  const spacing = free / (GROUP_BUDGET.walkers - files.size * SCHOOL_SIZE);
  let schools = 0;
  let share = 0;
  let given = 0;
  lanes.forEach((lane, i) => {
    const perimeter = loopLength(lane);
    const speed = WALK_SPEED.min + rnd() * (WALK_SPEED.max - WALK_SPEED.min);
    const add = (phase: number, kind: PersonKind, look: Dress, rank: number) =>
      people.push({
        kind,
        group: 'walkers',
        place: lane.path,
        x: lane.x,
        y: PATH_Y,
        z: lane.z,
        yaw: lane.yaw,
        walk: { length: lane.length, lane: lane.lane, speed: files.has(i) ? WALK_SPEED.min : speed, phase },
        rank,
        seat: -1,
        seatHeight: 0,
        ...look,
      });
    if (files.has(i)) {
      const start = rnd() * perimeter;
      const rank = rnd();
      const group = schools++;
      add(start + SCHOOL_SIZE * FILE_GAP, 'adult', civilian('adult', rnd), rank);
      for (let k = 0; k < SCHOOL_SIZE - 1; k++) add(start + k * FILE_GAP, 'child', pupil(group, rnd), rank);
      return;
    }
    // Shared out by running total, so the lanes together hold the walkers' budget exactly.
    share += perimeter / spacing;
    const count = Math.round(share) - given;
    given += count;
    const start = rnd() * perimeter;
    for (let k = 0; k < count; k++) {
      const phase = start + ((k + (rnd() - 0.5) * 0.5) * perimeter) / count;
      const kind = rnd() < 0.22 ? 'child' : 'adult';
      add(phase, kind, civilian(kind, rnd), rnd());
    }
  });
  return people;
}

/** A standing person from a spot; parties share a rank, seats rank by the order they fill. */
function stander(spot: Spot, rank: number, schoolColour: number, rnd: () => number): Person {
  const look =
    spot.kind === 'officer'
      ? officer(rnd)
      : spot.kind === 'child' && spot.party >= 0 && spot.group !== 'bleachers'
        ? pupil(schoolColour, rnd)
        : civilian(spot.kind, rnd);
  return { ...spot, group: spot.group, place: spot.zone, walk: null, rank, seatHeight: spot.seatHeight ?? 0, ...look };
}

/** Everyone who may be on the site; the collision world decides where they fit. */
export function buildCrowd(data: EditionData, ground: FreeGround): CrowdSite {
  const rnd = seeded(data.edition.id);
  const people = walkers(pathLanes(data.site.paths, ground), rnd);

  const partyRank = new Map<number, number>();
  const standing = standingSpots(data, ground, rnd).map((spot) => {
    // Officers staff their stands all day: ranked first.
    let rank = spot.kind === 'officer' ? 0 : rnd();
    if (spot.party >= 0) {
      if (!partyRank.has(spot.party)) partyRank.set(spot.party, rank);
      rank = partyRank.get(spot.party)!;
    }
    return stander(spot, rank, spot.party, rnd);
  });
  // A site with more stands or zones than the budget foresees keeps those who come first.
  for (const group of ['stands', 'zones'] as const) {
    const own = standing.filter((p) => p.group === group).sort((a, b) => a.rank - b.rank);
    people.push(...own.slice(0, GROUP_BUDGET[group]));
  }

  const arenas = data.site.zones.filter((z: Zone) => z.kind === 'demonstration' && z.bleachers?.length);
  for (const zone of arenas) {
    const seats = bleacherSpots(zone, rnd).slice(0, GROUP_BUDGET.bleachers);
    for (const spot of seats) people.push(stander(spot, spot.seat / seats.length, 0, rnd));
  }

  // Seminar halls: their chairs as far as the group's budget goes with both speakers there.
  const halls: Record<string, number> = {};
  for (const zone of data.site.zones.filter((z: Zone) => z.kind === 'seminar')) {
    const { seats, speakers } = seminarSpots(zone, rnd);
    const chairs = seats.slice(0, Math.max(0, GROUP_BUDGET.seats - speakers.length));
    for (const spot of [...chairs, ...speakers]) people.push(stander(spot, 0, 0, rnd));
    halls[zone.id] = seats.length;
  }

  const xs = data.site.boundary.map((p) => p[0]);
  const zs = data.site.boundary.map((p) => p[1]);
  return {
    people,
    arenas: arenas.map((z) => z.id),
    halls,
    zoneKinds: Object.fromEntries(data.site.zones.map((z) => [z.id, z.kind])),
    bounds: { x0: Math.min(...xs), z0: Math.min(...zs), x1: Math.max(...xs), z1: Math.max(...zs) },
  };
}

const scratch: LoopPoint = { x: 0, z: 0, yaw: 0 };

/** Where a person is on the plan `time` seconds after its phase (at its phase when `still`), and its heading. */
export function personAt(p: Person, time: number, still: boolean): LoopPoint {
  if (!p.walk) return { x: p.x, z: p.z, yaw: p.yaw };
  const at = loopPoint(p.walk, time, still, scratch);
  const [x, z] = laneToPlan(p, at.x, at.z);
  return { x, z, yaw: p.yaw + at.yaw };
}

/** Triangles of `figures` figures. */
export const crowdTriangles = (figures: number) => figures * FIGURE_TRIANGLES;
