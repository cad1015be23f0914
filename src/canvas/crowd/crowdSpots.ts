/**
 * Where the crowd stands: at each stand's counter side (in front of its footprint, outside the booth:
 * an officer at a front corner facing out, visitors facing in, a school group with its teacher at a few
 * of the widest), groups in the children's pavilion, donors in the blood-donation tent, families at
 * the entrance (the bleachers' spectators are ./bleacherSpots.ts, the seminar hall's audience
 * ./seminarSpots.ts). Pure. Every spot is free ground for a person (the walk's own check), off every
 * stand's footprint and every path's paving (where the walkers are), out of every place a visitor
 * lands on arriving at a stand or a place (./arrivalClearings.ts), and apart from the others.
 */
import { DEG, distanceToSegment, rectContains, toPlan } from '../../edition/geometry.ts';
import type { EditionData, Stand, Zone } from '../../edition/schema.ts';
import type { PersonKind } from './dress.ts';
import { PERSON_RADIUS, type FreeGround } from './crowdLanes.ts';
import { arrivalClearings, inClearing, type Clearing } from './arrivalClearings.ts';

export type SpotGroup = 'stands' | 'zones' | 'bleachers' | 'seats';

export interface Spot {
  kind: PersonKind;
  group: SpotGroup;
  /** The zone the spot is in (a stand's zone, an arena). */
  zone: string;
  x: number;
  y: number;
  z: number;
  /** Radians, three's rotation.y: the figure's face looks along (sin yaw, cos yaw). */
  yaw: number;
  /** Spots of one school group or family share it, so they come and go together; −1 alone. */
  party: number;
  /** Bleachers and a hall's chairs: the order seats fill in, 0 first; a hall's speakers: their order; −1 elsewhere. */
  seat: number;
  /** On a chair: the seat's height above the floor (the spot is on the seat, ./sitting.ts sits the figure); absent standing. */
  seatHeight?: number;
}

/** Figures standing closer than this, centre to centre, overlap, metres. */
const GAP = 0.62;
/** The top of a hall's floor and of the ground, metres (tools/models/kit/hall/shell.ts lays a 3 cm deck). */
const FLOOR_Y = 0.03;

/** Stands whose front takes a school group, widest first. */
const SCHOOL_STANDS = 4;
const VISITORS_PER_STAND = 2;

/** Accepts spots that fit and remembers them, so the next keep their distance. */
class Ground {
  readonly spots: Spot[] = [];
  private party = 0;
  private readonly clearings: Clearing[];
  constructor(
    private readonly data: EditionData,
    private readonly ground: FreeGround,
  ) {
    this.clearings = arrivalClearings(data, ground);
  }

  newParty(): number {
    return this.party++;
  }

  fits(x: number, z: number): boolean {
    const r = PERSON_RADIUS;
    if (!this.ground.isFree(x, z, r)) return false;
    if (this.data.stands.some((s) => rectContains(s, [x, z], r))) return false;
    if (inClearing(this.clearings, x, z)) return false;
    const onPath = this.data.site.paths.some((p) =>
      p.points.some((a, i) => i + 1 < p.points.length && distanceToSegment([x, z], a, p.points[i + 1]!) < p.width / 2 + r),
    );
    return !onPath && this.spots.every((s) => Math.hypot(s.x - x, s.z - z) >= GAP);
  }

  /** Adds the spot if it fits; says whether it did. */
  add(spot: Omit<Spot, 'y' | 'seat' | 'group'> & { group?: SpotGroup }): boolean {
    if (!this.fits(spot.x, spot.z)) return false;
    this.spots.push({ group: 'zones', ...spot, y: FLOOR_Y, seat: -1 });
    return true;
  }
}

/** A plan point and a heading of a figure standing in a footprint's frame, facing `localYaw` there. */
function placed(r: Stand | Zone, lx: number, lz: number, localYaw: number) {
  const [x, z] = toPlan(r, lx, lz);
  return { x, z, yaw: localYaw + r.rotation * DEG };
}

function standSpots(g: Ground, data: EditionData, rnd: () => number): void {
  // An officer at a front corner looking out over the aisle, then visitors at the counter facing in.
  for (const s of data.stands) {
    const front = s.depth / 2;
    const side = rnd() < 0.5 ? 1 : -1;
    for (const sx of [side, -side]) {
      const at = placed(s, sx * (s.width / 2 - 0.55), front + 0.5, (rnd() - 0.5) * 0.6);
      if (g.add({ kind: 'officer', group: 'stands', zone: s.zone, party: -1, ...at })) break;
    }
    let placedVisitors = 0;
    for (let attempt = 0; attempt < 12 && placedVisitors < VISITORS_PER_STAND; attempt++) {
      const lx = (rnd() - 0.5) * (s.width - 1.6);
      const at = placed(s, lx, front + 0.7 + rnd() * 0.8, Math.PI + (rnd() - 0.5) * 0.7);
      const kind = rnd() < 0.25 ? 'child' : 'adult';
      if (g.add({ kind, group: 'stands', zone: s.zone, party: -1, ...at })) placedVisitors++;
    }
  }
  // School groups: two rows of pupils at the widest fronts, their teacher behind them; a whole group
  // or none, off the middle where a visitor arriving at the stand lands.
  const widest = [...data.stands].sort((a, b) => b.width - a.width || a.number - b.number).slice(0, SCHOOL_STANDS);
  for (const s of widest) {
    const front = s.depth / 2;
    for (const shift of [0, -s.width / 4, s.width / 4]) {
      const group: Array<{ kind: PersonKind; x: number; z: number; yaw: number }> = [];
      for (const [row, count] of [
        [1.6, 5],
        [2.3, 4],
      ] as const)
        for (let k = 0; k < count; k++) {
          const lx = shift + (k - (count - 1) / 2) * 0.72 + (rnd() - 0.5) * 0.1;
          group.push({ kind: 'child', ...placed(s, lx, front + row, Math.PI) });
        }
      group.push({ kind: 'adult', ...placed(s, shift + 1.2, front + 3.1, Math.PI - 0.3) });
      const fits = group.every(
        (p, i) => g.fits(p.x, p.z) && group.slice(0, i).every((q) => Math.hypot(p.x - q.x, p.z - q.z) >= GAP),
      );
      if (!fits) continue;
      const party = g.newParty();
      for (const p of group) g.add({ group: 'stands', zone: s.zone, party, ...p });
      break;
    }
  }
}

/** Free spots on a grid over a zone, inset from its edges, in a shuffled order. */
function gridSpots(zone: Zone, cell: number, inset: number, rnd: () => number): [number, number][] {
  const out: [number, number][] = [];
  for (let lx = -zone.width / 2 + inset; lx <= zone.width / 2 - inset; lx += cell)
    for (let lz = -zone.depth / 2 + inset; lz <= zone.depth / 2 - inset; lz += cell) out.push([lx, lz]);
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

function zoneSpots(g: Ground, zone: Zone, rnd: () => number): void {
  if (zone.kind === 'children') {
    // Pupils in rings round their activity, the teacher standing a step back.
    let groups = 0;
    for (const [cx, cz] of gridSpots(zone, 2.5, 3, rnd)) {
      if (groups >= 3) break;
      const ring: [number, number][] = [];
      for (let k = 0; k < 6; k++) {
        const a = (k / 6) * Math.PI * 2;
        ring.push([cx + Math.sin(a) * 1.3, cz + Math.cos(a) * 1.3]);
      }
      const teacher: [number, number] = [cx + 2.1, cz + 0.4];
      const all = [...ring, teacher].map(([lx, lz]) => toPlan(zone, lx, lz));
      if (!all.every(([x, z]) => g.fits(x, z))) continue;
      const party = g.newParty();
      ring.forEach(([lx, lz]) =>
        g.add({ kind: 'child', zone: zone.id, party, ...placed(zone, lx, lz, Math.atan2(cx - lx, cz - lz)) }),
      );
      g.add({ kind: 'adult', zone: zone.id, party, ...placed(zone, teacher[0], teacher[1], -Math.PI / 2) });
      groups++;
    }
  } else if (zone.kind === 'blood-donation') {
    let n = 0;
    for (const [lx, lz] of gridSpots(zone, 1.5, 1.5, rnd))
      if (n < 6 && g.add({ kind: 'adult', zone: zone.id, party: -1, ...placed(zone, lx, lz, rnd() * Math.PI * 2) })) n++;
  } else if (zone.kind === 'entrance') {
    // Families: a parent and a child beside them.
    let n = 0;
    for (const [lx, lz] of gridSpots(zone, 2.5, 1.5, rnd)) {
      if (n >= 8) break;
      const yaw = rnd() * Math.PI * 2;
      const parent = placed(zone, lx, lz, yaw);
      const child = placed(zone, lx + Math.cos(yaw) * 0.65, lz - Math.sin(yaw) * 0.65, yaw);
      if (!g.fits(parent.x, parent.z) || !g.fits(child.x, child.z) || Math.hypot(parent.x - child.x, parent.z - child.z) < GAP)
        continue;
      const party = g.newParty();
      g.add({ kind: 'adult', zone: zone.id, party, ...parent });
      g.add({ kind: 'child', zone: zone.id, party, ...child });
      n++;
    }
  }
}

/** Every standing spot of the site, bleachers aside (they are per arena: ./bleacherSpots.ts). */
export function standingSpots(data: EditionData, ground: FreeGround, rnd: () => number): Spot[] {
  const g = new Ground(data, ground);
  standSpots(g, data, rnd);
  for (const zone of data.site.zones) zoneSpots(g, zone, rnd);
  return g.spots;
}
