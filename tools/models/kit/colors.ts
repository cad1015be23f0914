/** The site's palette (src/edition/palette.ts) in linear RGB, as glTF vertex colours want it. */
import { hexToLinear } from '../../../src/edition/color.ts';
import { PALETTE, type PaletteColor } from '../../../src/edition/palette.ts';
import type { RGB } from './geo.ts';

/** sRGB hex to linear RGB. */
export function hex(h: string): RGB {
  return hexToLinear(h);
}

export const C = Object.fromEntries(Object.entries(PALETTE).map(([name, h]) => [name, hex(h)])) as {
  readonly [K in PaletteColor]: RGB;
};
