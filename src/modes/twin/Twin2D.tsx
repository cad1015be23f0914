/**
 * The 2D twin: the whole visit as an accessible HTML document, for visitors who prefer text, use a
 * screen reader or a keyboard alone, and for browsers that cannot draw the 3D view.
 *
 * One heading structure: h1 the edition, h2 the contents, the plan and each place (zone), h3 each
 * stand (number, theme, partner, description), h4 each of its hotspots (texts, links, images with
 * their alternative text, videos with captions). The plan is drawn (PlanSvg, not interactive) with a
 * text alternative beside it. A skip link, a language switch, a search box, and — when the 3D view
 * exists — "Back to 3D" and a "Show in 3D" button per stand. The stand the 3D visitor was at is
 * highlighted and scrolled into view. In the current language, its direction following it.
 *
 * Loaded on demand (React.lazy in TwinMount); drawn in a layer over the page.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { DIRECTION, LANGS, type Lang } from '../../i18n/lang.ts';
import type { EditionData, Stand, Vec2, Zone } from '../../edition/schema.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { THEMES } from '../../edition/constants.ts';
import { ready } from '../../state/readiness.ts';
import { useVisit } from '../../state/visit.ts';
import { goToStand } from '../../walk/travel.ts';
import { Markdown } from '../../dom/markdown.tsx';
import { EXTERNAL_LINKS, HotspotContent } from '../../dom/media/HotspotContent.tsx';
import { inkOn, viewBoxOf } from '../../dom/plan/planGeometry.ts';
import { PlanSvg } from '../../dom/plan/PlanSvg.tsx';
import { PLAN_STRINGS } from '../../dom/plan/strings.ts';
import { SearchBox } from '../../dom/search/SearchBox.tsx';
import { useSearch } from '../../dom/search/useSearch.ts';
import type { SearchResult } from '../../dom/search/searchIndex.ts';
import { TWIN_STRINGS, type Compass, type TwinStrings } from './strings.ts';
import { useTwin } from './twinState.ts';
import '../../dom/plan/plan.css';
import './twin.css';
import { prefersReducedMotion } from '../../platform/motion.ts';

const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

const COMPASS: Compass[] = ['north-west', 'north', 'north-east', 'west', 'centre', 'east', 'south-west', 'south', 'south-east'];

export const zoneAnchor = (id: string) => `twin-zone-${id}`;
export const standAnchor = (id: string) => `twin-stand-${id}`;

function warn(error: unknown): void {
  console.warn(error);
}

/** Scrolls a part of the twin into view and puts the focus on it (a link's target, a search result). */
function reveal(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
  return true;
}

/** A link inside the twin: moves focus to its target without touching the URL (the deep links own it). */
function jump(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (reveal(id)) e.preventDefault();
}

/** Where a point lies on the site, in thirds of its extent, north (−z) at the top. */
function compassOf([x, z]: Vec2, box: { x: number; y: number; width: number; height: number }): Compass {
  const third = (v: number) => (v < 1 / 3 ? 0 : v > 2 / 3 ? 2 : 1);
  return COMPASS[third((z - box.y) / box.height) * 3 + third((x - box.x) / box.width)]!;
}

/** Places in the site's order, each with its stands by number; stands of an unknown place last. */
function placesOf(data: EditionData): Array<{ zone: Zone | null; id: string; stands: Stand[] }> {
  const sorted = [...data.stands].sort((a, b) => a.number - b.number);
  const places: Array<{ zone: Zone | null; id: string; stands: Stand[] }> = data.site.zones.map((zone) => ({
    zone,
    id: zone.id,
    stands: sorted.filter((s) => s.zone === zone.id),
  }));
  const known = new Set(data.site.zones.map((z) => z.id));
  const lost = sorted.filter((s) => !known.has(s.zone));
  if (lost.length) places.push({ zone: null, id: 'other', stands: lost });
  return places;
}

/** Show a stand in the 3D view: the twin closes, the visitor travels there (once the world is loaded). */
function showIn3D(id: string): void {
  useTwin.getState().hide();
  goToStand(id)
    .catch(() => ready.then(() => goToStand(id)))
    .catch(warn);
}

function StandArticle({ stand, current, can3D }: { stand: Stand; current: boolean; can3D: boolean }) {
  const lang = useVisit((s) => s.lang);
  const editionId = useVisit((s) => s.editionId);
  const t = TWIN_STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const color = THEME_COLORS[stand.theme];
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
        <span className="twin-badge" style={{ background: color, color: inkOn(color) }}>
          <span className="sr-only">{p.standWord} </span>
          {stand.number}
        </span>
        <span className="sr-only">{lang === 'ar' ? '، ' : ', '}</span>
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
            <span className="twin-dot" style={{ background: color }} aria-hidden="true" />
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
      {stand.hotspots.length > 0 && (
        <div className="twin-hotspots">
          <p className="twin-hotspots-title">{t.onThisStand(stand.hotspots.length)}</p>
          {stand.hotspots.map((h) => (
            <div key={h.id} className="twin-hotspot" data-hotspot-id={h.id}>
              <h4 id={`${id}-${h.id}`} className="twin-hotspot-title">
                <span className="twin-type">{t.hotspotTypes[h.type]}</span>
                <span className="sr-only">{lang === 'ar' ? ': ' : ' : '}</span>
                <span>{h.title[lang]}</span>
              </h4>
              <div className="twin-text">
                <HotspotContent hotspot={h} editionId={editionId} lang={lang} />
              </div>
            </div>
          ))}
        </div>
      )}
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
              {lang === 'ar' ? '، ' : ', '}
              {t.showIn3DWhat(stand.number, stand.name[lang])}
            </span>
          </button>
        </p>
      )}
    </article>
  );
}

function Contents({ places, lang, t }: { places: ReturnType<typeof placesOf>; lang: Lang; t: TwinStrings }) {
  return (
    <nav className="twin-card twin-contents" aria-labelledby="twin-contents-h">
      <h2 id="twin-contents-h">{t.contents}</h2>
      <ol className="twin-contents-places">
        <li>
          <a href="#twin-plan" onClick={(e) => jump(e, 'twin-plan')}>
            {PLAN_STRINGS[lang].planTitle}
          </a>
        </li>
        {places.map((place) => (
          <li key={place.id}>
            <a href={`#${zoneAnchor(place.id)}`} data-zone={place.id} onClick={(e) => jump(e, zoneAnchor(place.id))}>
              {place.zone ? place.zone.name[lang] : place.id}
            </a>
            {place.stands.length > 0 && (
              <ol className="twin-contents-stands">
                {place.stands.map((s) => (
                  <li key={s.id}>
                    <a href={`#${standAnchor(s.id)}`} data-stand={s.id} onClick={(e) => jump(e, standAnchor(s.id))}>
                      <span className="twin-contents-num">
                        <span className="sr-only">{PLAN_STRINGS[lang].standWord} </span>
                        {s.number}
                      </span>
                      <span className="sr-only">{lang === 'ar' ? '، ' : ', '}</span>
                      {s.name[lang]}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Plan({ data, places, lang, t }: { data: EditionData; places: ReturnType<typeof placesOf>; lang: Lang; t: TwinStrings }) {
  const p = PLAN_STRINGS[lang];
  const box = useMemo(() => viewBoxOf(data.site.boundary), [data]);
  const themes = THEMES.filter((th) => data.stands.some((s) => s.theme === th));
  return (
    <section id="twin-plan" className="twin-card twin-plan" aria-labelledby="twin-plan-h" tabIndex={-1}>
      <h2 id="twin-plan-h">{p.planTitle}</h2>
      <figure className="twin-figure" aria-labelledby="twin-plan-h" aria-describedby="twin-plan-alt">
        <div className="twin-plan-svg" style={{ aspectRatio: `${box.width} / ${box.height}` }}>
          <PlanSvg interactive={false} />
        </div>
        <figcaption id="twin-plan-alt" className="twin-plan-alt">
          <p>{t.planIntro}</p>
          <ul>
            {places.map((place) =>
              place.zone ? (
                <li key={place.id}>
                  {t.placeOnPlan(
                    place.zone.name[lang],
                    t.compass[compassOf(place.zone.position, box)],
                    place.stands.map((s) => s.number),
                  )}
                </li>
              ) : null,
            )}
          </ul>
          <p>{t.standColours}</p>
          <ul className="twin-legend">
            {themes.map((th) => (
              <li key={th}>
                <span className="twin-dot" style={{ background: THEME_COLORS[th] }} aria-hidden="true" />
                {p.themes[th]}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
    </section>
  );
}

function Place({
  place,
  current,
  can3D,
}: {
  place: ReturnType<typeof placesOf>[number];
  current: string | null;
  can3D: boolean;
}) {
  const lang = useVisit((s) => s.lang);
  const t = TWIN_STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const id = zoneAnchor(place.id);
  const { zone } = place;
  return (
    <section id={id} className="twin-zone" aria-labelledby={`${id}-h`} tabIndex={-1} data-zone={place.id}>
      <h2 id={`${id}-h`}>{zone ? zone.name[lang] : place.id}</h2>
      {zone && (
        <>
          <p className="twin-kind">
            {p.zoneKinds[zone.kind]} · {zone.covered ? t.covered : t.openAir}
            {place.stands.length > 0 && ` · ${p.standsCount(place.stands.length)}`}
          </p>
          <div className="twin-text">
            <Markdown text={zone.description[lang]} externalLinks={EXTERNAL_LINKS} />
          </div>
        </>
      )}
      {place.stands.map((s) => (
        <StandArticle key={s.id} stand={s} current={s.id === current} can3D={can3D} />
      ))}
    </section>
  );
}

function Search() {
  const [query, setQuery] = useState('');
  const results = useSearch(query);
  const choose = (r: SearchResult) => reveal(r.kind === 'stand' ? standAnchor(r.id) : zoneAnchor(r.id));
  return (
    <div className="twin-search">
      <SearchBox query={query} onQueryChange={setQuery} results={results} onChoose={choose} />
    </div>
  );
}

function Content({
  data,
  current,
  can3D,
  headingRef,
}: {
  data: EditionData;
  current: string | null;
  can3D: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const lang = useVisit((s) => s.lang);
  const t = TWIN_STRINGS[lang];
  const places = useMemo(() => placesOf(data), [data]);
  const { edition } = data;
  const dates = t.dates(new Date(`${edition.dates.start}T00:00:00Z`), new Date(`${edition.dates.end}T00:00:00Z`));
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="twin-title">
        {edition.title[lang]}
      </h1>
      <p className="twin-lede">{edition.theme[lang]}</p>
      <p className="twin-when">
        {edition.city[lang]} · {dates} · {t.summary(data.stands.length, data.site.zones.length)}
      </p>
      <Search />
      <Contents places={places} lang={lang} t={t} />
      <Plan data={data} places={places} lang={lang} t={t} />
      {places.map((place) => (
        <Place key={place.id} place={place} current={current} can3D={can3D} />
      ))}
    </>
  );
}

/** While the twin shows, a stand panel opening (a deep link) would make the page inert: its stand is highlighted instead. */
function useStandPanelsAsHighlight(): void {
  useEffect(() => {
    const take = (id: string | null) => {
      if (!id) return;
      useTwin.getState().setCurrent(id);
      queueMicrotask(() => useVisit.getState().setOpenStand(null));
    };
    take(useVisit.getState().openStand);
    return useVisit.subscribe((s, prev) => {
      if (s.openStand !== prev.openStand) take(s.openStand);
    });
  }, []);
}

/** Keys typed in the twin are the twin's: they never reach the 3D view's keyboard walking (on window). */
function useOwnKeys(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const stop = (e: KeyboardEvent) => {
      if (root.current?.contains(e.target as Node)) e.stopPropagation();
    };
    document.addEventListener('keydown', stop);
    return () => document.removeEventListener('keydown', stop);
  }, [root]);
}

export function Twin2D() {
  const data = useVisit((s) => s.data);
  const status = useVisit((s) => s.status);
  const lang = useVisit((s) => s.lang);
  const setLang = useVisit((s) => s.setLang);
  const reason = useTwin((s) => s.reason);
  const current = useTwin((s) => s.current);
  const fromVisit = useTwin((s) => s.fromVisit);
  const t = TWIN_STRINGS[lang];
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const can3D = reason === null;
  const hasData = !!data;
  useStandPanelsAsHighlight();
  useOwnKeys(root);

  // The stand the visitor was at comes into view (and gets the focus when they came from the 3D view).
  useLayoutEffect(() => {
    if (!hasData) return;
    const target = current ? document.getElementById(standAnchor(current)) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      if (fromVisit) target.focus({ preventScroll: true });
    } else if (fromVisit) heading.current?.focus({ preventScroll: true });
  }, [hasData, current, fromVisit]);

  // Once the content (or the reason it is missing) is on screen, the 3D view may start behind it.
  const settled = hasData || status === 'error';
  useEffect(() => {
    if (!settled) return;
    const t = setTimeout(() => useTwin.getState().setPainted(), 0);
    return () => clearTimeout(t);
  }, [settled]);

  let body: ReactNode;
  if (data) body = <Content data={data} current={current} can3D={can3D} headingRef={heading} />;
  else if (status === 'error')
    body = (
      <div role="alert" className="twin-card">
        <p>{t.loadFailed}</p>
        <button type="button" className="twin-button" onClick={() => location.reload()}>
          {t.reload}
        </button>
      </div>
    );
  else
    body = (
      <p className="twin-wait" role="status">
        {t.loading}
      </p>
    );

  return (
    <div ref={root} className="twin" data-testid="twin" data-reason={reason ?? undefined} lang={lang} dir={DIRECTION[lang]}>
      <a className="twin-skip" href="#twin-main" onClick={(e) => jump(e, 'twin-main')}>
        {t.skip}
      </a>
      <header className="twin-bar">
        <p className="twin-brand">
          <span className="twin-mark" aria-hidden="true">
            JPO
          </span>
          <span>{t.textVersion}</span>
        </p>
        <div className="twin-tools">
          <div className="twin-langs" role="group" aria-label={t.language}>
            {LANGS.map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={lang === l} data-lang={l} onClick={() => setLang(l)}>
                {LANG_NAMES[l]}
              </button>
            ))}
          </div>
          {can3D && (
            <button type="button" className="twin-back" data-testid="twin-back" onClick={() => useTwin.getState().hide()}>
              {t.back}
            </button>
          )}
        </div>
      </header>
      <main id="twin-main" className="twin-main" tabIndex={-1}>
        {reason && (
          <p className="twin-notice" data-testid="twin-notice">
            {reason === 'no-webgl' ? t.noWebGL : t.crashed}
          </p>
        )}
        {body}
      </main>
    </div>
  );
}

export default Twin2D;
