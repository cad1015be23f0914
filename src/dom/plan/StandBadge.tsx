/** A stand's number on its theme's colour, in ink that reads on it, "Stand" before it for screen readers. */
import { THEME_COLORS } from '../../edition/themes.ts';
import type { Lang, Stand } from '../../edition/schema.ts';
import { inkOn } from './contrast.ts';
import { PLAN_STRINGS } from './strings.ts';

export function StandBadge({ stand, lang, className }: { stand: Stand; lang: Lang; className: string }) {
  const color = THEME_COLORS[stand.theme];
  return (
    <span className={className} style={{ background: color, color: inkOn(color) }}>
      <span className="sr-only">{PLAN_STRINGS[lang].standWord} </span>
      {stand.number}
    </span>
  );
}
