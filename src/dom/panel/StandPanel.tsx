/**
 * The stand panel: a modal dialog (native <dialog>, so the rest of the page is inert and not read
 * out) with the stand's number, name, theme, partner and description, then its hotspots as sections,
 * the one it was opened at scrolled into view and highlighted. A side sheet on the inline-end side
 * (left in Arabic, by logical properties), a bottom sheet on phones.
 *
 * Open it with `setOpenStand(id, hotspot?)`; close it by setting null (the close button, Esc, the
 * backdrop and the browser's Back all do). Focus moves in on open and returns to the element that
 * opened it, or to the 3D view. Media are released on close.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Hotspot, Stand } from '../../edition/schema.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { useVisit } from '../../state/visit.ts';
import { goToStand } from '../../walk/travel.ts';
import { Markdown } from '../markdown.tsx';
import { EXTERNAL_LINKS, HotspotContent } from '../media/HotspotContent.tsx';
import { PANEL_STRINGS } from './strings.ts';
import './panel.css';
import { CloseButton, Modal } from '../dialog/Modal.tsx';
import { PinIcon } from '../icons.tsx';
import { ShareButton, shareUrl } from './ShareButton.tsx';
import { inkOn } from '../plan/contrast.ts';

function closePanel(): void {
  // Idempotent: the close button, Esc, the backdrop and the browser's own close may all ask.
  if (useVisit.getState().openStand) useVisit.getState().setOpenStand(null);
}

/** Where focus goes when the panel closes and its opener is gone: the 3D view. */
function focusCanvas(): void {
  const canvas = document.querySelector<HTMLCanvasElement>('.visit-canvas canvas');
  if (!canvas) return;
  if (!canvas.hasAttribute('tabindex')) canvas.tabIndex = -1;
  canvas.focus({ preventScroll: true });
}

const ICON_PATHS: Record<Hotspot['type'], ReactNode> = {
  info: (
    <>
      <circle cx="12" cy="6.5" r="1.7" fill="currentColor" />
      <rect x="10.4" y="9.6" width="3.2" height="9" rx="1" fill="currentColor" />
    </>
  ),
  video: <path d="M9 6.5v11l9-5.5z" fill="currentColor" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />,
  gallery: (
    <>
      <rect x="4" y="6" width="16" height="12" rx="1.8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M6.5 16.5 10.5 11.5 13 14.5 15 12.5 18 16.5z" fill="currentColor" />
    </>
  ),
  link: (
    <path
      d="M10.5 13.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1 M13.5 10.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  ),
};

function HotspotIcon({ type }: { type: Hotspot['type'] }) {
  return (
    <span className={`sp-icon sp-icon--${type}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="18" height="18" focusable="false">
        {ICON_PATHS[type]}
      </svg>
    </span>
  );
}

function PanelDialog({
  stand,
  hotspotId,
  opener,
}: {
  stand: Stand;
  hotspotId: string | null;
  opener: RefObject<HTMLElement | null>;
}) {
  const lang = useVisit((s) => s.lang);
  const editionId = useVisit((s) => s.editionId);
  const bare = useVisit((s) => s.brokenZones.includes(stand.zone));
  const t = PANEL_STRINGS[lang];
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const color = THEME_COLORS[stand.theme];

  // Focus in: the hotspot it was opened at (scrolled into view), else the dialog itself.
  useLayoutEffect(() => {
    const sheet = ref.current;
    const dialog = sheet?.closest('dialog');
    if (!sheet || !dialog) return;
    const section = hotspotId
      ? [...sheet.querySelectorAll<HTMLElement>('[data-hotspot-id]')].find((el) => el.dataset.hotspotId === hotspotId)
      : undefined;
    if (section) {
      section.focus({ preventScroll: true });
      // Scroll the body only (scrollIntoView would also scroll the sheet itself under its header).
      const body = section.closest<HTMLElement>('.sp-body');
      if (body) body.scrollTop += section.getBoundingClientRect().top - body.getBoundingClientRect().top - 12;
    } else {
      dialog.focus({ preventScroll: true });
    }
  }, [hotspotId]);

  return (
    <Modal
      labelledBy={titleId}
      onClose={closePanel}
      placement="end"
      className="stand-panel"
      testId="stand-panel"
      data-stand={stand.id}
      returnFocusTo={opener}
      onFocusLost={focusCanvas}
    >
      <div className="sp-sheet" ref={ref}>
        <header className="sp-head">
          <span className="sp-number" style={{ background: color, color: inkOn(color) }}>
            <span className="sr-only">{t.standWord} </span>
            {stand.number}
          </span>
          <div className="sp-titles">
            <p className="sp-kicker">
              <span className="sr-only">{t.theme}: </span>
              <span className="sp-theme-dot" style={{ background: color }} aria-hidden="true" />
              {t.themes[stand.theme]}
            </p>
            <h2 id={titleId} className="sp-title">
              {stand.name[lang]}
            </h2>
            {stand.partner && (
              <p className="sp-partner">
                {t.partner} <strong>{stand.partner}</strong>
              </p>
            )}
          </div>
          <CloseButton label={t.close} testId="stand-panel-close" onClick={closePanel} />
        </header>
        <div className="sp-body">
          {bare && (
            <p className="hs-media-error sp-model-error" data-testid="stand-model-error">
              {t.modelUnavailable}
            </p>
          )}
          <div className="sp-text sp-description">
            <Markdown text={stand.description[lang]} externalLinks={EXTERNAL_LINKS} />
          </div>
          <div className="sp-actions">
            <button
              type="button"
              className="sp-button sp-button--primary"
              data-testid="stand-panel-go"
              onClick={() => {
                closePanel();
                goToStand(stand.id).catch((e: unknown) => console.warn(e));
              }}
            >
              <PinIcon />
              <span>{t.goToStand}</span>
            </button>
            <ShareButton url={shareUrl(stand.id, hotspotId, lang)} t={t} />
          </div>
          {stand.hotspots.length > 0 && (
            <section className="sp-hotspots" aria-labelledby={`${titleId}-spots`}>
              <h3 id={`${titleId}-spots`} className="sp-hotspots-title">
                {t.onThisStand}
              </h3>
              {stand.hotspots.map((h) => {
                const headingId = `${titleId}-${h.id}`;
                const current = h.id === hotspotId;
                return (
                  <section
                    key={h.id}
                    className={current ? 'sp-hotspot is-current' : 'sp-hotspot'}
                    data-hotspot-id={h.id}
                    data-type={h.type}
                    aria-labelledby={headingId}
                    aria-current={current ? 'true' : undefined}
                    tabIndex={-1}
                  >
                    <div className="sp-hotspot-head">
                      <HotspotIcon type={h.type} />
                      <div>
                        <p className="sp-type">{t.hotspotTypes[h.type]}</p>
                        <h4 id={headingId} className="sp-hotspot-title">
                          {h.title[lang]}
                        </h4>
                      </div>
                    </div>
                    <div className="sp-text">
                      <HotspotContent hotspot={h} editionId={editionId} lang={lang} />
                    </div>
                  </section>
                );
              })}
            </section>
          )}
        </div>
      </div>
    </Modal>
  );
}

/** The panel of the open stand (store: `openStand`, `openHotspot`); nothing when none is open. */
export function StandPanel() {
  const data = useVisit((s) => s.data);
  const openStand = useVisit((s) => s.openStand);
  const openHotspot = useVisit((s) => s.openHotspot);
  const opener = useRef<HTMLElement | null>(null);

  // Whatever had focus when the panel opened gets it back on close (the store changes before React renders).
  useEffect(
    () =>
      useVisit.subscribe((s, prev) => {
        if (!s.openStand || prev.openStand) return;
        const active = document.activeElement;
        opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      }),
    [],
  );

  const stand = openStand ? data?.stands.find((s) => s.id === openStand) : undefined;
  if (!stand) return null;
  return <PanelDialog key={stand.id} stand={stand} hotspotId={openHotspot} opener={opener} />;
}
