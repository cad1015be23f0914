/**
 * One symbol per kind of amenity, drawn in SVG so it needs no font and reads the same in every
 * language: a white pictogram on a round badge of the kind's colour, ringed in white to stand out on
 * any ground. Drawn 24 units across centred on 0, so the plan scales it to a fixed pixel size and the
 * legend shows it as it is.
 */
import type { AmenityKind } from '../../edition/constants.ts';
import { AMENITY_COLORS } from './planStyle.ts';

/** The pictograms, white on the badge: shapes filled, lines stroked. */
const GLYPHS: Record<AmenityKind, { fill?: string; stroke?: string }> = {
  // Two figures, a skirt and trousers.
  toilets: {
    fill:
      'M-4.5-7.2a1.7 1.7 0 1 1 0 3.4a1.7 1.7 0 1 1 0-3.4Z M4.5-7.2a1.7 1.7 0 1 1 0 3.4a1.7 1.7 0 1 1 0-3.4Z ' +
      'M-6.2-2.8h3.4l1.8 5.6h-2.3v4.4h-2.4v-4.4h-2.3Z M2.8-2.8h3.4v5h-0.8v5h-1.8v-5h-0.8Z',
    stroke: 'M0-7.5v15',
  },
  // The cross of first aid.
  'first-aid': { fill: 'M-2.2-6.8h4.4v4.6h4.6v4.4h-4.6v4.6h-4.4v-4.6h-4.6v-4.4h4.6Z' },
  // A figure running out through a door.
  exit: {
    fill: 'M1.2-8a1.6 1.6 0 1 1 0 3.2a1.6 1.6 0 1 1 0-3.2Z',
    stroke: 'M-6.5 7.5v-14h5 M0.5-3.5l-2.5 4.5l3 2.5l-1 4 M0.5-3.5l3 3l3-0.5 M-2 1l-3 1.5 M0.5-3.5l-3.5 0.5',
  },
  // The letter P of parking, as a shape so no font is needed.
  parking: { fill: 'M-4.2-7.5h5a4.3 4.3 0 0 1 0 8.6h-2.2v6.4h-2.8Z M-1.4-4.9v3.4h2.2a1.7 1.7 0 0 0 0-3.4Z' },
  // The "i" of information.
  information: { fill: 'M0-8.2a1.8 1.8 0 1 1 0 3.6a1.8 1.8 0 1 1 0-3.6Z M-3-2.6h4.4v7.6h1.8v2.4h-6.4v-2.4h1.8v-5.2h-1.6Z' },
  // A drop of water.
  water: { fill: 'M0-8.2C2.4-4.6 5.4-1.6 5.4 2.2a5.4 5.4 0 0 1-10.8 0C-5.4-1.6-2.4-4.6 0-8.2Z' },
  // A domed prayer hall with a crescent on top.
  prayer: {
    fill: 'M-6.5 7.5v-5h13v5Z M-5.5 2a5.5 5.2 0 0 1 11 0Z M0.9-7.9a2.2 2.2 0 1 0 0 3.6a2.7 2.7 0 1 1 0-3.6Z',
    stroke: 'M0-4.2v1.6',
  },
};

export function AmenityGlyph({ kind }: { kind: AmenityKind }) {
  const glyph = GLYPHS[kind];
  return (
    <>
      <circle r="11" fill={AMENITY_COLORS[kind]} stroke="#ffffff" strokeWidth="1.6" />
      {glyph.fill && <path d={glyph.fill} fill="#ffffff" fillRule="evenodd" />}
      {glyph.stroke && (
        <path d={glyph.stroke} fill="none" stroke="#ffffff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </>
  );
}

/** The symbol on its own, for the legend. */
export function AmenitySwatch({ kind }: { kind: AmenityKind }) {
  return (
    <svg className="plan-swatch plan-swatch--amenity" viewBox="-12.5 -12.5 25 25" aria-hidden="true" focusable="false">
      <AmenityGlyph kind={kind} />
    </svg>
  );
}
