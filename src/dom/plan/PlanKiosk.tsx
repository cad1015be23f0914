/**
 * On a kiosk, where the kiosk itself stands on the real site: a pin and "You are here", the same size
 * on screen whatever the zoom (`.plan-fixed`). The eye's marker (PlanMarker) is where the visitor's
 * view is in 3D; this one does not move.
 */
import { useKiosk } from '../../state/kiosk.ts';
import type { Lang } from '../../i18n/lang.ts';
import { PLAN_STRINGS } from './strings.ts';

const r2 = (n: number) => Math.round(n * 100) / 100;
export const KIOSK_COLOR = '#c1272d';

export function PlanKiosk({ lang, compact }: { lang: Lang; compact: boolean }) {
  const kiosk = useKiosk((s) => s.kiosk);
  if (!kiosk) return null;
  const [x, z] = kiosk.position;
  const s = compact ? 0.7 : 1;
  return (
    <g
      className="plan-kiosk"
      data-testid={compact ? undefined : 'plan-kiosk'}
      transform={`translate(${r2(x)} ${r2(z)})`}
      aria-hidden="true"
    >
      <g className="plan-fixed">
        <g transform={`scale(${s})`}>
          <path
            d="M0 0 C-7 -9 -11 -14 -11 -20 A11 11 0 1 1 11 -20 C11 -14 7 -9 0 0Z"
            fill={KIOSK_COLOR}
            stroke="#fff"
            strokeWidth="2"
          />
          <circle cy="-20" r="4.5" fill="#fff" />
          {!compact && (
            <text y="-36" textAnchor="middle" className="plan-kiosk-label" lang={lang}>
              {PLAN_STRINGS[lang].youAreHere}
            </text>
          )}
        </g>
      </g>
    </g>
  );
}
