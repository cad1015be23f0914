/**
 * The site plan in the interface: a small plan in the bottom corner (inline-end side) that opens the
 * full-screen plan, a proper modal dialog where a stand or a place is chosen to travel there.
 */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useVisit } from '../../state/visit.ts';
import { eye } from '../../state/player.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { THEMES, ZONE_KINDS } from '../../edition/constants.ts';
import { inBox, planScale, viewBoxOf, ZOOM_STEP } from './planGeometry.ts';
import { MARKER_COLOR, PATH_EDGE, PATH_FILL, PlanSvg, ZoneSwatch } from './PlanSvg.tsx';
import { PLAN_STRINGS } from './strings.ts';
import { CloseButton, Modal } from '../dialog/Modal.tsx';
import { ExpandIcon } from '../icons.tsx';
import './plan.css';

function Legend() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const [open, setOpen] = useState(
    () => typeof matchMedia !== 'function' || matchMedia('(min-width: 801px) and (min-height: 561px)').matches,
  );
  if (!data) return null;
  const kinds = ZONE_KINDS.filter((k) => data.site.zones.some((z) => z.kind === k));
  const themes = THEMES.filter((th) => data.stands.some((s) => s.theme === th));
  return (
    <details className="plan-legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.legend}</summary>
      <div className="plan-legend-body">
        <h3>{t.places}</h3>
        <ul>
          <li>
            <svg className="plan-swatch" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
              <circle cx="14" cy="12" r="3.2" fill={MARKER_COLOR} stroke="#fff" strokeWidth="1.5" />
              <path d="M14 12 9 3 A10 10 0 0 1 19 3 Z" fill={MARKER_COLOR} opacity="0.45" />
            </svg>
            {t.youAreHere}
          </li>
          {kinds.map((k) => (
            <li key={k}>
              <ZoneSwatch kind={k} />
              {t.zoneKinds[k]}
            </li>
          ))}
          <li>
            <svg className="plan-swatch" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
              <rect x="0" y="6" width="28" height="8" fill={PATH_FILL} stroke={PATH_EDGE} strokeWidth="1" />
            </svg>
            {t.walkways}
          </li>
        </ul>
        <h3>{t.standsByTheme}</h3>
        <ul>
          {themes.map((th) => (
            <li key={th}>
              <span className="plan-theme-dot" style={{ background: THEME_COLORS[th] }} aria-hidden="true" />
              {t.themes[th]}
            </li>
          ))}
        </ul>
      </div>
    </details>
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
        <header className="plan-dialog-head">
          <div className="plan-dialog-titles">
            <h2 id={titleId}>{t.planTitle}</h2>
            <p className="plan-dialog-hint">{t.planHint}</p>
          </div>
          <div className="plan-dialog-tools">
            <button
              type="button"
              className="plan-tool"
              aria-label={t.zoomOut}
              aria-disabled={!zoom?.canZoomOut}
              data-testid="plan-zoom-out"
              onClick={() => zoomBy(-1)}
            >
              <span aria-hidden="true">−</span>
            </button>
            <button
              type="button"
              className="plan-tool"
              aria-label={t.zoomIn}
              aria-disabled={!zoom?.canZoomIn}
              data-testid="plan-zoom-in"
              onClick={() => zoomBy(1)}
            >
              <span aria-hidden="true">+</span>
            </button>
            <CloseButton label={t.closePlan} testId="plan-close" onClick={onClose} />
          </div>
        </header>
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
