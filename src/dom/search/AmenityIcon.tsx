/**
 * The pictogram of each kind of amenity, in the text colour, for search results: the usual signs of
 * a public site (figures, cross, door and arrow, P, i, drop, crescent), so they read before the words.
 * Decorative (the result's name says what it is).
 */
import type { AmenityKind } from '../../edition/constants.ts';

const SHAPES: Record<AmenityKind, { fill?: string; line?: string }> = {
  toilets: {
    fill: 'M8 2.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z M16 2.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z M5.5 8h5v7h-1.2v6.5H6.7V15H5.5Z M14.5 8h3l3 8h-2.3v5.5h-3.4V16h-2.3Z',
  },
  'first-aid': { fill: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z' },
  exit: { line: 'M13 4H5v16h8 M10 12h10 M16 8l4 4-4 4' },
  parking: {
    line: 'M4.5 3.5h15a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1h-15a1 1 0 0 1-1-1v-15a1 1 0 0 1 1-1Z M9.5 17V7h3.5a3 3 0 0 1 0 6H9.5',
  },
  information: {
    line: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z M12 11v6',
    fill: 'M12 6.3a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6Z',
  },
  water: { fill: 'M12 2.5s6.5 7.4 6.5 12a6.5 6.5 0 0 1-13 0c0-4.6 6.5-12 6.5-12Z' },
  prayer: { fill: 'M20.5 15.2A8.5 8.5 0 1 1 10.8 3.5a6.6 6.6 0 0 0 9.7 11.7Z' },
};

export function AmenityIcon({ kind, size = 16 }: { kind: AmenityKind; size?: number }) {
  const { fill, line } = SHAPES[kind];
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {line && <path d={line} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />}
      {fill && <path d={fill} fill="currentColor" />}
    </svg>
  );
}
