/**
 * The site plan in the interface: a small plan in the bottom corner (inline-end side) that opens the
 * full-screen plan (PlanDialog.tsx). Its name sits on a bar above the drawing, never over it, and
 * it folds away to a small button and back, which the visitor's session remembers: on a phone on
 * foot the view is what matters.
 */
import { useCallback, useRef, useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { ExpandIcon } from '../icons.tsx';
import { PlanDialog } from './PlanDialog.tsx';
import { FoldIcon, MapIcon } from './planIcons.tsx';
import { PlanSvg } from './PlanSvg.tsx';
import { PLAN_STRINGS } from './strings.ts';
import './plan.css';
import './planCorner.css';

const FOLDED_KEY = 'visit.planFolded';

/** Storage may be refused (private modes, sandboxed frames): then the choice lasts as long as the page. */
function readFolded(): boolean {
  try {
    return sessionStorage.getItem(FOLDED_KEY) === '1';
  } catch {
    return false;
  }
}

function writeFolded(folded: boolean): void {
  try {
    sessionStorage.setItem(FOLDED_KEY, folded ? '1' : '0');
  } catch {
    // Not remembered: nothing else to do.
  }
}

/** The corner plan and, once opened, the full-screen plan. Renders nothing until the edition is loaded. */
export function PlanPanel() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [folded, setFolded] = useState(readFolded);
  const opener = useRef<HTMLButtonElement>(null);
  const unfold = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const fold = (next: boolean) => {
    setFolded(next);
    writeFolded(next);
    // Focus stays on the corner: on the button that replaced the one pressed.
    requestAnimationFrame(() => (next ? unfold : opener).current?.focus({ preventScroll: true }));
  };
  if (!data) return null;
  return (
    <>
      {folded ? (
        <div className="plan-corner plan-corner--folded" data-testid="plan-corner">
          <button
            ref={unfold}
            type="button"
            className="plan-icon-button plan-corner-unfold"
            data-testid="plan-unfold"
            aria-label={t.unfoldPlan}
            onClick={() => fold(false)}
          >
            <MapIcon />
          </button>
        </div>
      ) : (
        <div className="plan-corner" data-testid="plan-corner">
          <button
            ref={opener}
            type="button"
            className="plan-corner-open"
            data-testid="plan-open"
            aria-label={t.openPlan}
            aria-haspopup="dialog"
            aria-expanded={open}
            onClick={() => setOpen(true)}
          >
            <span className="plan-corner-chip" aria-hidden="true">
              <ExpandIcon />
              {t.planShort}
            </span>
            <span className="plan-corner-map">
              <PlanSvg compact />
            </span>
          </button>
          <button
            type="button"
            className="plan-corner-fold"
            data-testid="plan-fold"
            aria-label={t.foldPlan}
            onClick={() => fold(true)}
          >
            <FoldIcon />
          </button>
        </div>
      )}
      {open && <PlanDialog onClose={close} returnFocusTo={opener} />}
    </>
  );
}
