/**
 * An amenity's symbol in a search result: the plan's own badge (src/dom/plan/AmenityIcon.tsx), so a
 * visitor who finds the toilets in the list recognises them on the plan. Decorative (the result's
 * name says what it is).
 */
import type { AmenityKind } from '../../edition/constants.ts';
import { AmenityGlyph } from '../plan/AmenityIcon.tsx';

export function AmenityIcon({ kind, size = 16 }: { kind: AmenityKind; size?: number }) {
  return (
    <svg viewBox="-12.5 -12.5 25 25" width={size} height={size} aria-hidden="true" focusable="false">
      <AmenityGlyph kind={kind} />
    </svg>
  );
}
