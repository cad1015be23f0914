/** The plan's words in SVG: a zone's name over several lines, the hovered stand's name on a tip. */
import type { Lang } from '../../edition/schema.ts';
import { CHAR_EM, LINE_EM, type PlacedLabel } from './planLabels.ts';
import { r2 } from './planShapes.ts';
import { TIP_EDGE } from './planStyle.ts';

const direction = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr');

export function Label({ label, className, lang }: { label: PlacedLabel; className: string; lang: Lang }) {
  const n = label.lines.length;
  return (
    <text
      className={className}
      x={r2(label.x)}
      y={r2(label.z)}
      fontSize={r2(label.size)}
      strokeWidth={r2(label.size * 0.28)}
      textAnchor="middle"
      dominantBaseline="central"
      direction={direction(lang)}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={r2(label.x)} y={r2(label.z + (i - (n - 1) / 2) * LINE_EM * label.size)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function Tip({ label, lang }: { label: PlacedLabel; lang: Lang }) {
  const { size } = label;
  const width = (label.lines[0] ?? '').length * CHAR_EM * size + size * 1.2;
  const height = size * 1.6;
  return (
    <g className="plan-tip" aria-hidden="true">
      <rect
        x={r2(label.x - width / 2)}
        y={r2(label.z - height / 2)}
        width={r2(width)}
        height={r2(height)}
        rx={r2(size * 0.4)}
        fill="#ffffff"
        stroke={TIP_EDGE}
        strokeWidth={1}
        vectorEffect="non-scaling-stroke"
      />
      <text
        className="plan-tip-label"
        x={r2(label.x)}
        y={r2(label.z)}
        fontSize={r2(size)}
        textAnchor="middle"
        dominantBaseline="central"
        direction={direction(lang)}
      >
        {label.lines[0]}
      </text>
    </g>
  );
}
