/**
 * The site's colours, sRGB hex: the models paint with them (tools/models/kit/colors.ts turns them
 * linear) and the plan draws with the same ones, so a zone looks on the plan as it does in 3D.
 * Sober: police blue and white, Morocco's red and green for flags.
 */
export const PALETTE = {
  white: '#f4f5f2',
  offWhite: '#e6e4dc',
  lightGrey: '#c9ccd0',
  grey: '#8a8f96',
  darkGrey: '#4a4f57',
  charcoal: '#2a2d33',
  black: '#141518',
  policeBlue: '#1d4f91',
  navy: '#14305a',
  skyBlue: '#5b9bd5',
  moroccoRed: '#c1272d',
  moroccoGreen: '#006233',
  gold: '#c9a13b',
  sand: '#d9c7a0',
  darkSand: '#bfa77a',
  paving: '#cfc8bb',
  asphalt: '#55585c',
  grass: '#6f9a4a',
  palmGreen: '#4f7a32',
  trunk: '#8a6a45',
  wood: '#a47a4f',
  carpet: '#3b4f6b',
  screenDark: '#0f1a2a',
  screenGlow: '#3f7fd0',
  orange: '#e07a1f',
  yellow: '#f2c230',
  glass: '#cfe3ee',
  concrete: '#a9a9a4',
  /** The riding arena's footing. */
  arenaSand: '#c9a46e',
} as const;

export type PaletteColor = keyof typeof PALETTE;
