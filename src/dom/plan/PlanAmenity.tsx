/**
 * An amenity on the plan: its symbol at a size on screen that hardly follows the zoom (`.plan-symbol`
 * and `.plan-fixed` scale pixels to metres, useFixedSize.ts), on the interactive plan a button named
 * in the visitor's language with a target larger than the symbol.
 */
import type { KeyboardEvent, SVGProps } from 'react';
import type { Amenity, Lang } from '../../edition/schema.ts';
import { AmenityGlyph } from './AmenityIcon.tsx';
import { r2 } from './planShapes.ts';
import { PLAN_STRINGS } from './strings.ts';

/** Radius of the target around a symbol, pixels: larger than the 24 px symbol, not so large that it hides a pavilion on the whole site. */
export const AMENITY_TARGET = 16;

interface PlanAmenityProps {
  amenity: Amenity;
  lang: Lang;
  interactive: boolean;
  onChoose?(id: string): void;
  onHot?(id: string, hot: boolean): void;
}

export function PlanAmenity({ amenity: a, lang, interactive, onChoose, onHot }: PlanAmenityProps) {
  const button: SVGProps<SVGGElement> = interactive
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': PLAN_STRINGS[lang].amenityLabel(a.kind, a.name?.[lang]),
        onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            onChoose?.(a.id);
          }
        },
        onPointerEnter: (e) => e.pointerType === 'mouse' && onHot?.(a.id, true),
        onPointerLeave: (e) => e.pointerType === 'mouse' && onHot?.(a.id, false),
        // Keyboard focus names it; the focus a tap gives does not (the tap names it itself).
        onFocus: (e) => e.currentTarget.matches(':focus-visible') && onHot?.(a.id, true),
        onBlur: () => onHot?.(a.id, false),
      }
    : {};
  return (
    <g
      className="plan-amenity"
      data-amenity={interactive ? a.id : undefined}
      data-kind={a.kind}
      transform={`translate(${r2(a.position[0])} ${r2(a.position[1])})`}
      {...button}
    >
      {interactive && (
        <g className="plan-fixed">
          <circle className="plan-amenity-target" r={AMENITY_TARGET} />
        </g>
      )}
      <g className="plan-symbol">
        <AmenityGlyph kind={a.kind} />
      </g>
    </g>
  );
}
