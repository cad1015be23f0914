/** Booths inside the pavilions: shell-scheme stands (inline, corner) and island stands around a sign tower. */
import { graphicAnchors, ISLAND_TOWER as TOWER, signAnchor, WALL_HEIGHT } from '../../../../src/edition/booths.ts';
import { C } from '../colors.ts';
import { add, boxBetween, place, quad, solid } from '../geo.ts';
import type { Built, CollisionBox, Parts } from '../types.ts';
import { ACCENT, ACCENT_DARK, addCounters, addGraphics, EDGE, FLOOR_H } from './parts.ts';
import { boothPlan, clamp, WALL_T } from './plan.ts';

/** Shell-scheme stand: back wall, one or two side walls, fascia, spotlights, counter, graphics. */
export function wallBooth(kind: 'inline' | 'corner', W: number, D: number): Built {
  const plan = boothPlan(kind, W, D);
  const sign = signAnchor(kind, W, D);
  const parts: Parts = {};
  const collision: CollisionBox[] = [];
  const H = WALL_HEIGHT;
  const back = -D / 2;
  const hasRight = kind === 'inline';

  // Floor: carpet with an accent edge along the open sides.
  const carpetX1 = hasRight ? W / 2 : W / 2 - EDGE;
  add(parts, 'matte', boxBetween([-W / 2, 0, back], [carpetX1, FLOOR_H, D / 2 - EDGE], C.carpet));
  add(parts, 'accent', boxBetween([-W / 2, 0, D / 2 - EDGE], [W / 2, FLOOR_H, D / 2], ACCENT_DARK));
  if (!hasRight) add(parts, 'accent', boxBetween([W / 2 - EDGE, 0, back], [W / 2, FLOOR_H, D / 2 - EDGE], ACCENT_DARK));

  // Walls, with an accent band along their tops.
  const band = 0.15;
  add(parts, 'matte', boxBetween([-W / 2, 0, back], [W / 2, H - band, back + WALL_T], C.white));
  add(parts, 'accent', boxBetween([-W / 2, H - band, back], [W / 2, H, back + WALL_T], ACCENT_DARK));
  collision.push(solid([W, H, WALL_T], [0, H / 2, back + WALL_T / 2]));
  const sides = hasRight ? [-1, 1] : [-1];
  for (const s of sides) {
    const x0 = s < 0 ? -W / 2 : W / 2 - WALL_T;
    add(parts, 'matte', boxBetween([x0, 0, back + WALL_T], [x0 + WALL_T, H - band, D / 2], C.white));
    add(parts, 'accent', boxBetween([x0, H - band, back + WALL_T], [x0 + WALL_T, H, D / 2], ACCENT_DARK));
    collision.push(solid([WALL_T, H, D - WALL_T], [x0 + WALL_T / 2, H / 2, (back + WALL_T + D / 2) / 2]));
  }

  // Fascia above the back wall, right behind the sign (sign plane 1 cm in front of its face).
  const fasciaW = Math.min(W, sign.width + 1);
  const signTop = sign.position[1] + sign.height / 2;
  const fasciaFront = sign.position[2] - 0.01;
  add(
    parts,
    'accent',
    boxBetween([-fasciaW / 2, H, back], [fasciaW / 2, Math.max(signTop + 0.05, H + 1), fasciaFront], ACCENT, true),
  );

  // Spotlight bar in front of the back wall, below the sign, on two arms.
  const barZ = back + 0.65;
  const barY = H - 0.1;
  const barHalf = W / 2 - 0.6;
  const metal = C.darkGrey;
  add(parts, 'matte', boxBetween([-barHalf, barY, barZ - 0.02], [barHalf, barY + 0.04, barZ + 0.02], metal, true));
  for (const s of [-1, 1]) {
    const ax = s * (barHalf - 0.4);
    add(parts, 'matte', boxBetween([ax - 0.015, barY, back + WALL_T], [ax + 0.015, barY + 0.03, barZ - 0.02], metal, true));
  }
  const spots = clamp(Math.round((W - 1.2) / 1.8), 3, 7);
  for (let i = 0; i < spots; i++) {
    const x = -barHalf + 0.3 + ((2 * barHalf - 0.6) * i) / (spots - 1);
    add(parts, 'matte', boxBetween([x - 0.045, barY - 0.14, barZ - 0.045], [x + 0.045, barY, barZ + 0.045], C.charcoal));
    const y = barY - 0.141;
    add(
      parts,
      'screen',
      quad(
        [x - 0.035, y, barZ - 0.035],
        [x + 0.035, y, barZ - 0.035],
        [x + 0.035, y, barZ + 0.035],
        [x - 0.035, y, barZ + 0.035],
        C.offWhite,
      ),
    );
  }

  // Wall graphics: on the back wall, away from the middle, and one on each side wall.
  addGraphics(parts, graphicAnchors(kind, W, D));

  addCounters(parts, collision, plan);
  return { parts, collision };
}

/** Island stand: open on all sides, a sign tower in the middle, two counters. */
export function islandBooth(W: number, D: number): Built {
  const plan = boothPlan('island', W, D);
  const sign = signAnchor('island', W, D);
  const parts: Parts = {};
  const collision: CollisionBox[] = [];

  // Floor: carpet framed by an accent edge.
  add(parts, 'matte', boxBetween([-W / 2 + EDGE, 0, -D / 2 + EDGE], [W / 2 - EDGE, FLOOR_H, D / 2 - EDGE], C.carpet));
  add(
    parts,
    'accent',
    boxBetween([-W / 2, 0, D / 2 - EDGE], [W / 2, FLOOR_H, D / 2], ACCENT_DARK),
    boxBetween([-W / 2, 0, -D / 2], [W / 2, FLOOR_H, -D / 2 + EDGE], ACCENT_DARK),
    boxBetween([-W / 2, 0, -D / 2 + EDGE], [-W / 2 + EDGE, FLOOR_H, D / 2 - EDGE], ACCENT_DARK),
    boxBetween([W / 2 - EDGE, 0, -D / 2 + EDGE], [W / 2, FLOOR_H, D / 2 - EDGE], ACCENT_DARK),
  );

  // Tower: a white body, and a wide accent header on top whose front face carries the sign.
  const t = TOWER.side / 2;
  add(parts, 'matte', boxBetween([-t, 0, -t], [t, TOWER.body, t], C.white));
  const headerHalf = Math.min(W / 2, sign.width / 2 + 0.2);
  const front = sign.position[2] - 0.01;
  add(parts, 'accent', boxBetween([-headerHalf, TOWER.body, -front], [headerHalf, TOWER.top, front], ACCENT, true));
  // Accent band at the foot, screens on the front and back faces, graphics on the sides.
  add(parts, 'accent', boxBetween([-t - 0.01, 0, -t - 0.01], [t + 0.01, 0.25, t + 0.01], ACCENT_DARK));
  for (const rot of [0, Math.PI]) {
    add(parts, 'matte', place(boxBetween([-0.5, 1.45, t], [0.5, 2.06, t + 0.04], C.black), [0, 0, 0], rot));
    const z = t + 0.045;
    add(
      parts,
      'screen',
      place(quad([-0.46, 1.49, z], [0.46, 1.49, z], [0.46, 2.02, z], [-0.46, 2.02, z], C.screenGlow), [0, 0, 0], rot),
    );
  }
  addGraphics(parts, graphicAnchors('island', W, D));
  collision.push(solid([TOWER.side, TOWER.top, TOWER.side], [0, TOWER.top / 2, 0]));

  addCounters(parts, collision, plan);
  return { parts, collision };
}
