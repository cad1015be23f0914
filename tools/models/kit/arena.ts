/**
 * Open-air demonstration areas (mounted police, dog brigade, special forces): a field inset in the
 * zone, a white-and-blue fence around it with a gate, spectators' bleachers on the sides the data
 * lists, and the discipline's course (arenaCourses.ts). Built in the zone's local frame (front = +z).
 */
import {
  ARENA_SURFACE,
  arenaField,
  BLEACHER_DEPTH,
  BLEACHER_RISE,
  BLEACHER_ROWS,
  BLEACHER_WALKWAY,
  DEFAULT_DISCIPLINE,
} from '../../../src/edition/arena.ts';
import type { Side, Zone } from '../../../src/edition/schema.ts';
import { layCourse } from './arenaCourses.ts';
import { bleacherSection } from './bleachers.ts';
import { C } from './colors.ts';
import { appendAll as append, beam, box, emptyGeo, place, solid, type V3 } from './geo.ts';
import type { Built, CollisionBox, Geo } from './types.ts';

/** The field's rectangle (local); its sizes are the plan's too (src/edition/arena.ts). */
export { arenaField };

const SIDES: readonly Side[] = ['front', 'back', 'left', 'right'];
const NORMAL: Record<Side, [number, number]> = { front: [0, 1], back: [0, -1], left: [-1, 0], right: [1, 0] };
/** Turn that brings a bleacher built facing +z (field in front of it, rows rising toward −z) onto a side. */
const FACING: Record<Side, number> = { back: 0, front: Math.PI, left: Math.PI / 2, right: -Math.PI / 2 };

const FENCE_HEIGHT = 1.3;
const GATE_WIDTH = 6;

/** The side that gets the gate: the one without bleachers that best faces the site centre (plan origin). */
export function gateSide(zone: Zone): Side {
  const a = (zone.rotation * Math.PI) / 180;
  const c = Math.cos(a),
    s = Math.sin(a);
  const dx = -zone.position[0],
    dz = -zone.position[1];
  const lx = c * dx - s * dz,
    lz = s * dx + c * dz;
  const taken = new Set(zone.bleachers ?? []);
  const free = SIDES.filter((sd) => !taken.has(sd));
  const pool = free.length ? free : SIDES;
  let best: Side = pool[0]!;
  let bestScore = -Infinity;
  for (const sd of pool) {
    const score = NORMAL[sd][0] * lx + NORMAL[sd][1] * lz;
    if (score > bestScore + 1e-9) {
      best = sd;
      bestScore = score;
    }
  }
  return best;
}

/** A fence run from a to b on the ground (posts every ~3 m, two white rails, a blue kick board). */
function fenceRun(a: [number, number], b: [number, number], g: Geo, col: CollisionBox[]): void {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len < 0.2) return;
  const rot = -Math.atan2(b[1] - a[1], b[0] - a[0]);
  const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  append(g, box([len, 0.09, 0.06], [mid[0], 0.65, mid[1]], C.white, rot));
  append(g, box([len, 0.1, 0.06], [mid[0], FENCE_HEIGHT - 0.05, mid[1]], C.white, rot));
  append(g, box([len, 0.35, 0.04], [mid[0], 0.2, mid[1]], C.policeBlue, rot));
  const n = Math.max(1, Math.round(len / 3));
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    append(
      g,
      box(
        [0.1, FENCE_HEIGHT + 0.1, 0.1],
        [a[0] + (b[0] - a[0]) * t, (FENCE_HEIGHT + 0.1) / 2, a[1] + (b[1] - a[1]) * t],
        C.policeBlue,
        rot,
      ),
    );
  }
  col.push(solid([len + 0.1, FENCE_HEIGHT + 0.1, 0.3], [mid[0], (FENCE_HEIGHT + 0.1) / 2, mid[1]], rot));
}

/** A demonstration area in its zone's local frame. */
export function arena(zone: Zone): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  const f = arenaField(zone);
  const fw = f.x1 - f.x0,
    fd = f.z1 - f.z0;
  const cx = (f.x0 + f.x1) / 2,
    cz = (f.z0 + f.z1) / 2;
  const discipline = zone.discipline ?? DEFAULT_DISCIPLINE;
  const surface = C[ARENA_SURFACE[discipline]];
  append(matte, box([fw, 0.05, fd], [cx, 0.025, cz], surface));
  const put = (g: Geo, x: number, z: number, rot = 0): void => void append(matte, place(g, [cx + x, 0, cz + z], rot));
  const block = (size: V3, x: number, z: number, rot = 0): void => void col.push(solid(size, [cx + x, size[1] / 2, cz + z], rot));

  // Fence with a gate gap.
  const gate = gateSide(zone);
  const corners: Record<Side, [[number, number], [number, number]]> = {
    front: [
      [f.x0, f.z1],
      [f.x1, f.z1],
    ],
    back: [
      [f.x0, f.z0],
      [f.x1, f.z0],
    ],
    left: [
      [f.x0, f.z0],
      [f.x0, f.z1],
    ],
    right: [
      [f.x1, f.z0],
      [f.x1, f.z1],
    ],
  };
  for (const side of SIDES) {
    const [a, b] = corners[side];
    if (side !== gate) {
      fenceRun(a, b, matte, col);
      continue;
    }
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const ux = (b[0] - a[0]) / len,
      uz = (b[1] - a[1]) / len;
    const g0 = len / 2 - GATE_WIDTH / 2,
      g1 = len / 2 + GATE_WIDTH / 2;
    const p0: [number, number] = [a[0] + ux * g0, a[1] + uz * g0];
    const p1: [number, number] = [a[0] + ux * g1, a[1] + uz * g1];
    fenceRun(a, p0, matte, col);
    fenceRun(p1, b, matte, col);
    // Gate posts, taller, and the two gate leaves swung open outward.
    const [nx, nz] = NORMAL[side];
    for (const [p, sgn] of [
      [p0, 1],
      [p1, -1],
    ] as const) {
      append(matte, box([0.25, 2.2, 0.25], [p[0], 1.1, p[1]], C.policeBlue));
      col.push(solid([0.3, 2.2, 0.3], [p[0], 1.1, p[1]]));
      const tip: V3 = [p[0] + nx * 2.8 + ux * 0.2 * sgn, 0.9, p[1] + nz * 2.8 + uz * 0.2 * sgn];
      append(matte, beam([p[0] + nx * 0.15, 1.2, p[1] + nz * 0.15], [tip[0], 1.2, tip[2]], 0.05, 0.08, C.white));
      append(matte, beam([p[0] + nx * 0.15, 0.6, p[1] + nz * 0.15], [tip[0], 0.6, tip[2]], 0.05, 0.08, C.white));
      append(matte, beam([p[0] + nx * 0.15, 0.3, p[1] + nz * 0.15], [tip[0], 0.3, tip[2]], 0.04, 0.3, C.policeBlue));
    }
  }

  // Bleachers outside the fence.
  for (const side of zone.bleachers ?? []) {
    const [nx, nz] = NORMAL[side];
    const along = side === 'front' || side === 'back' ? fw : fd;
    const centre = side === 'front' || side === 'back' ? cx : cz;
    const dist = side === 'front' ? f.z1 : side === 'back' ? -f.z0 : side === 'right' ? f.x1 : -f.x0;
    const usable = along - 3;
    const sections = Math.max(1, Math.ceil(usable / 16));
    const aisle = 1.4;
    const secLen = (usable - aisle * (sections - 1)) / sections;
    const sec = bleacherSection(secLen, true);
    const rot = FACING[side];
    for (let i = 0; i < sections; i++) {
      const u = centre - usable / 2 + secLen / 2 + i * (secLen + aisle);
      const d = dist + BLEACHER_WALKWAY;
      const px = nx !== 0 ? nx * d : u;
      const pz = nz !== 0 ? nz * d : u;
      append(matte, place(sec, [px, 0, pz], rot));
      const cd = d + BLEACHER_DEPTH / 2;
      const ccx = nx !== 0 ? nx * cd : u;
      const ccz = nz !== 0 ? nz * cd : u;
      const size: V3 =
        nx !== 0
          ? [BLEACHER_DEPTH + 0.2, BLEACHER_ROWS * BLEACHER_RISE + 1, secLen]
          : [secLen, BLEACHER_ROWS * BLEACHER_RISE + 1, BLEACHER_DEPTH + 0.2];
      col.push(solid(size, [ccx, size[1] / 2, ccz]));
    }
  }

  // Where the audience sits, seen from the field centre (for facing the show toward it).
  let ax = 0,
    az = 0;
  for (const s of zone.bleachers ?? []) {
    ax += NORMAL[s][0];
    az += NORMAL[s][1];
  }
  if (ax === 0 && az === 0) az = 1;
  const toward = Math.atan2(ax, az); // rotation that turns +z toward the audience

  layCourse(discipline, { fw, fd, toward, put, block });
  return { parts: { matte }, collision: col };
}
