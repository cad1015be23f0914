/** The site's palette, linear RGB (glTF vertex colours are linear). Sober: police blue and white, Morocco's red and green for flags. */
import type { RGB } from './geo.ts';

/** sRGB hex to linear RGB. */
export function hex(h: string): RGB {
  const n = parseInt(h.replace('#', ''), 16);
  const f = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [f((n >> 16) & 255), f((n >> 8) & 255), f(n & 255)];
}

export const C = {
  white: hex('#f4f5f2'),
  offWhite: hex('#e6e4dc'),
  lightGrey: hex('#c9ccd0'),
  grey: hex('#8a8f96'),
  darkGrey: hex('#4a4f57'),
  charcoal: hex('#2a2d33'),
  black: hex('#141518'),
  policeBlue: hex('#1d4f91'),
  navy: hex('#14305a'),
  skyBlue: hex('#5b9bd5'),
  moroccoRed: hex('#c1272d'),
  moroccoGreen: hex('#006233'),
  gold: hex('#c9a13b'),
  sand: hex('#d9c7a0'),
  darkSand: hex('#bfa77a'),
  paving: hex('#cfc8bb'),
  asphalt: hex('#55585c'),
  grass: hex('#6f9a4a'),
  palmGreen: hex('#4f7a32'),
  trunk: hex('#8a6a45'),
  wood: hex('#a47a4f'),
  carpet: hex('#3b4f6b'),
  screenDark: hex('#0f1a2a'),
  screenGlow: hex('#3f7fd0'),
  orange: hex('#e07a1f'),
  yellow: hex('#f2c230'),
  glass: hex('#cfe3ee'),
} as const;
