/** What stands inside the halls that have fittings: the seminar hall, the blood-donation tent, the children's pavilion. */
import type { Zone } from '../../../../src/edition/schema.ts';
import { CHAIR_SEAT_Y, interiorFrame, mainOpening, seminarLayout, STAGE_Y } from '../../../../src/edition/seating.ts';
import { C, hex } from '../colors.ts';
import {
  add,
  appendAll as append,
  beam,
  box,
  emptyGeo,
  fan,
  merge,
  place,
  placeBuilt,
  quad,
  solid,
  type RGB,
  type V3,
} from '../geo.ts';
import type { Built, CollisionBox, Geo, Parts } from '../types.ts';

export { interiorFrame };

/** A chair facing +z: block seat and backrest. */
function chair(color: RGB): Geo {
  const y0 = CHAIR_SEAT_Y,
    y1 = 0.95,
    zb = -0.26,
    zf = -0.18,
    w = 0.25;
  return merge(
    box([0.5, CHAIR_SEAT_Y, 0.48], [0, CHAIR_SEAT_Y / 2, 0], color),
    quad([-w, y0, zf], [w, y0, zf], [w, y1, zf], [-w, y1, zf], color),
    quad([w, y0, zb], [-w, y0, zb], [-w, y1, zb], [w, y1, zb], color),
    quad([-w, y1, zf], [w, y1, zf], [w, y1, zb], [-w, y1, zb], color),
  );
}

/** A reclining blood-donation chair, feet toward +z. */
function donationChair(): Geo {
  const pad = hex('#3a6ea5');
  return merge(
    box([0.5, 0.45, 0.6], [0, 0.225, 0], C.grey),
    beam([0, 0.55, -0.35], [0, 0.55, 0.35], 0.62, 0.14, pad),
    beam([0, 0.58, -0.38], [0, 1.05, -1.05], 0.62, 0.14, pad),
    beam([0, 0.55, 0.35], [0, 0.42, 1.05], 0.55, 0.12, pad),
    beam([0.36, 0.75, -0.35], [0.36, 0.75, 0.3], 0.1, 0.08, C.darkGrey),
    beam([-0.36, 0.75, -0.35], [-0.36, 0.75, 0.3], 0.1, 0.08, C.darkGrey),
    // Drip stand with a bag.
    box([0.04, 1.8, 0.04], [0.6, 0.9, -0.4], C.lightGrey),
    box([0.14, 0.22, 0.05], [0.6, 1.6, -0.4], C.moroccoRed),
  );
}

/** A blood drop on a panel, facing +z, centred on `c` with radius r. */
function bloodDrop(r: number, c: V3): Geo {
  const pts: V3[] = [[c[0], c[1] + 1.8 * r, c[2]]];
  for (let k = 0; k <= 8; k++) {
    const a = (30 - (240 * k) / 8) * (Math.PI / 180);
    pts.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a), c[2]]);
  }
  return fan(pts, [0, 0, 1], C.moroccoRed);
}

/** The seminar hall's stage, screen, lectern, panel table and the audience's chairs, where src/edition/seating.ts lays them out. */
export function seminarInterior(iw: number, id: number, doorOffset: number, wallTh: number): Built {
  const matte = emptyGeo();
  const screen = emptyGeo();
  const col: CollisionBox[] = [];
  const layout = seminarLayout(iw, id, doorOffset, wallTh);
  const { back } = layout;
  // Stage against the far wall.
  const { width: stageW, depth: stageD } = layout.stage;
  const stageC: V3 = [0, STAGE_Y / 2, layout.stage.z];
  append(matte, box([stageW, STAGE_Y, stageD], stageC, C.charcoal));
  append(matte, box([stageW + 0.02, 0.12, 0.02], [0, 0.54, back + 0.3 + stageD + 0.005], C.policeBlue));
  col.push(solid([stageW, STAGE_Y, stageD], stageC));
  // Screen on the wall behind the stage, in a dark frame.
  const sw = Math.min(stageW - 2, 6.4),
    sh = sw * 0.5625;
  const sy = 1.25;
  append(matte, box([sw + 0.3, sh + 0.3, 0.12], [0, sy + sh / 2, back + 0.45], C.charcoal));
  const z = back + 0.52;
  const sq = quad([-sw / 2, sy, z], [sw / 2, sy, z], [sw / 2, sy + sh, z], [-sw / 2, sy + sh, z], C.screenGlow);
  // Darker at the top, like a slide's header.
  for (const i of [2, 3]) sq.colors.splice(i * 3, 3, C.navy[0], C.navy[1], C.navy[2]);
  append(screen, sq);
  // Lectern and a panel table with chairs on the stage.
  const lecternC: V3 = [layout.lectern.x, STAGE_Y + 0.55, layout.lectern.z];
  append(
    matte,
    box([0.7, 1.1, 0.5], lecternC, C.wood),
    box([0.72, 0.12, 0.04], [lecternC[0], 1.45, lecternC[2] + 0.26], C.policeBlue),
  );
  col.push(solid([0.7, 1.1, 0.5], lecternC));
  append(matte, box([4.2, 0.75, 0.8], [layout.table.x, STAGE_Y + 0.375, layout.table.z], C.white));
  for (const c of layout.panelChairs) append(matte, place(chair(C.navy), [c.x, c.y, c.z], c.yaw));
  // Audience: two blocks of rows facing the stage either side of an aisle lined up on the door.
  for (const c of layout.chairs) append(matte, place(chair(C.policeBlue), [c.x, c.y, c.z], c.yaw));
  for (const b of layout.blocks) col.push(solid([b.width, 0.95, b.depth], [b.x, 0.475, b.z]));
  const parts: Parts = { matte, screen };
  return { parts, collision: col };
}

export function bloodInterior(iw: number, id: number, wallTh: number): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  const back = -id / 2 + wallTh;
  // Donation chairs along both long sides of the interior, feet toward the middle, screens between.
  const perSide = Math.max(1, Math.min(3, Math.floor((id / 2 - 1) / 3.2)));
  for (const sx of [-1, 1]) {
    const x = sx * (iw / 2 - wallTh - 1.6);
    for (let k = 0; k < perSide; k++) {
      const z = back + 2.2 + k * 3.2;
      append(matte, place(donationChair(), [x, 0, z], sx < 0 ? Math.PI / 2 : -Math.PI / 2));
      col.push(solid([2.2, 1.1, 0.9], [x, 0.55, z]));
      // A white privacy screen with a red foot between neighbours.
      const sz = z + 1.6;
      const sc: V3 = [sx * (iw / 2 - wallTh - 1.2), 0.9, sz];
      append(matte, box([1.8, 1.6, 0.05], [sc[0], 1.0, sz], C.white), box([1.8, 0.2, 0.07], [sc[0], 0.1, sz], C.moroccoRed));
      col.push(solid([1.8, 1.8, 0.1], sc));
    }
  }
  // The drop on the far wall.
  append(matte, box([2.4, 2.4, 0.05], [0, 2.2, back + 0.4], C.white));
  append(matte, bloodDrop(0.55, [0, 1.75, back + 0.44]));
  // Reception table by the door (off the doorway's axis), with two chairs and a roll-up banner.
  const tz = id / 2 - 5;
  const tx = iw / 4;
  append(matte, box([2.4, 0.9, 0.8], [tx, 0.45, tz], C.white), box([2.42, 0.5, 0.02], [tx, 0.5, tz + 0.41], C.moroccoRed));
  col.push(solid([2.4, 0.9, 0.8], [tx, 0.45, tz]));
  for (const dx of [-0.6, 0.6]) append(matte, place(chair(C.darkGrey), [tx + dx, 0, tz - 0.8], 0));
  const bx = tx + 2.2;
  append(
    matte,
    box([0.85, 2.0, 0.04], [bx, 1.05, tz - 0.2], C.white),
    box([0.87, 0.8, 0.02], [bx, 1.3, tz - 0.17], C.moroccoRed),
  );
  append(matte, bloodDrop(0.16, [bx, 1.3, tz - 0.155]));
  return { parts: { matte }, collision: col };
}

export function childrenInterior(zone: Zone): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  // Play mats in a grid in the middle, and soft blocks.
  const colors = [C.yellow, C.orange, C.skyBlue, C.grass, C.moroccoRed, C.skyBlue];
  const n = 3;
  const s = Math.min(zone.width, zone.depth) / 8;
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = (i - 1) * s;
      const z = (j - 1) * s;
      const h = s / 2 - 0.05;
      append(
        matte,
        quad(
          [x - h, 0.04, z + h],
          [x + h, 0.04, z + h],
          [x + h, 0.04, z - h],
          [x - h, 0.04, z - h],
          colors[k++ % colors.length]!,
        ),
      );
    }
  const blocks: [number, number, RGB][] = [
    [-1.6 * s, -1.2 * s, C.yellow],
    [1.7 * s, -1.3 * s, C.skyBlue],
    [-1.7 * s, 1.1 * s, C.orange],
  ];
  for (const [x, z, c] of blocks) {
    append(matte, box([0.8, 0.8, 0.8], [x, 0.43, z], c), box([0.6, 0.6, 0.6], [x + 0.9, 0.33, z + 0.2], C.moroccoRed, 0.4));
    col.push(solid([1.8, 0.8, 1.2], [x + 0.45, 0.4, z + 0.1]));
  }
  return { parts: { matte }, collision: col };
}

/**
 * A drop sign outside by the main doorway, so the tent reads from the paths: above the doorway on a
 * gable, beside it (at eye height) on a long wall, whose eaves are too low for it.
 */
export function donationSign(zone: Zone, eave: number, turned: boolean): Built {
  const f = interiorFrame(zone);
  const main = mainOpening(zone);
  const dz = f.id / 2 + 0.02;
  const gableDoor = (f.theta === 0 || f.theta === Math.PI) === turned;
  const x = gableDoor ? f.doorOffset : Math.min(f.iw / 2 - 1.2, f.doorOffset + (main?.width ?? 0) / 2 + 1.3);
  const y = gableDoor ? eave + 0.95 : 2.2;
  const drop: Parts = {};
  add(drop, 'matte', box([1.6, 1.6, 0.04], [x, y, dz - 0.02], C.white), bloodDrop(0.4, [x, y - 0.25, dz + 0.01]));
  return placeBuilt({ parts: drop, collision: [] }, [0, 0, 0], f.theta);
}
