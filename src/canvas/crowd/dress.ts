/**
 * How the crowd looks: clothing and skin per person, picked from the site's palette (linear, as the
 * models' vertex colours are), and the sizes of adults and children. Deterministic: a seeded random
 * stream per edition, so the same site dresses its crowd the same way on every screen.
 */
import { hexToLinear, type LinearRGB } from '../../edition/color.ts';
import { PALETTE, type PaletteColor } from '../../edition/palette.ts';

export type PersonKind = 'adult' | 'child' | 'officer';

export interface Dress {
  shirt: LinearRGB;
  trousers: LinearRGB;
  /** Hair, a headscarf or an officer's cap. */
  hair: LinearRGB;
  /** 0 light to 1 dark, between the shader's two skin tones. */
  skin: number;
  /** Height over the adult figure's 1.72 m. */
  scale: number;
  /** A child's head is larger for its height. */
  head: number;
}

/** Deterministic random numbers in [0, 1) from a text (FNV-1a hash, then mulberry32). */
export function seeded(text: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lin = (names: readonly PaletteColor[]) => names.map((n) => hexToLinear(PALETTE[n]));

const SHIRTS = lin([
  'white',
  'offWhite',
  'skyBlue',
  'moroccoRed',
  'moroccoGreen',
  'gold',
  'orange',
  'yellow',
  'grey',
  'darkGrey',
  'sand',
  'charcoal',
  'carpet',
]);
const TROUSERS = lin(['navy', 'charcoal', 'darkGrey', 'black', 'darkSand', 'carpet', 'grey']);
const HAIR = lin(['black', 'charcoal', 'trunk', 'black']);
const SCARVES = lin(['white', 'offWhite', 'skyBlue', 'moroccoRed', 'gold', 'lightGrey', 'moroccoGreen', 'navy']);
/** What a school group wears alike (a smock, a school's colour). */
const SCHOOL = lin(['white', 'skyBlue', 'offWhite', 'navy']);

const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

/** A visitor: an adult or a child of a family, in their own clothes. */
export function civilian(kind: 'adult' | 'child', rnd: () => number): Dress {
  const child = kind === 'child';
  return {
    shirt: pick(SHIRTS, rnd),
    trousers: pick(TROUSERS, rnd),
    hair: !child && rnd() < 0.35 ? pick(SCARVES, rnd) : pick(HAIR, rnd),
    skin: 0.2 + rnd() * 0.65,
    scale: child ? 0.6 + rnd() * 0.12 : 0.93 + rnd() * 0.12,
    head: child ? 1.3 : 1,
  };
}

/** A pupil of a school group: the group's colour on top. */
export function pupil(group: number, rnd: () => number): Dress {
  return { ...civilian('child', rnd), shirt: SCHOOL[group % SCHOOL.length]! };
}

/** A police officer in uniform and cap. */
export function officer(rnd: () => number): Dress {
  return {
    shirt: hexToLinear(PALETTE.policeBlue),
    trousers: hexToLinear(PALETTE.navy),
    hair: hexToLinear(PALETTE.navy),
    skin: 0.25 + rnd() * 0.6,
    scale: 0.98 + rnd() * 0.08,
    head: 1,
  };
}
