/** The plan's words in SVG: a zone's name over several lines. */
import type { Lang } from '../../edition/schema.ts';
import { LINE_EM, type PlacedLabel } from './planLabels.ts';
import { r2 } from './planShapes.ts';

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
