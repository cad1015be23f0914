/**
 * The site plan in the interface: a small plan in the bottom corner (inline-end side) that opens the
 * full-screen plan, a proper modal dialog where a stand or a place is chosen to travel there.
 */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useVisit } from '../../state/visit.ts';
import { DialogHead } from './DialogHead.tsx';
import { Legend } from './Legend.tsx';
import { inBox, viewBoxOf } from './planShapes.ts';
import { PlanSvg } from './PlanSvg.tsx';
import { PLAN_STRINGS, type PlanStrings } from './strings.ts';
import { planScale, ZOOM_STEP, type PlanScale } from './zoom.ts';
import { Modal } from '../dialog/Modal.tsx';
import { ExpandIcon } from '../icons.tsx';
import './plan.css';
import { eye } from '../../state/frame.ts';

interface ZoomButtonProps {
  direction: 1 | -1;
  t: PlanStrings;
  zoom: PlanScale | null;
  onZoom: (direction: 1 | -1) => void;
}

/** One zoom step out (−1) or in (+1); aria-disabled rather than disabled at the end, so focus stays on it. */
function ZoomButton({ direction, t, zoom, onZoom }: ZoomButtonProps) {
  const zoomIn = direction > 0;
  return (
    <button
      type="button"
      className="plan-tool"
      aria-label={zoomIn ? t.zoomIn : t.zoomOut}
      aria-disabled={!(zoomIn ? zoom?.canZoomIn : zoom?.canZoomOut)}
      data-testid={zoomIn ? 'plan-zoom-in' : 'plan-zoom-out'}
      onClick={() => onZoom(direction)}
    >
      <span aria-hidden="true">{zoomIn ? '+' : '−'}</span>
    </button>
  );
}

function PlanDialog({ onClose, returnFocusTo }: { onClose: () => void; returnFocusTo: RefObject<HTMLElement | null> }) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const titleId = useId();
  const stageRef = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<{ width: number; height: number } | null>(null);
  const [steps, setSteps] = useState(0);
  const box = useMemo(() => (data ? viewBoxOf(data.site.boundary) : null), [data]);
  // Where you are goes in the middle of the stage when the plan opens (the site's middle if off the plan).
  const [firstCentre] = useState(() => {
    if (!box) return null;
    return inBox(box, eye.position.x, eye.position.z)
      ? { x: eye.position.x, z: eye.position.z }
      : { x: box.x + box.width / 2, z: box.y + box.height / 2 };
  });
  /** Plan point to bring to the middle of the stage after the next layout. */
  const centreOn = useRef<{ x: number; z: number } | null>(firstCentre);

  useLayoutEffect(() => {
    const el = stageRef.current;
    if (!el) return;
    const measure = () => setStage({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const zoom = stage && box ? planScale(stage.width, stage.height, box, steps) : null;
  const scale = zoom?.scale ?? 0;

  useLayoutEffect(() => {
    const el = stageRef.current;
    const target = centreOn.current;
    if (!el || !box || !scale || !target) return;
    centreOn.current = null;
    el.scrollLeft = (target.x - box.x) * scale - el.clientWidth / 2;
    el.scrollTop = (target.z - box.y) * scale - el.clientHeight / 2;
  }, [box, scale]);

  const zoomBy = (delta: 1 | -1) => {
    const el = stageRef.current;
    if (!el || !box || !zoom) return;
    if ((delta > 0 && !zoom.canZoomIn) || (delta < 0 && !zoom.canZoomOut)) return;
    // Keep the middle of the stage where it is.
    const offsetX = Math.max(0, (el.clientWidth - box.width * scale) / 2);
    const offsetY = Math.max(0, (el.clientHeight - box.height * scale) / 2);
    centreOn.current = {
      x: box.x + (el.scrollLeft + el.clientWidth / 2 - offsetX) / scale,
      z: box.y + (el.scrollTop + el.clientHeight / 2 - offsetY) / scale,
    };
    // Steps below "whole site" or above the maximum change nothing: start from the effective scale.
    const base = planScale(stage!.width, stage!.height, box, 0).scale;
    const current = Math.round(Math.log(scale / base) / Math.log(ZOOM_STEP));
    setSteps(current + delta);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomBy(1);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomBy(-1);
    }
  };

  if (!data || !box) return null;
  return (
    <Modal
      labelledBy={titleId}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      onKeyDown={onKeyDown}
      placement="full"
      testId="plan-dialog"
    >
      <div className="plan-dialog">
        <DialogHead
          titleId={titleId}
          title={t.planTitle}
          hint={t.planHint}
          closeLabel={t.closePlan}
          closeTestId="plan-close"
          onClose={onClose}
        >
          <ZoomButton direction={-1} t={t} zoom={zoom} onZoom={zoomBy} />
          <ZoomButton direction={1} t={t} zoom={zoom} onZoom={zoomBy} />
        </DialogHead>
        <div className="plan-dialog-body">
          <div className="plan-stage-wrap">
            <div className="plan-stage" ref={stageRef}>
              {zoom && (
                <div className="plan-canvas" style={{ width: box.width * scale, height: box.height * scale }}>
                  <PlanSvg interactive onNavigate={onClose} />
                </div>
              )}
            </div>
            <div className="plan-north" title={t.north} aria-hidden="true">
              <svg viewBox="0 0 24 24" width="18" height="18" focusable="false">
                <path d="M12 2 18 20 12 16 6 20Z" fill="currentColor" />
              </svg>
              <span>{t.northShort}</span>
            </div>
          </div>
          <Legend />
        </div>
      </div>
    </Modal>
  );
}

/** The corner plan and, once opened, the full-screen plan. Renders nothing until the edition is loaded. */
export function PlanPanel() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  if (!data) return null;
  return (
    <>
      <div className="plan-corner" data-testid="plan-corner">
        <PlanSvg compact />
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
        </button>
      </div>
      {open && <PlanDialog onClose={close} returnFocusTo={opener} />}
    </>
  );
}
