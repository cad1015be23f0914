/**
 * The full-screen plan, a modal dialog where a stand, an amenity or a place is chosen to travel there.
 * It opens on the whole site; fingers pinch and drag it, the wheel and the buttons zoom it.
 *
 * A mouse names what it hovers and goes where it clicks, as the plan always did. A finger has no
 * hover, so a tap names first: on a pavilion whose stands are still too small to tap it zooms in on
 * the pavilion (tapTargets.ts), on a stand, an amenity or a spot it opens a label with "go there";
 * a second tap on the same stand or amenity goes too. The keyboard goes with Enter.
 */
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useVisit } from '../../state/visit.ts';
import { goToPoint, visitTarget } from '../../walk/travel.ts';
import { Modal } from '../dialog/Modal.tsx';
import { DialogHead } from './DialogHead.tsx';
import { Legend } from './Legend.tsx';
import { placeCallout, PlanCallout } from './PlanCallout.tsx';
import { describePick, samePick, type PlanPick } from './planPick.ts';
import { tapOutcome } from './planTap.ts';
import { viewBoxOf } from './planShapes.ts';
import { PlanSvg, type PlanThing } from './PlanSvg.tsx';
import { LegendToggle, NorthBadge, ZoomButtons } from './PlanTools.tsx';
import { PLAN_STRINGS } from './strings.ts';
import { clusterScales } from './tapTargets.ts';
import { usePlanGestures, type PlanTap } from './usePlanGestures.ts';
import { usePlanView } from './usePlanView.ts';
import { writeMetresPerPixel } from './useFixedSize.ts';
import { clampView, stagePoint, viewBoxOfView, zoomAt, zoomRoom, ZOOM_STEP, type Size, type View } from './zoom.ts';
import './planDialog.css';

function warn(error: unknown): void {
  console.warn(error);
}

interface PlanDialogProps {
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function PlanDialog({ onClose, returnFocusTo }: PlanDialogProps) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const titleId = useId();
  const legendId = `${useId().replace(/[^\w-]/g, '')}-legend`;
  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const calloutRef = useRef<HTMLDivElement>(null);
  const [legendOpen, setLegendOpen] = useState(false);
  /** Named by a tap, with "go there". */
  const [chosen, setChosen] = useState<PlanPick | null>(null);
  /** Named by hover or focus. */
  const [hot, setHot] = useState<PlanPick | null>(null);

  const box = useMemo(() => (data ? viewBoxOf(data.site.boundary) : null), [data]);
  const clusters = useMemo(() => clusterScales(data?.stands ?? []), [data]);

  const shown = chosen ?? hot;
  const info = useMemo(() => (data && shown ? describePick(data, shown, lang) : null), [data, shown, lang]);
  const infoRef = useRef(info);
  infoRef.current = info;

  const write = useCallback((view: View, stage: Size) => {
    const svg = svgRef.current;
    if (svg) {
      svg.setAttribute('viewBox', viewBoxOfView(view, stage));
      writeMetresPerPixel(svg, 1 / view.scale);
    }
    if (stageRef.current) stageRef.current.dataset.scale = view.scale.toFixed(3);
    if (calloutRef.current && infoRef.current) placeCallout(calloutRef.current, infoRef.current, view, stage);
  }, []);
  const control = usePlanView(stageRef, box, write);
  const { stage, view, live, show } = control;

  // The plan covers the whole screen: the 3D view under it waits (the phone's battery, the main
  // thread for the fingers), unless something else covers it already and will uncover it.
  useLayoutEffect(() => {
    if (useVisit.getState().covered) return;
    useVisit.getState().setCovered(true);
    return () => useVisit.getState().setCovered(false);
  }, []);

  // Zoomed back out past the scale where its stands can be tapped, a stand's label goes: a tap
  // there zooms in again rather than naming it, and the label would sit over the plan.
  useEffect(() => {
    if (chosen?.kind !== 'stand' || !view || !data) return;
    const zone = data.stands.find((s) => s.id === chosen.id)?.zone;
    if (zone && view.scale < (clusters.get(zone) ?? 0) * (1 - 1e-3)) setChosen(null);
  }, [view, chosen, data, clusters]);

  // The chosen stand stands out (a tap focuses it, but focus rings are for the keyboard).
  useLayoutEffect(() => {
    if (chosen?.kind !== 'stand') return;
    const el = stageRef.current?.querySelector(`[data-stand="${CSS.escape(chosen.id)}"]`);
    el?.classList.add('is-chosen');
    return () => el?.classList.remove('is-chosen');
  }, [chosen]);

  // The label appeared or changed: place it over what it names.
  useLayoutEffect(() => {
    if (calloutRef.current && info && live.current && stage) placeCallout(calloutRef.current, info, live.current, stage);
  }, [info, live, stage]);

  const go = (pick: PlanPick) => {
    const target = data && describePick(data, pick, lang);
    if (!target) return;
    onClose();
    const travel = 'id' in target.travel ? visitTarget(target.travel.id) : goToPoint(target.travel.x, target.travel.z);
    travel.catch(warn);
  };

  const onTap = (tap: PlanTap) => {
    const v = live.current;
    if (!data || !box || !stage || !v) return;
    const input = {
      x: tap.x,
      y: tap.y,
      stand: tap.target?.closest('[data-stand]')?.getAttribute('data-stand'),
      amenity: tap.target?.closest('[data-amenity]')?.getAttribute('data-amenity'),
      mouse: tap.pointerType === 'mouse',
    };
    const outcome = tapOutcome(data, clusters, v, stage, box, input, chosen);
    if ('zoom' in outcome) {
      setChosen(null);
      show(outcome.zoom);
    } else if ('go' in outcome) go(outcome.go);
    else setChosen(outcome.choose);
  };
  usePlanGestures(stageRef, box, control, onTap);

  const onHot = useCallback(
    (thing: PlanThing, on: boolean) => {
      setHot((h) => (on ? thing : h && samePick(h, thing) ? null : h));
      // Focus may reach a stand off screen when zoomed in: bring it into view.
      const v = live.current;
      const target = on && data ? describePick(data, thing, lang) : null;
      if (!v || !stage || !box || !target) return;
      const [px, py] = stagePoint(v, target.x, target.z);
      if (px < 0 || py < 0 || px > stage.width || py > stage.height) {
        show(
          clampView(
            { scale: v.scale, x: target.x - stage.width / 2 / v.scale, y: target.z - stage.height / 2 / v.scale },
            stage,
            box,
          ),
        );
      }
    },
    [data, lang, live, stage, box, show],
  );
  const goRef = useRef(go);
  goRef.current = go;
  const onChoose = useCallback((thing: PlanThing) => goRef.current(thing), []);

  const zoomBy = (direction: 1 | -1) => {
    const v = live.current;
    if (!v || !stage || !box) return;
    show(zoomAt(v, ZOOM_STEP ** direction, stage.width / 2, stage.height / 2, stage, box));
  };
  const room = view && stage && box ? zoomRoom(view, stage, box) : { canZoomIn: false, canZoomOut: false };

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
          <LegendToggle t={t} open={legendOpen} controls={legendId} onToggle={() => setLegendOpen((o) => !o)} />
        </DialogHead>
        <div className="plan-stage-wrap">
          <div className="plan-stage" ref={stageRef} data-testid="plan-stage">
            <PlanSvg
              interactive
              svgRef={svgRef}
              viewBox={view && stage ? viewBoxOfView(view, stage) : undefined}
              onChoose={onChoose}
              onHot={onHot}
            />
          </div>
          {info && <PlanCallout ref={calloutRef} info={info} lang={lang} chosen={!!chosen} onGo={() => chosen && go(chosen)} />}
          <NorthBadge t={t} />
          <ZoomButtons t={t} canZoomIn={room.canZoomIn} canZoomOut={room.canZoomOut} onZoom={zoomBy} />
          <Legend id={legendId} open={legendOpen} onClose={() => setLegendOpen(false)} />
        </div>
      </div>
    </Modal>
  );
}
