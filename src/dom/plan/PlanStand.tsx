/**
 * A stand on the plan: its footprint in its theme's colour and its front edge; on the interactive
 * plan a button whose target (an invisible box, tapTargets.ts) is larger than the footprint. Its
 * number is a layer of its own (StandNumber), drawn over the "you are here" marker so it never hides.
 */
import type { KeyboardEvent, SVGProps } from 'react';
import { THEME_COLORS } from '../../edition/themes.ts';
import type { Lang, Stand } from '../../edition/schema.ts';
import { inkOn } from './contrast.ts';
import { standNumberSize } from './planLabels.ts';
import { frontEdge, r2, rectPoints, segmentsD, type Box } from './planShapes.ts';
import { PLAN_STRINGS } from './strings.ts';

interface PlanStandProps {
  stand: Stand;
  lang: Lang;
  compact: boolean;
  /** The stand's tap target on the interactive plan; a plain drawing without it. */
  cell?: Box;
  /** Enter or Space on the focused stand. */
  onChoose?(id: string): void;
  /** The stand named on the tip (hovered with a mouse, or focused), or no longer. */
  onHot?(id: string, hot: boolean): void;
}

export function PlanStand({ stand: s, lang, compact, cell, onChoose, onHot }: PlanStandProps) {
  const button: SVGProps<SVGGElement> = cell
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': PLAN_STRINGS[lang].standLabel(s.number, s.name[lang]),
        onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            onChoose?.(s.id);
          }
        },
        // Touch has no hover: a tap names the stand instead (PlanDialog).
        onPointerEnter: (e) => e.pointerType === 'mouse' && onHot?.(s.id, true),
        onPointerLeave: (e) => e.pointerType === 'mouse' && onHot?.(s.id, false),
        // Keyboard focus names it; the focus a tap gives does not (the tap names it itself).
        onFocus: (e) => e.currentTarget.matches(':focus-visible') && onHot?.(s.id, true),
        onBlur: () => onHot?.(s.id, false),
      }
    : {};
  return (
    <g className="plan-stand" data-stand={cell ? s.id : undefined} {...button}>
      {cell && (
        <rect className="plan-stand-target" x={r2(cell.x)} y={r2(cell.y)} width={r2(cell.width)} height={r2(cell.height)} />
      )}
      <polygon
        className="plan-stand-shape"
        points={rectPoints(s)}
        fill={THEME_COLORS[s.theme]}
        stroke="#ffffff"
        strokeWidth={compact ? 0.5 : 1}
        vectorEffect="non-scaling-stroke"
      />
      {!compact && (
        <path
          className="plan-stand-front"
          d={segmentsD([frontEdge(s)])}
          stroke="#ffffff"
          strokeOpacity="0.9"
          strokeWidth={2.5}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </g>
  );
}

/**
 * A stand's number, upright, in the ink that reads on its theme's colour, haloed in that colour so
 * that it still reads over the "you are here" marker drawn under it.
 */
export function StandNumber({ stand: s }: { stand: Stand }) {
  const color = THEME_COLORS[s.theme];
  const size = standNumberSize(s, String(s.number).length);
  return (
    <text
      className="plan-stand-number"
      data-number={s.number}
      x={r2(s.position[0])}
      y={r2(s.position[1])}
      fontSize={r2(size)}
      fill={inkOn(color)}
      stroke={color}
      strokeWidth={r2(size * 0.14)}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {s.number}
    </text>
  );
}
