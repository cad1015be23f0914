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
 * Loaded on demand (React.lazy in TwinMount); drawn in a layer over the page. This file is the page's
 * shell (bar, language switch, notices, loading); the document itself is in sections/.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { DIRECTION, LANGS, type Lang } from '../../i18n/lang.ts';
import { useVisit } from '../../state/visit.ts';
import { jump, standAnchor } from './anchors.ts';
import { useOwnKeys, useStandPanelsAsHighlight } from './hooks.ts';
import { Content } from './sections/Content.tsx';
import { TWIN_STRINGS } from './strings.ts';
import { useTwin } from './twinState.ts';
import '../../dom/plan/plan.css';
import './twin.css';

export { standAnchor, zoneAnchor } from './anchors.ts';

const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

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
