/**
 * Covered zones: the large white exhibition tents (pavilions), the children's pavilion, the seminar
 * hall and the blood-donation tent. Built in the zone's local frame (centred, unrotated, front = +z);
 * the roof comes back on its own so the app can fade it away in the aerial view.
 *
 * A hall is built in a "canonical" frame first, ridge along x (length L) and span S along z, then
 * turned a quarter when the zone is deeper than wide, so the ridge always runs along the longer side.
 *
 * This file picks each kind's style and assembles the hall; the shell and the interiors live under hall/.
 */
import type { Zone } from '../../../src/edition/schema.ts';
import { SEMINAR_WALL } from '../../../src/edition/seating.ts';
import { C, hex } from './colors.ts';
import { mergeBuilt, placeBuilt } from './geo.ts';
import type { Built } from './types.ts';
import { canonicalOpenings, hallShell, type HallStyle } from './hall/shell.ts';
import { bloodInterior, childrenInterior, donationSign, interiorFrame, seminarInterior } from './hall/interiors.ts';

export { DOOR_CLEAR_HEIGHT } from './hall/shell.ts';

const RED_BAND = C.moroccoRed;

function styleOf(kind: Zone['kind']): HallStyle {
  switch (kind) {
    case 'children':
      return {
        eave: 3.6,
        pitch: 0.07,
        wall: C.white,
        wallThickness: 0.08,
        band: [C.yellow, C.orange, C.skyBlue],
        bandHeight: 0.4,
        floor: hex('#dfe6ea'),
      };
    case 'seminar':
      return {
        eave: 4.4,
        pitch: 0.08,
        wall: C.lightGrey,
        wallThickness: SEMINAR_WALL,
        band: [C.policeBlue],
        bandHeight: 0.35,
        base: C.grey,
        floor: C.carpet,
      };
    case 'blood-donation':
      return {
        eave: 3.8,
        pitch: 0.1,
        wall: C.white,
        wallThickness: 0.08,
        band: [RED_BAND],
        bandHeight: 0.45,
        base: RED_BAND,
        floor: C.white,
      };
    default:
      return {
        eave: 4.0,
        pitch: 0.075,
        wall: C.white,
        wallThickness: 0.08,
        band: [C.policeBlue],
        bandHeight: 0.55,
        floor: hex('#dcdad3'),
      };
  }
}

/** A covered zone's hall in its local frame; the roof (fabric only) comes back separately. */
export function hall(zone: Zone): { shell: Built; roof: Built } {
  const style = styleOf(zone.kind);
  const turned = zone.depth > zone.width;
  const L = turned ? zone.depth : zone.width;
  const S = turned ? zone.width : zone.depth;
  const { shell: cShell, roof: cRoof } = hallShell(L, S, style, canonicalOpenings(zone.openings ?? [], turned));
  const shell0 = turned ? placeBuilt(cShell, [0, 0, 0], Math.PI / 2) : cShell;
  const roof = turned ? placeBuilt(cRoof, [0, 0, 0], Math.PI / 2) : cRoof;

  const inside: Built[] = [];
  if (zone.kind === 'seminar' || zone.kind === 'blood-donation') {
    const f = interiorFrame(zone);
    const b =
      zone.kind === 'seminar'
        ? seminarInterior(f.iw, f.id, f.doorOffset, style.wallThickness)
        : bloodInterior(f.iw, f.id, style.wallThickness);
    inside.push(placeBuilt(b, [0, 0, 0], f.theta));
  }
  if (zone.kind === 'blood-donation') inside.push(donationSign(zone, style.eave, turned));
  if (zone.kind === 'children') inside.push(childrenInterior(zone));
  return { shell: mergeBuilt(shell0, ...inside), roof };
}
