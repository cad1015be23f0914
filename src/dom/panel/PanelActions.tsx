/**
 * "Go to this stand" (or place) and "Share". Going is offered only where the visitor is not already
 * standing at the target: there it would fly nowhere.
 */
import type { Target } from '../../edition/targets.ts';
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

export function PanelActions({ target, hotspotId, lang, t, onClose }: Props) {
  const here = useStandingAt() === target.id;
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
      <ShareButton url={shareUrl(target.id, hotspotId, lang)} t={t} />
    </div>
  );
}
