/** The themes an edition's stands cover, each with its colour: the plan's legend and the twin's text plan list them alike. */
import { THEMES } from '../../edition/constants.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import type { Lang, Stand, Theme } from '../../edition/schema.ts';
import { PLAN_STRINGS } from './strings.ts';

/** The themes of these stands, in the format's order. */
export function themesOf(stands: readonly Stand[]): Theme[] {
  return THEMES.filter((th) => stands.some((s) => s.theme === th));
}

interface ThemeListProps {
  stands: readonly Stand[];
  lang: Lang;
  className?: string;
  dotClassName: string;
}

export function ThemeList({ stands, lang, className, dotClassName }: ThemeListProps) {
  const themes = PLAN_STRINGS[lang].themes;
  return (
    <ul className={className}>
      {themesOf(stands).map((th) => (
        <li key={th}>
          <span className={dotClassName} style={{ background: THEME_COLORS[th] }} aria-hidden="true" />
          {themes[th]}
        </li>
      ))}
    </ul>
  );
}
