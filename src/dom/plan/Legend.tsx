/** The full-screen plan's legend: the marker, the kinds of places shown, walkways, the stands' theme colours. */
import { useState } from 'react';
import { ZONE_KINDS } from '../../edition/constants.ts';
import { useVisit } from '../../state/visit.ts';
import { MARKER_COLOR, PATH_EDGE, PATH_FILL } from './planStyle.ts';
import { PLAN_STRINGS } from './strings.ts';
import { ThemeList } from './ThemeList.tsx';
import { ZoneSwatch } from './ZoneShape.tsx';

export function Legend() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  // Open where there is room beside the plan, folded on small screens.
  const [open, setOpen] = useState(
    () => typeof matchMedia !== 'function' || matchMedia('(min-width: 801px) and (min-height: 561px)').matches,
  );
  if (!data) return null;
  const kinds = ZONE_KINDS.filter((k) => data.site.zones.some((z) => z.kind === k));
  return (
    <details className="plan-legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.legend}</summary>
      <div className="plan-legend-body">
        <h3>{t.places}</h3>
        <ul>
          <li>
            <svg className="plan-swatch" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
              <circle cx="14" cy="12" r="3.2" fill={MARKER_COLOR} stroke="#fff" strokeWidth="1.5" />
              <path d="M14 12 9 3 A10 10 0 0 1 19 3 Z" fill={MARKER_COLOR} opacity="0.45" />
            </svg>
            {t.youAreHere}
          </li>
          {kinds.map((k) => (
            <li key={k}>
              <ZoneSwatch kind={k} />
              {t.zoneKinds[k]}
            </li>
          ))}
          <li>
            <svg className="plan-swatch" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
              <rect x="0" y="6" width="28" height="8" fill={PATH_FILL} stroke={PATH_EDGE} strokeWidth="1" />
            </svg>
            {t.walkways}
          </li>
        </ul>
        <h3>{t.standsByTheme}</h3>
        <ThemeList stands={data.stands} lang={lang} dotClassName="plan-theme-dot" />
      </div>
    </details>
  );
}
