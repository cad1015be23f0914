/**
 * The seminar hall's audience and speakers: a seat on every chair of the hall's rows, where the
 * pipeline builds them (src/edition/seating.ts lays them out for both), in the order they fill (a
 * shuffle that leans to the front rows), and the speakers' places on the stage: behind the lectern,
 * and beside the screen, facing the hall. A seated figure's frame is on the chair's seat, a little
 * back from its centre so its back is at the backrest; tests/crowd.test.ts checks the chairs against
 * the collision model's blocks of rows. Pure.
 */
import { CHAIR_SEAT_Y, interiorToPlan, seminarLayoutOf, STAGE_Y } from '../../edition/seating.ts';
import type { Zone } from '../../edition/schema.ts';
import type { PersonKind } from './dress.ts';
import type { Spot } from './crowdSpots.ts';

/** How far back from a chair's centre a seated figure's hips are, metres. */
export const SIT_BACK = 0.04;
/** Speakers stand this far behind the lectern's centre, metres. */
const AT_LECTERN = 0.55;
/** The audience's share of officers in uniform, and of children. */
const OFFICERS = 0.2;
const CHILDREN = 0.05;

/** The hall's seats in the order they fill, then its speakers' places (`seat` their order, `seatHeight` 0). */
export function seminarSpots(zone: Zone, rnd: () => number): { seats: Spot[]; speakers: Spot[] } {
  const layout = seminarLayoutOf(zone);
  const rows = new Set(layout.chairs.map((c) => c.z)).size;
  const front = Math.min(...layout.chairs.map((c) => c.z));
  const seats = layout.chairs.map((c) => {
    // Chairs face the stage: the figure's hips a little behind the chair's centre, toward its back.
    const [x, z, yaw] = interiorToPlan(zone, c.x - Math.sin(c.yaw) * SIT_BACK, c.z - Math.cos(c.yaw) * SIT_BACK, c.yaw);
    const r = rnd();
    const kind: PersonKind = r < OFFICERS ? 'officer' : r < OFFICERS + CHILDREN ? 'child' : 'adult';
    const row = Math.round(c.z - front);
    const spot: Spot = {
      kind,
      group: 'seats',
      zone: zone.id,
      x,
      y: c.y + CHAIR_SEAT_Y,
      z,
      yaw,
      party: -1,
      seat: 0,
      seatHeight: CHAIR_SEAT_Y,
    };
    return { spot, key: rnd() + (0.4 * row) / rows };
  });
  seats.sort((a, b) => a.key - b.key);
  const { lectern, stage } = layout;
  const places: [number, number, number, PersonKind][] = [
    [lectern.x, lectern.z - AT_LECTERN, 0, 'officer'],
    [-(stage.width / 2 - 2.5), stage.z + stage.depth / 2 - 1.2, 0.4, 'adult'],
  ];
  const speakers = places.map(([lx, lz, turn, kind], k): Spot => {
    const [x, z, yaw] = interiorToPlan(zone, lx, lz, turn);
    return { kind, group: 'seats', zone: zone.id, x, y: STAGE_Y, z, yaw, party: -1, seat: k };
  });
  return { seats: seats.map(({ spot }, seat) => ({ ...spot, seat })), speakers };
}
