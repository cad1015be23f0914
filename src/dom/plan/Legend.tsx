/**
 * The full-screen plan's legend, a sheet its toggle opens over the plan (a bottom sheet on phones, a
 * side sheet elsewhere: plan.css) so that it never takes room from the plan: the marker, the kinds of
 * places shown, walkways, the amenities' symbols, the stands' theme colours.
 */
import { AMENITY_KINDS, ZONE_KINDS } from '../../edition/constants.ts';
import { useVisit } from '../../state/visit.ts';
import { CloseIcon } from '../icons.tsx';
import { AmenitySwatch } from './AmenityIcon.tsx';
import { MARKER_COLOR, PATH_EDGE, PATH_FILL } from './planStyle.ts';
import { PLAN_STRINGS } from './strings.ts';
import { ThemeList } from './ThemeList.tsx';
import { ZoneSwatch } from './ZoneShape.tsx';

interface LegendProps {
  id: string;
  /** Closed, it stays in the page, hidden, for its toggle's aria-controls. */
  open: boolean;
  onClose(): void;
}

export function Legend({ id, open, onClose }: LegendProps) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  if (!data) return null;
  const kinds = ZONE_KINDS.filter((k) => data.site.zones.some((z) => z.kind === k));
  const amenities = AMENITY_KINDS.filter((k) => data.site.amenities?.some((a) => a.kind === k));
  const titleId = `${id}-title`;
  return (
    <section id={id} className="plan-legend" aria-labelledby={titleId} data-testid="plan-legend" hidden={!open}>
      <header className="plan-legend-head">
        <h3 id={titleId}>{t.legend}</h3>
        <button type="button" className="plan-icon-button plan-legend-close" aria-label={t.closeLegend} onClick={onClose}>
          <CloseIcon size={20} />
        </button>
      </header>
      <div className="plan-legend-body">
        <h4>{t.places}</h4>
        <ul>
          <li>
            <svg className="plan-swatch" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
              <path d="M14 12 9 3 A10 10 0 0 1 19 3 Z" fill={MARKER_COLOR} opacity="0.45" />
              <circle cx="14" cy="12" r="6.5" fill="none" stroke={MARKER_COLOR} strokeWidth="1.4" />
              <circle cx="14" cy="12" r="3.4" fill={MARKER_COLOR} stroke="#fff" strokeWidth="1.2" />
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
        {amenities.length > 0 && (
          <>
            <h4>{t.amenities}</h4>
            <ul>
              {amenities.map((k) => (
                <li key={k} data-amenity-kind={k}>
                  <AmenitySwatch kind={k} />
                  {t.amenityKinds[k]}
                </li>
              ))}
            </ul>
          </>
        )}
        <h4>{t.standsByTheme}</h4>
        <ThemeList stands={data.stands} lang={lang} dotClassName="plan-theme-dot" />
      </div>
    </section>
  );
}
