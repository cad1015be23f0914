/**
 * "Show me the way", on a kiosk: the walking route on the plan from the kiosk's spot to a stand or
 * place, its length and the minutes it takes, and a QR code that opens that stand on the visitor's
 * own phone, to take the way with them.
 */
import { useEffect, useId, useState } from 'react';
import type { Target } from '../../edition/targets.ts';
import type { Lang } from '../../i18n/lang.ts';
import { useVisit } from '../../state/visit.ts';
import { useKiosk } from '../../state/kiosk.ts';
import { wayFrom, type Way } from '../../walk/wayFrom.ts';
import { Modal, CloseButton } from '../dialog/Modal.tsx';
import { PlanSvg } from '../plan/PlanSvg.tsx';
import { polylineD } from '../plan/planShapes.ts';
import { QrCode } from '../qr/QrCode.tsx';
import { shareUrl } from '../panel/ShareButton.tsx';
import { WAY_STRINGS } from './strings.ts';
import './way.css';

const ROUTE_COLOR = '#c1272d';

function RouteOverlay({ way }: { way: Way }) {
  const end = way.points[way.points.length - 1]!;
  return (
    <g className="way-route" data-testid="way-route" data-metres={Math.round(way.metres)}>
      <path d={polylineD(way.points)} fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
      <path
        d={polylineD(way.points)}
        fill="none"
        stroke={ROUTE_COLOR}
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeDasharray="0.1 3.2"
      />
      <circle cx={end[0]} cy={end[1]} r="2.6" fill={ROUTE_COLOR} stroke="#fff" strokeWidth="0.8" />
    </g>
  );
}

export function WayDialog({ target, lang, onClose }: { target: Target; lang: Lang; onClose: () => void }) {
  const t = WAY_STRINGS[lang];
  const titleId = useId();
  const data = useVisit((s) => s.data);
  const kiosk = useKiosk((s) => s.kiosk);
  const [way, setWay] = useState<Way | null | 'finding'>('finding');
  useEffect(() => {
    if (!data || !kiosk) return;
    let live = true;
    wayFrom(data, [kiosk.position[0], kiosk.position[1]], target.id)
      .then((w) => live && setWay(w))
      .catch(() => live && setWay(null));
    return () => {
      live = false;
    };
  }, [data, kiosk, target.id]);
  const name = target.name[lang];
  return (
    <Modal labelledBy={titleId} onClose={onClose} placement="center" className="way-dialog" testId="way-dialog">
      <header className="way-head">
        <div>
          <h2 id={titleId}>{t.title(name)}</h2>
          <p className="way-hint">{t.hint}</p>
        </div>
        <CloseButton label={t.close} testId="way-close" onClick={onClose} />
      </header>
      <div className="way-body">
        <div className="way-plan">
          <PlanSvg overlay={way && way !== 'finding' ? <RouteOverlay way={way} /> : null} />
        </div>
        <div className="way-side">
          <p className="way-summary" data-testid="way-summary" aria-live="polite">
            {way === 'finding' ? t.finding : way ? t.summary(way.metres, way.minutes) : t.noWay}
          </p>
          <QrCode url={shareUrl(target.id, null, lang)} label={t.qrLabel(name)} />
          <p className="way-take">{t.takeIt}</p>
        </div>
      </div>
    </Modal>
  );
}
