/**
 * Where the wayfinding signs stand, derived from the edition (nothing to author): a totem beside
 * every doorway of a covered place, naming it to the paths outside; and fingerposts at the path
 * junctions, one blade for each of up to three places in clearly different directions, pointing the
 * way. Pure: plan maths only; PlaceSigns draws them.
 */
import type { EditionData, Path, Side, Zone } from '../../edition/schema.ts';
import { distanceToSegment, rectContains, toPlan } from '../../edition/geometry.ts';

/** A flat board: its centre (world), the direction its face looks (radians, three's rotation.y), size. */
export interface Board {
  x: number;
  y: number;
  z: number;
  yaw: number;
  width: number;
  height: number;
  /** The place it names. */
  zone: Zone;
  /** A blade's arrow: which end of the board points the way (as seen on its face), or none (a totem). */
  arrow: 'start' | 'end' | null;
}

/** A post: a thin upright box under a board. */
export interface Post {
  x: number;
  z: number;
  height: number;
}

const TOTEM = { width: 1.7, height: 0.9, centre: 2.45, gap: 1.2, out: 0.45 };
const BLADE = { length: 1.8, height: 0.34, top: 2.7, step: 0.42 };
/** A junction's places: farther than this, metres (a nearer one is in sight), and at most this many. */
const MIN_DISTANCE = 18;
const MAX_BLADES = 3;
/** Two blades point at least this far apart, radians. */
const MIN_SPREAD = 0.7;
/** Two junctions closer than this share one fingerpost, metres. */
const MERGE = 8;

/** Local frame of a side: the axis offsets run along and the outward normal. */
const SIDE: Record<Side, { t: [number, number]; n: [number, number] }> = {
  front: { t: [1, 0], n: [0, 1] },
  back: { t: [1, 0], n: [0, -1] },
  left: { t: [0, 1], n: [-1, 0] },
  right: { t: [0, 1], n: [1, 0] },
};

/** The yaw that makes a board's face (+z before rotation) look along a plan direction. */
const faceYaw = (dx: number, dz: number) => Math.atan2(dx, dz);

/** Totems: one beside each doorway of each covered place, outside the wall, facing out. */
export function entranceTotems(data: EditionData): { boards: Board[]; posts: Post[] } {
  const boards: Board[] = [];
  const posts: Post[] = [];
  for (const zone of data.site.zones) {
    if (!zone.covered) continue;
    for (const o of zone.openings ?? []) {
      const { t, n } = SIDE[o.side];
      const half = o.side === 'front' || o.side === 'back' ? zone.depth / 2 : zone.width / 2;
      const along = o.offset + o.width / 2 + TOTEM.gap + TOTEM.width / 2;
      const lx = t[0] * along + n[0] * (half + TOTEM.out);
      const lz = t[1] * along + n[1] * (half + TOTEM.out);
      const [x, z] = toPlan(zone, lx, lz);
      const [ox, oz] = toPlan(zone, lx + n[0], lz + n[1]);
      boards.push({
        x,
        y: TOTEM.centre,
        z,
        yaw: faceYaw(ox - x, oz - z),
        width: TOTEM.width,
        height: TOTEM.height,
        zone,
        arrow: null,
      });
      posts.push({ x, z, height: TOTEM.centre - TOTEM.height / 2 });
    }
  }
  return { boards, posts };
}

/** Points where two paths meet: a vertex of one on another (or a shared vertex), merged when close. */
export function junctions(paths: readonly Path[]): Array<{ x: number; z: number; clearance: number }> {
  const out: Array<{ x: number; z: number; clearance: number; n: number }> = [];
  const onPath = (p: Path, x: number, z: number): boolean =>
    p.points.some((a, i) => i + 1 < p.points.length && distanceToSegment([x, z], a, p.points[i + 1]!) <= p.width / 2);
  for (const p of paths)
    for (const [x, z] of p.points) {
      const meeting = paths.filter((q) => q !== p && onPath(q, x, z));
      if (!meeting.length) continue;
      const clearance = Math.max(p.width, ...meeting.map((q) => q.width)) / 2;
      const near = out.find((j) => Math.hypot(j.x - x, j.z - z) < MERGE);
      if (near) near.clearance = Math.max(near.clearance, clearance);
      else out.push({ x, z, clearance, n: meeting.length + 1 });
    }
  return out.map(({ x, z, clearance }) => ({ x, z, clearance }));
}

/** Where a place is gone to from a junction: its middle (a covered place's doorways all lead in). */
function placeDirection(zone: Zone, x: number, z: number): { angle: number; distance: number } {
  const dx = zone.position[0] - x;
  const dz = zone.position[1] - z;
  return { angle: Math.atan2(dx, dz), distance: Math.hypot(dx, dz) };
}

const angleGap = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/** Fingerposts: at each junction, blades toward the nearest places in clearly different directions. */
export function fingerposts(data: EditionData): { boards: Board[]; posts: Post[] } {
  const boards: Board[] = [];
  const posts: Post[] = [];
  const blocked = (x: number, z: number) =>
    data.stands.some((s) => rectContains(s, [x, z], 0.5)) ||
    data.site.zones.some((zn) => zn.covered && rectContains(zn, [x, z], 0.5));
  for (const j of junctions(data.site.paths)) {
    // The post stands at the junction's corner, clear of the paths' surface.
    const off = j.clearance + 0.6;
    const corner = [
      [off, off],
      [-off, off],
      [off, -off],
      [-off, -off],
    ]
      .map(([dx, dz]) => [j.x + dx!, j.z + dz!] as const)
      .find(
        ([x, z]) =>
          !blocked(x, z) && !data.site.paths.some((p) => p.points.some(([px, pz]) => Math.hypot(px - x, pz - z) < p.width / 2)),
      );
    if (!corner) continue;
    const [x, z] = corner;
    const picked: Array<{ zone: Zone; angle: number }> = [];
    const candidates = data.site.zones
      .map((zone) => ({ zone, ...placeDirection(zone, x, z) }))
      .filter((c) => c.distance >= MIN_DISTANCE)
      .sort((a, b) => a.distance - b.distance);
    for (const c of candidates) {
      if (picked.length >= MAX_BLADES) break;
      if (picked.some((p) => angleGap(p.angle, c.angle) < MIN_SPREAD)) continue;
      picked.push(c);
    }
    if (picked.length < 2) continue;
    posts.push({ x, z, height: BLADE.top + BLADE.height / 2 + 0.1 });
    picked.forEach((p, k) => {
      // The blade runs from the post toward the place; its two faces read from either side.
      const dx = Math.sin(p.angle);
      const dz = Math.cos(p.angle);
      const cx = x + dx * (BLADE.length / 2 + 0.05);
      const cz = z + dz * (BLADE.length / 2 + 0.05);
      const y = BLADE.top - k * BLADE.step;
      // Face looking to the blade's right (seen from there, the tip is at the board's end) and left.
      boards.push({
        x: cx,
        y,
        z: cz,
        yaw: faceYaw(dz, -dx),
        width: BLADE.length,
        height: BLADE.height,
        zone: p.zone,
        arrow: 'start',
      });
      boards.push({
        x: cx,
        y,
        z: cz,
        yaw: faceYaw(-dz, dx),
        width: BLADE.length,
        height: BLADE.height,
        zone: p.zone,
        arrow: 'end',
      });
    });
  }
  return { boards, posts };
}
