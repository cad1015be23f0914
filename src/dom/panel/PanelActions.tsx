/**
 * "Go to this stand" (or place) and "Share" (on a kiosk, "Show me the way" from the kiosk instead: a
 * kiosk shares by QR code). Going is offered only where the visitor is not already standing at the
 * target: there it would fly nowhere.
 */
import { lazy, Suspense, useState } from 'react';
import type { Target } from '../../edition/targets.ts';
import { useKiosk } from '../../state/kiosk.ts';
import { WAY_STRINGS } from '../way/strings.ts';
import type { Lang } from '../../i18n/lang.ts';
import { goToStand } from '../../walk/travel.ts';
import { PinIcon } from '../icons.tsx';
import { ShareButton, shareUrl } from './ShareButton.tsx';
import type { PanelStrings } from './strings.ts';
import { useStandingAt } from './useStandingAt.ts';

interface Props {
  target: Target;
  hotspotId: string | null;
  lang: Lang;
  t: PanelStrings;
  /** Closes the panel (before the flight, so the visitor sees it). */
  onClose: () => void;
}

// Only a kiosk shows the way (and loads the route and the QR code's encoder).
const WayDialog = lazy(() => import('../way/WayDialog.tsx').then((m) => ({ default: m.WayDialog })));

export function PanelActions({ target, hotspotId, lang, t, onClose }: Props) {
  const here = useStandingAt() === target.id;
  const kiosk = useKiosk((s) => s.kiosk);
  const [way, setWay] = useState(false);
  return (
    <div className="sp-actions">
      {!here && (
        <button
          type="button"
          className="sp-button sp-button--primary"
          data-testid="stand-panel-go"
          onClick={() => {
            onClose();
            goToStand(target.id).catch((e: unknown) => console.warn(e));
          }}
        >
          <PinIcon />
          <span>{target.kind === 'place' ? t.goToPlace : t.goToStand}</span>
        </button>
      )}
      {kiosk ? (
        <button type="button" className="sp-button" data-testid="stand-panel-way" onClick={() => setWay(true)}>
          <PinIcon />
          <span>{WAY_STRINGS[lang].showWay}</span>
        </button>
      ) : (
        <ShareButton url={shareUrl(target.id, hotspotId, lang)} t={t} />
      )}
      {way && (
        <Suspense fallback={null}>
          <WayDialog target={target} lang={lang} onClose={() => setWay(false)} />
        </Suspense>
      )}
    </div>
  );
}
