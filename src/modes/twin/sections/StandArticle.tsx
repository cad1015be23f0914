/** One stand in the twin (h3): number, theme, partner, description, its hotspots (h4), and "Show in 3D". */
import { useVisit } from '../../../state/visit.ts';
import { ready } from '../../../state/readiness.ts';
import { goToStand } from '../../../walk/travel.ts';
import type { Stand } from '../../../edition/schema.ts';
import { THEME_COLORS } from '../../../edition/themes.ts';
import { listSeparator } from '../../../i18n/lists.ts';
import { Markdown } from '../../../dom/markdown.tsx';
import { EXTERNAL_LINKS } from '../../../dom/media/HotspotContent.tsx';
import { HotspotList } from './HotspotList.tsx';
import { StandBadge } from '../../../dom/plan/StandBadge.tsx';
import { PLAN_STRINGS } from '../../../dom/plan/strings.ts';
import { standAnchor } from '../anchors.ts';
import { TWIN_STRINGS } from '../strings.ts';
import { useTwin } from '../twinState.ts';

/** Show a stand in the 3D view: the twin closes, the visitor travels there (once the world is loaded). */
function showIn3D(id: string): void {
  useTwin.getState().hide();
  goToStand(id)
    .catch(() => ready.then(() => goToStand(id)))
    .catch((error: unknown) => console.warn(error));
}

export function StandArticle({ stand, current, can3D }: { stand: Stand; current: boolean; can3D: boolean }) {
  const lang = useVisit((s) => s.lang);
  const t = TWIN_STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const id = standAnchor(stand.id);
  return (
    <article
      id={id}
      className={current ? 'twin-stand is-current' : 'twin-stand'}
      aria-labelledby={`${id}-h`}
      aria-current={current ? 'location' : undefined}
      tabIndex={-1}
      data-stand={stand.id}
    >
      <h3 id={`${id}-h`} className="twin-stand-title">
        <StandBadge stand={stand} lang={lang} className="twin-badge" />
        <span className="sr-only">{listSeparator(lang)}</span>
        <span>{stand.name[lang]}</span>
      </h3>
      {current && (
        <p className="twin-here" data-testid="twin-current">
          {t.current}
        </p>
      )}
      <dl className="twin-facts">
        <div>
          <dt>{t.theme}</dt>
          <dd>
            <span className="twin-dot" style={{ background: THEME_COLORS[stand.theme] }} aria-hidden="true" />
            {p.themes[stand.theme]}
          </dd>
        </div>
        {stand.partner && (
          <div>
            <dt>{t.partner}</dt>
            <dd>{stand.partner}</dd>
          </div>
        )}
      </dl>
      <div className="twin-text">
        <Markdown text={stand.description[lang]} externalLinks={EXTERNAL_LINKS} />
      </div>
      <HotspotList hotspots={stand.hotspots} anchor={id} title={t.onThisStand(stand.hotspots.length)} />
      {can3D && (
        <p className="twin-actions">
          <button
            type="button"
            className="twin-button"
            data-testid="twin-go"
            data-stand={stand.id}
            onClick={() => showIn3D(stand.id)}
          >
            <span>{t.showIn3D}</span>
            <span className="sr-only">
              {listSeparator(lang)}
              {t.showIn3DWhat(stand.number, stand.name[lang])}
            </span>
          </button>
        </p>
      )}
    </article>
  );
}
