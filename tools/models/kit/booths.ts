/**
 * Booths of the kit: shell-scheme stands (inline, corner), island stands around a sign tower, and
 * open-air pitches under a marquee. Pure geometry in the stand's local frame: metres, y up, centred on
 * the origin at ground level, the open front toward +z (visitors stand at +z).
 *
 * The app hangs each stand's sign at `signAnchor` (src/edition/booths.ts); every kind puts a solid
 * 'accent' panel right behind that rectangle and nothing in front of it.
 *
 * This file is the booths' entry point; the plan shared with the prop layout, the parts the kinds
 * share and the kinds themselves live under booth/.
 */
import type { BoothKind } from '../../../src/edition/schema.ts';
import type { Built } from './types.ts';
import { islandBooth, wallBooth } from './booth/indoor.ts';
import { outdoorBooth } from './booth/outdoor.ts';

export { boothPlan, EYE_HEIGHT, SIGHT_DISTANCE, type BoothPlan, type LowZone, type Rect } from './booth/plan.ts';

/** A booth of the given kind and size (metres), centred on the origin, open front toward +z. */
export function booth(kind: BoothKind, width: number, depth: number): Built {
  switch (kind) {
    case 'inline':
    case 'corner':
      return wallBooth(kind, width, depth);
    case 'island':
      return islandBooth(width, depth);
    case 'outdoor':
      return outdoorBooth(width, depth);
  }
}
