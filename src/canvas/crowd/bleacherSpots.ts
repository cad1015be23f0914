/**
 * The spectators' places on an arena's bleachers: standing behind each row's bench, facing the field,
 * filled from the middle of each side and the front rows first. The rows are the pipeline's
 * (tools/models/kit/arena.ts lays the sections out); this mirrors that layout from the sizes both
 * share (src/edition/arena.ts), and tests/crowd.test.ts checks every place against the collision
 * model's bleacher blocks. Pure.
 */
import { arenaField, BLEACHER_RISE, BLEACHER_ROWS, BLEACHER_TREAD, BLEACHER_WALKWAY } from '../../edition/arena.ts';
import { DEG, toPlan } from '../../edition/geometry.ts';
import type { Side, Zone } from '../../edition/schema.ts';
import type { Spot } from './crowdSpots.ts';

/** Along a bleacher row, metres between two spectators; how far behind the row's front edge they stand (the bench is before it). */
const SEAT = 0.7;
const ROW_STAND = 0.7;
/** Kit layout of the bleachers (tools/models/kit/arena.ts): sections up to 16 m, aisles 1.4 m, 1.5 m free at each end. */
const SECTION = 16;
const AISLE = 1.4;
const BLEACHER_ENDS = 3;
const NORMAL: Record<Side, [number, number]> = { front: [0, 1], back: [0, -1], left: [-1, 0], right: [1, 0] };
/** The turn that brings a section built facing +z onto a side (the kit's FACING). */
const FACING: Record<Side, number> = { back: 0, front: Math.PI, left: Math.PI / 2, right: -Math.PI / 2 };

/** Every standing place of a bleacher's rows, in the order they fill (the middle of each side and the front first). */
export function bleacherSpots(zone: Zone, rnd: () => number): Spot[] {
  const f = arenaField(zone);
  const fw = f.x1 - f.x0;
  const fd = f.z1 - f.z0;
  const cx = (f.x0 + f.x1) / 2;
  const cz = (f.z0 + f.z1) / 2;
  const seats: { spot: Spot; key: number }[] = [];
  for (const side of zone.bleachers ?? []) {
    const [nx, nz] = NORMAL[side];
    const across = side === 'front' || side === 'back';
    const along = across ? fw : fd;
    const centre = across ? cx : cz;
    const dist = side === 'front' ? f.z1 : side === 'back' ? -f.z0 : side === 'right' ? f.x1 : -f.x0;
    const usable = along - BLEACHER_ENDS;
    const sections = Math.max(1, Math.ceil(usable / SECTION));
    const length = (usable - AISLE * (sections - 1)) / sections;
    const rot = FACING[side];
    const c = Math.cos(rot);
    const s = Math.sin(rot);
    const d = dist + BLEACHER_WALKWAY;
    for (let i = 0; i < sections; i++) {
      const u = centre - usable / 2 + length / 2 + i * (length + AISLE);
      const ox = nx !== 0 ? nx * d : u;
      const oz = nz !== 0 ? nz * d : u;
      const perRow = Math.floor((length - 0.9) / SEAT) + 1;
      for (let row = 0; row < BLEACHER_ROWS; row++)
        for (let k = 0; k < perRow; k++) {
          const sx = -((perRow - 1) * SEAT) / 2 + k * SEAT + (rnd() - 0.5) * 0.12;
          const sz = -row * BLEACHER_TREAD - ROW_STAND;
          const [x, z] = toPlan(zone, ox + c * sx + s * sz, oz - s * sx + c * sz);
          const fromMiddle = Math.abs(u - centre + sx) / (along / 2);
          seats.push({
            key: fromMiddle + row * 0.12 + rnd() * 0.05,
            spot: {
              kind: rnd() < 0.3 ? 'child' : 'adult',
              group: 'bleachers',
              zone: zone.id,
              x,
              y: (row + 1) * BLEACHER_RISE,
              z,
              yaw: rot + zone.rotation * DEG + (rnd() - 0.5) * 0.3,
              party: -1,
              seat: 0,
            },
          });
        }
    }
  }
  seats.sort((a, b) => a.key - b.key);
  return seats.map(({ spot }, seat) => ({ ...spot, seat }));
}
