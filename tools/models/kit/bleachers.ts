/** A section of spectators' bleachers around a demonstration field: concrete rows, blue benches, a shade roof. */
import { BLEACHER_DEPTH, BLEACHER_RISE, BLEACHER_ROWS, BLEACHER_TREAD } from '../../../src/edition/arena.ts';
import { C } from './colors.ts';
import { appendAll as append, beam, box, doubleSided, emptyGeo, quad } from './geo.ts';
import type { Geo } from './types.ts';

/** One bleacher section `len` long, facing +z (its front row's front edge on z = 0), rising toward −z, with a light roof. */
export function bleacherSection(len: number, roofed: boolean): Geo {
  const g = emptyGeo();
  for (let r = 0; r < BLEACHER_ROWS; r++) {
    const zf = -r * BLEACHER_TREAD;
    const h = (r + 1) * BLEACHER_RISE;
    append(g, box([len, h, BLEACHER_TREAD], [0, h / 2, zf - BLEACHER_TREAD / 2], C.concrete));
    // Seats: a blue bench strip at the front of each tread.
    append(g, box([len - 0.2, 0.12, 0.42], [0, h + 0.06, zf - 0.3], C.policeBlue));
  }
  // Side rails.
  const topH = BLEACHER_ROWS * BLEACHER_RISE;
  for (const sx of [-1, 1])
    append(
      g,
      beam([sx * (len / 2 - 0.05), 1.3, 0], [sx * (len / 2 - 0.05), topH + 1.0, -BLEACHER_DEPTH], 0.06, 0.06, C.lightGrey),
    );
  append(g, box([len, 1.0, 0.06], [0, topH + 0.5, -BLEACHER_DEPTH + 0.03], C.policeBlue));
  if (roofed) {
    // Cantilevered shade roof on posts at the back, tilting up toward the field.
    const back = -BLEACHER_DEPTH - 0.1;
    const posts = Math.max(2, Math.round(len / 6) + 1);
    for (let i = 0; i < posts; i++) {
      const x = -len / 2 + 0.2 + ((len - 0.4) * i) / (posts - 1);
      append(g, box([0.16, topH + 3.2, 0.16], [x, (topH + 3.2) / 2, back], C.lightGrey));
    }
    const y0 = topH + 3.1,
      y1 = topH + 3.6;
    const zb = back - 0.3,
      zf = 0.2;
    append(g, doubleSided(quad([-len / 2, y0, zb], [len / 2, y0, zb], [len / 2, y1, zf], [-len / 2, y1, zf], C.white)));
    append(g, beam([-len / 2, y1 - 0.12, zf], [len / 2, y1 - 0.12, zf], 0.08, 0.3, C.policeBlue));
  }
  return g;
}
