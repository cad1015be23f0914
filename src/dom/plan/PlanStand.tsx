/** A stand on the plan: its footprint in its theme's colour, its front edge and number; a button on the interactive plan. */
import type { Dispatch, KeyboardEvent, SetStateAction, SVGProps } from 'react';
import { THEME_COLORS } from '../../edition/themes.ts';
import type { Lang, Stand } from '../../edition/schema.ts';
import { inkOn } from './contrast.ts';
import { standNumberSize } from './planLabels.ts';
import { frontEdge, r2, rectPoints, segmentsD } from './planShapes.ts';
import { PLAN_STRINGS } from './strings.ts';

interface PlanStandProps {
  stand: Stand;
  lang: Lang;
  interactive: boolean;
  compact: boolean;
  onActivate(id: string): void;
  /** The stand named on the tip (hovered or focused). */
  setHot: Dispatch<SetStateAction<string | null>>;
}

export function PlanStand({ stand: s, lang, interactive, compact, onActivate, setHot }: PlanStandProps) {
  const color = THEME_COLORS[s.theme];
  const size = standNumberSize(s, String(s.number).length);
  const hot = () => setHot(s.id);
  const cold = () => setHot((h) => (h === s.id ? null : h));
  const button: SVGProps<SVGGElement> = interactive
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': PLAN_STRINGS[lang].standLabel(s.number, s.name[lang]),
        onClick: (e) => {
          e.stopPropagation();
          onActivate(s.id);
        },
        onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            onActivate(s.id);
          }
        },
        onPointerEnter: hot,
        onPointerLeave: cold,
        onFocus: hot,
        onBlur: cold,
      }
    : {};
  return (
    <g className="plan-stand" data-stand={interactive ? s.id : undefined} {...button}>
      <polygon
        className="plan-stand-shape"
        points={rectPoints(s)}
        fill={color}
        stroke="#ffffff"
        strokeWidth={compact ? 0.5 : 1}
        vectorEffect="non-scaling-stroke"
      />
      {!compact && (
        <>
          <path
            className="plan-stand-front"
            d={segmentsD([frontEdge(s)])}
            stroke="#ffffff"
            strokeOpacity="0.9"
            strokeWidth={2.5}
            vectorEffect="non-scaling-stroke"
          />
          <text
            className="plan-stand-number"
            x={r2(s.position[0])}
            y={r2(s.position[1])}
            fontSize={r2(size)}
            fill={inkOn(color)}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {s.number}
          </text>
        </>
      )}
    </g>
  );
}
