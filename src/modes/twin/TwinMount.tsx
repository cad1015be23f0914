/**
 * The way into the 2D twin from the 3D view — a visible "2D / text version" button, there from the
 * first moment (even over the loading veil) — and the twin itself, loaded on demand so its code is
 * not in the first load, drawn in a layer of its own over the page. While it shows, the 3D page
 * under it is hidden and inert, `?mode=2d` is in the URL when the visitor chose it, and keys typed in
 * it never walk the visitor.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useVisit } from '../../state/visit.ts';
import { standViewpoint } from '../../walk/travel.ts';
import { DIRECTION } from '../../i18n/lang.ts';
import { useTwin } from './twinState.ts';
import { modeParam } from '../../launch/modes.ts';
import { STRINGS } from '../../i18n/strings.ts';
import './entry.css';
import { TextIcon } from '../../dom/icons.tsx';
import { eye } from '../../state/frame.ts';

const Twin2D = lazy(() => import('./Twin2D.tsx'));

/** How near a stand's viewpoint the visitor must be for it to count as where they are, metres. */
const AT_STAND = 6;

/** The stand whose panel is open, else the one the visitor stands in front of on foot, else none. */
export function currentStand(): string | null {
  const s = useVisit.getState();
  if (s.openStand) return s.openStand;
  if (s.view !== 'ground' || !s.data) return null;
  let best: string | null = null;
  let nearest = AT_STAND;
  for (const stand of s.data.stands) {
    const v = standViewpoint(stand);
    const d = Math.hypot(v.x - eye.position.x, v.z - eye.position.z);
    if (d < nearest) {
      nearest = d;
      best = stand.id;
    }
  }
  return best;
}

/** Keeps the page in step with the twin: the 3D page hidden, inert and paused under it, `?mode=2d` in the URL. */
function usePageUnderTwin(open: boolean, chosen: boolean): void {
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('twin-open', open);
    const root = document.getElementById('root');
    if (root) root.inert = open;
    useVisit.getState().setCovered(open);
    const url = new URL(location.href);
    const param = modeParam('twin')!;
    const inUrl = url.searchParams.get('mode') === param;
    if (open && chosen && !inUrl) url.searchParams.set('mode', param);
    else if (!open && inUrl) url.searchParams.delete('mode');
    else return;
    history.replaceState(history.state, '', url.href);
  }, [open, chosen]);
}

export function TwinMount() {
  const open = useTwin((s) => s.open);
  const reason = useTwin((s) => s.reason);
  const lang = useVisit((s) => s.lang);
  // The interface's own strings: the twin's full text loads with the twin.
  const t = STRINGS[lang];
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  usePageUnderTwin(open, reason === null);

  // Back from the twin: focus returns to the button that opened it.
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      {!open && reason === null && (
        <button
          ref={opener}
          type="button"
          className="pill-button pill-button--icon twin-open-button"
          data-testid="twin-open"
          onClick={() => useTwin.getState().show(currentStand())}
        >
          <TextIcon />
          <span>{t.twinOpen}</span>
        </button>
      )}
      {open &&
        createPortal(
          <Suspense
            fallback={
              <div className="twin" lang={lang} dir={DIRECTION[lang]}>
                <p className="twin-wait" role="status">
                  {t.twinLoading}
                </p>
              </div>
            }
          >
            <Twin2D />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
