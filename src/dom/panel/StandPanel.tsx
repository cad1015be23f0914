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
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import type { Hotspot, Stand } from '../../scene/schema.ts';
import { THEME_COLORS } from '../../scene/themes.ts';
import { useVisit } from '../../state/visit.ts';
import { shareUrl } from '../../state/deepLink.ts';
import { goToStand } from '../../walk/travel.ts';
import { isExternalHref, Markdown } from './markdown.tsx';
import { PANEL_STRINGS, type PanelStrings } from './strings.ts';
import './panel.css';
import { mediaUrl } from '../../scene/editions.ts';

/** Deployment switch: `VITE_EXTERNAL_LINKS=off` shows external URLs as text (kiosks). */
const EXTERNAL_LINKS = import.meta.env.VITE_EXTERNAL_LINKS !== 'off';

/** White or navy, whichever reads better on a theme colour. */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.05 / (l + 0.05)) against contrast with navy #14305a (L ≈ 0.03).
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.08 ? '#ffffff' : '#14305a';
}

/** What a link shows: its host and path (`www.cndh.ma`), or the same-site path. */
function linkText(url: string): string {
  if (!isExternalHref(url)) return url;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

function closePanel(): void {
  useVisit.getState().setOpenStand(null);
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

function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M6 6 18 18 M18 6 6 18" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" fill="none" />
    </svg>
  );
}

function PanelImage({
  src,
  alt,
  width,
  height,
  t,
}: {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  t: PanelStrings;
}) {
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <p className="sp-media-error" data-testid="media-error">
        {t.imageUnavailable} <span className="sp-media-alt">({alt})</span>
      </p>
    );
  return (
    <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" onError={() => setFailed(true)} />
  );
}

function PanelVideo({
  video,
  editionId,
  lang,
  t,
  onError,
}: {
  video: Extract<Hotspot, { type: 'video' }>['video'];
  editionId: string;
  lang: Lang;
  t: PanelStrings;
  onError: () => void;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // React sets the property only; the attribute says it too. Never sound without a press.
    el.muted = true;
    el.setAttribute('muted', '');
    return () => {
      // Release the media: stop, drop the source, let the element reset.
      el.pause();
      el.removeAttribute('src');
      el.load();
    };
  }, []);
  return (
    <video
      ref={ref}
      className="sp-video"
      controls
      preload="none"
      playsInline
      muted
      poster={mediaUrl(editionId, video.poster)}
      src={mediaUrl(editionId, video.src)}
      onError={onError}
    >
      {LANGS.map((l) => (
        <track
          key={l}
          kind="captions"
          srcLang={l}
          label={t.captions[l]}
          src={mediaUrl(editionId, video.captions[l])}
          default={l === lang}
        />
      ))}
    </video>
  );
}

function VideoBlock(props: {
  video: Extract<Hotspot, { type: 'video' }>['video'];
  editionId: string;
  lang: Lang;
  t: PanelStrings;
}) {
  const [failed, setFailed] = useState(false);
  return (
    <div className="sp-media">
      {failed ? (
        <p className="sp-media-error" data-testid="media-error">
          {props.t.videoUnavailable}
        </p>
      ) : (
        <PanelVideo {...props} onError={() => setFailed(true)} />
      )}
      <p className="sp-meta">{props.t.duration(props.video.duration)}</p>
    </div>
  );
}

function HotspotBody({ hotspot, editionId, lang, t }: { hotspot: Hotspot; editionId: string; lang: Lang; t: PanelStrings }) {
  const body = hotspot.body ? <Markdown text={hotspot.body[lang]} externalLinks={EXTERNAL_LINKS} /> : null;
  switch (hotspot.type) {
    case 'info':
      return (
        <>
          {body}
          {hotspot.image && (
            <div className="sp-media">
              <PanelImage
                src={mediaUrl(editionId, hotspot.image.src)}
                alt={hotspot.image.alt[lang]}
                width={hotspot.image.width}
                height={hotspot.image.height}
                t={t}
              />
            </div>
          )}
        </>
      );
    case 'video':
      return (
        <>
          {body}
          <VideoBlock video={hotspot.video} editionId={editionId} lang={lang} t={t} />
        </>
      );
    case 'gallery':
      return (
        <>
          {body}
          <ul className="sp-gallery" aria-label={t.galleryLabel(hotspot.title[lang])}>
            {hotspot.images.map((image, i) => (
              <li key={`${image.src}-${i}`}>
                <PanelImage
                  src={mediaUrl(editionId, image.src)}
                  alt={image.alt[lang]}
                  width={image.width}
                  height={image.height}
                  t={t}
                />
              </li>
            ))}
          </ul>
        </>
      );
    case 'link': {
      const off = !EXTERNAL_LINKS && isExternalHref(hotspot.url);
      return (
        <>
          {body}
          {off ? (
            <p className="sp-links-off">
              {t.linksOff}{' '}
              <span className="sp-url" dir="ltr">
                {hotspot.url}
              </span>
            </p>
          ) : (
            <p>
              <a className="sp-link" href={hotspot.url} target="_blank" rel="noopener noreferrer">
                <span dir="ltr" className="sp-url">
                  {linkText(hotspot.url)}
                </span>
                <span className="sp-sr"> {t.opensInNewTab}</span>
                <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" className="sp-external">
                  <path
                    d="M14 4h6v6 M20 4l-9 9 M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              </a>
            </p>
          )}
        </>
      );
    }
  }
}

function ShareButton({ url, t }: { url: string; t: PanelStrings }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => setState('idle'), [url]);
  useEffect(() => {
    if (state !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  const share = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <>
      <button
        type="button"
        className="sp-button"
        data-testid="stand-panel-share"
        title={t.shareHint}
        onClick={() => void share()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M12 3v12 M7 8l5-5 5 5 M5 13v6a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t.share}</span>
      </button>
      <p className="sp-share-status" role="status" data-testid="stand-panel-share-status">
        {state === 'copied' ? t.copied : ''}
      </p>
      {state === 'manual' && (
        <label className="sp-share-field">
          <span>{t.copyManually}</span>
          <input
            ref={field}
            type="text"
            readOnly
            value={url}
            dir="ltr"
            aria-label={t.shareField}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </>
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
  const t = PANEL_STRINGS[lang];
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const color = THEME_COLORS[stand.theme];

  // Open as a modal (the rest of the page inert); on close, focus back where it came from.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Set when the store opened the panel, before this rendered.
    const back = opener.current;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // The dialog may still hold focus here (it leaves the DOM after this): move it explicitly.
      if (back?.isConnected) back.focus({ preventScroll: true });
      if (!back || document.activeElement !== back) focusCanvas();
    };
  }, [opener]);

  // Focus in: the hotspot it was opened at (scrolled into view), else the dialog itself.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const section = hotspotId
      ? [...dialog.querySelectorAll<HTMLElement>('[data-hotspot-id]')].find((el) => el.dataset.hotspotId === hotspotId)
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
    <dialog
      ref={ref}
      className="stand-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="stand-panel"
      data-stand={stand.id}
      onCancel={(e) => {
        // Esc: closing is the store's business (the dialog unmounts).
        e.preventDefault();
        closePanel();
      }}
      onClose={() => {
        // The browser closed it anyway (e.g. Esc pressed twice): keep the store in step.
        if (useVisit.getState().openStand) closePanel();
      }}
      onClick={(e) => {
        // A click on the dialog element itself is a click on the backdrop.
        if (e.target === e.currentTarget) closePanel();
      }}
    >
      <div className="sp-sheet">
        <header className="sp-head">
          <span className="sp-number" style={{ background: color, color: inkOn(color) }}>
            <span className="sp-sr">{t.standWord} </span>
            {stand.number}
          </span>
          <div className="sp-titles">
            <p className="sp-kicker">
              <span className="sp-sr">{t.theme}: </span>
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
          <button type="button" className="sp-close" aria-label={t.close} data-testid="stand-panel-close" onClick={closePanel}>
            <CloseIcon />
          </button>
        </header>
        <div className="sp-body">
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
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
                <path
                  d="M12 22s7-6.2 7-12a7 7 0 1 0-14 0c0 5.8 7 12 7 12Z M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinejoin="round"
                />
              </svg>
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
                      <HotspotBody hotspot={h} editionId={editionId} lang={lang} t={t} />
                    </div>
                  </section>
                );
              })}
            </section>
          )}
        </div>
      </div>
    </dialog>
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
