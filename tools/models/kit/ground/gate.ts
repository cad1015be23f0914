/** The entrance: the monumental gate (zone-local) and the sizes the rest of the ground keeps clear for it. */
import type { Zone } from '../../../../src/edition/schema.ts';
import { C } from '../colors.ts';
import { appendAll as append, beam, box, emptyGeo, fan, solid, type RGB, type V3 } from '../geo.ts';
import type { Built, CollisionBox, Geo } from '../types.ts';

/** Outer width of the entrance gate (its two pylons): the perimeter fence leaves this gap. */
export const GATE_SPAN = 20;
/** Half-width of the gate's clear passage between the pylons. */
const PASSAGE = 7;
const PYLON_W = 3;
const PYLON_D = 3;
const PYLON_H = 10.5;

/** Entrance beds in the entrance zone's frame: x from ±BED_X0 to ±BED_X1, z from BED_Z0 to BED_Z1 (capped by the zone). */
export const BED_X0 = 13;
export const BED_X1 = 19.5;

/** A shield crest facing ±z (white border, navy field, gold star). */
function crest(c: V3, s: number, facing: 1 | -1): Geo {
  const g = emptyGeo();
  const sh = (w: number, h: number, z: number, color: RGB): Geo =>
    fan(
      [
        [c[0] - w / 2, c[1] + h / 2, z],
        [c[0] + w / 2, c[1] + h / 2, z],
        [c[0] + w / 2, c[1] - h * 0.1, z],
        [c[0], c[1] - h / 2, z],
        [c[0] - w / 2, c[1] - h * 0.1, z],
      ],
      [0, 0, facing],
      color,
    );
  append(g, sh(1.6 * s, 2 * s, c[2], C.white), sh(1.3 * s, 1.66 * s, c[2] + facing * 0.01, C.navy));
  const star: V3[] = [[c[0], c[1] + 0.15 * s, c[2] + facing * 0.02]];
  for (let i = 0; i <= 10; i++) {
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    const r = (i % 2 === 0 ? 0.45 : 0.19) * s;
    star.push([c[0] + Math.cos(a) * r, c[1] + 0.15 * s + Math.sin(a) * r, c[2] + facing * 0.02]);
  }
  append(g, fan(star, [0, 0, facing], C.gold));
  return g;
}

/**
 * The monumental entrance in its zone's local frame (+z is outside the site, −z the site): two
 * police-blue pylons, a top beam with a flat white banner panel (12 × 2 m) on each face, turnstile
 * lanes under the arch, two security kiosks behind the pylons and low barriers.
 */
export function entranceGate(zone: Zone): Built {
  const matte = emptyGeo();
  const glass = emptyGeo();
  const col: CollisionBox[] = [];
  const zFront = Math.min(zone.depth / 2, 12);
  const pz = zFront - PYLON_D / 2;
  const px = GATE_SPAN / 2 - PYLON_W / 2;
  for (const s of [-1, 1]) {
    const x = s * px;
    append(matte, box([PYLON_W + 0.4, 0.6, PYLON_D + 0.4], [x, 0.3, pz], C.lightGrey));
    append(matte, box([PYLON_W, PYLON_H - 0.6, PYLON_D], [x, 0.6 + (PYLON_H - 0.6) / 2, pz], C.policeBlue));
    // White vertical bands on the outer faces and a white cap.
    for (const fz of [1, -1])
      append(
        matte,
        box([0.7, PYLON_H - 1.6, 0.04], [x, 0.6 + (PYLON_H - 1.6) / 2 + 0.3, pz + fz * (PYLON_D / 2 + 0.02)], C.white),
      );
    append(matte, box([0.04, PYLON_H - 1.6, 0.7], [x + s * (PYLON_W / 2 + 0.02), 0.6 + (PYLON_H - 1.6) / 2 + 0.3, pz], C.white));
    append(matte, box([PYLON_W + 0.3, 0.35, PYLON_D + 0.3], [x, PYLON_H + 0.175, pz], C.white));
    append(matte, box([PYLON_W - 0.6, 0.25, PYLON_D - 0.6], [x, PYLON_H + 0.475, pz], C.gold));
    col.push(solid([PYLON_W + 0.4, PYLON_H, PYLON_D + 0.4], [x, PYLON_H / 2, pz]));
  }
  // Top beam carrying the banner panels, a navy cornice and the crest.
  const beamY0 = 7.6,
    beamY1 = 10.0,
    beamD = 1.8;
  append(matte, box([GATE_SPAN - 2 * PYLON_W + 0.2, beamY1 - beamY0, beamD], [0, (beamY0 + beamY1) / 2, pz], C.policeBlue));
  append(matte, box([GATE_SPAN - 2 * PYLON_W + 0.4, 0.25, beamD + 0.3], [0, beamY1 + 0.125, pz], C.navy));
  for (const fz of [1, -1] as const) {
    const z = pz + fz * (beamD / 2 + 0.03);
    append(matte, box([12, 2, 0.06], [0, (beamY0 + beamY1) / 2, z], C.white));
    append(matte, crest([0, beamY1 + 1.15, pz + fz * 0.13], 0.9, fz));
  }
  append(matte, box([1.5, 1.9, 0.24], [0, beamY1 + 1.15, pz], C.white));

  // Turnstile lanes under the arch: three cabinets with tripod arms, barrier rails behind them.
  const lanes = [-PASSAGE / 2, 0, PASSAGE / 2];
  for (const x of lanes) {
    const cz = pz + 0.2;
    append(matte, box([0.34, 1.0, 1.3], [x, 0.5, cz], C.lightGrey), box([0.3, 0.05, 1.1], [x, 1.03, cz], C.charcoal));
    for (const s of [-1, 1])
      append(matte, beam([x + s * 0.17, 0.9, cz + 0.2], [x + s * 0.65, 0.88, cz + 0.2], 0.05, 0.05, C.grey));
    col.push(solid([0.4, 1.05, 1.4], [x, 0.525, cz]));
    // Low barrier continuing the lane divider inward.
    const z0 = cz - 0.8,
      z1 = cz - 5.5;
    append(
      matte,
      beam([x, 1.0, z0], [x, 1.0, z1], 0.05, 0.05, C.lightGrey),
      beam([x, 0.35, z0], [x, 0.35, z1], 0.04, 0.04, C.lightGrey),
    );
    append(matte, box([0.06, 0.7, Math.abs(z1 - z0)], [x, 0.65, (z0 + z1) / 2], C.policeBlue));
    for (const z of [z0, (z0 + z1) / 2, z1])
      append(matte, box([0.5, 0.06, 0.08], [x, 0.03, z], C.grey), box([0.05, 1.0, 0.05], [x, 0.5, z], C.lightGrey));
    col.push(solid([0.3, 1.05, Math.abs(z1 - z0)], [x, 0.525, (z0 + z1) / 2]));
  }

  // Two security kiosks behind the pylons, with window bands and a flat roof.
  for (const s of [-1, 1]) {
    const kx = s * px,
      kz = pz - PYLON_D / 2 - 3.2;
    const kw = 2.6,
      kh = 2.6;
    append(matte, box([kw, kh, kw], [kx, kh / 2, kz], C.white));
    append(matte, box([kw + 0.4, 0.22, kw + 0.4], [kx, kh + 0.11, kz], C.policeBlue));
    for (const [nx, nz] of [
      [0, 1],
      [0, -1],
      [1, 0],
      [-1, 0],
    ] as const) {
      const cx = kx + nx * (kw / 2 + 0.01),
        cz = kz + nz * (kw / 2 + 0.01);
      const tx = nz !== 0 ? 1 : 0,
        tz = nx !== 0 ? 1 : 0;
      const w = 0.9;
      const pts: V3[] = [
        [cx - tx * w, 1.1, cz - tz * w],
        [cx + tx * w, 1.1, cz + tz * w],
        [cx + tx * w, 2.2, cz + tz * w],
        [cx - tx * w, 2.2, cz - tz * w],
      ];
      append(glass, fan(pts, [nx, 0, nz], C.glass));
    }
    col.push(solid([kw + 0.1, kh, kw + 0.1], [kx, kh / 2, kz]));
  }

  // Low crowd barriers along the beds' inner edges, leaving the plaza open.
  for (const s of [-1, 1]) {
    const x = s * (BED_X0 - 0.3);
    const z0 = zFront - 3.5,
      z1 = -zone.depth / 2 + 3;
    if (Math.abs(x) > zone.width / 2) continue;
    append(
      matte,
      beam([x, 1.0, z0], [x, 1.0, z1], 0.05, 0.05, C.lightGrey),
      box([0.05, 0.65, z0 - z1], [x, 0.6, (z0 + z1) / 2], C.white),
    );
    const n = Math.max(1, Math.round((z0 - z1) / 2.5));
    for (let k = 0; k <= n; k++) append(matte, box([0.06, 1.0, 0.06], [x, 0.5, z1 + ((z0 - z1) * k) / n], C.lightGrey));
    col.push(solid([0.3, 1.05, z0 - z1], [x, 0.525, (z0 + z1) / 2]));
  }

  const parts = glass.indices.length ? { matte, glass } : { matte };
  return { parts, collision: col };
}
