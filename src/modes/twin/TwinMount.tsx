/**
 * The 2D twin, loaded on demand so its code is not in the first load, drawn in a layer of its own
 * over the page (the way in is its button in the top bar, ./TwinOpenButton.tsx). While it shows,
 * the 3D page under it is hidden and inert, `?mode=2d` is in the URL when the visitor chose it, and
 * keys typed in it never walk the visitor.
 */
import { lazy, Suspense, useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { useVisit } from '../../state/visit.ts';
import { standingAt } from '../../walk/travel.ts';
import { DIRECTION } from '../../i18n/lang.ts';
import { useTwin } from './twinState.ts';
import { modeParam } from '../../launch/modes.ts';
import { STRINGS } from '../../i18n/strings.ts';
import './entry.css';

const Twin2D = lazy(() => import('./Twin2D.tsx'));

/** The stand whose panel is open, else the one the visitor stands at on foot, else none. */
export function currentStand(): string | null {
  const s = useVisit.getState();
  if (s.openStand) return s.openStand;
  const at = standingAt();
  // The twin lists stands (a place is a section of its own): only a stand counts here.
  return at && s.data?.stands.some((stand) => stand.id === at) ? at : null;
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
  usePageUnderTwin(open, reason === null);

  return (
    <>
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
