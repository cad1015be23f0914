/**
 * Fingers, pen and mouse on the full-screen plan's stage, as pointer events: one pointer drags the
 * plan, two pinch it, the wheel zooms at the cursor (gesture.ts does the maths), and a pointer that
 * comes up where it went down, alone, is a tap handed to `onTap` with what it went down on.
 * `touch-action: none` on the stage (plan.css) keeps the browser from scrolling or zooming the page.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { dragView, isTap, wheelView, type Point } from './gesture.ts';
import type { Box } from './planShapes.ts';
import type { PlanViewControl } from './usePlanView.ts';
import type { View } from './zoom.ts';

export interface PlanTap {
  /** Stage pixels. */
  x: number;
  y: number;
  /** What the pointer went down on. */
  target: Element | null;
  /** "mouse", "touch" or "pen". */
  pointerType: string;
}

interface Tracked {
  start: Point;
  at: Point;
  target: Element | null;
  type: string;
}

/** How long after the last wheel turn the view is committed, ms. */
const WHEEL_SETTLE_MS = 160;

export function usePlanGestures(
  stageRef: RefObject<HTMLElement | null>,
  box: Box | null,
  control: PlanViewControl,
  onTap: (tap: PlanTap) => void,
): void {
  const latest = useRef({ control, onTap });
  latest.current = { control, onTap };

  useEffect(() => {
    const el = stageRef.current;
    if (!el || !box) return;
    const pointers = new Map<number, Tracked>();
    /** The view and the pointers when the current drag (re)started: every change of fingers starts afresh. */
    let origin: { view: View; points: Point[] } | null = null;
    /** Whether this touch of the stage dragged or pinched (then no tap ends it). */
    let dragged = false;
    let wheelTimer = 0;

    const local = (e: PointerEvent | WheelEvent): Point => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const rebase = () => {
      const view = latest.current.control.live.current;
      origin = view && pointers.size > 0 ? { view, points: [...pointers.values()].map((p) => p.at) } : null;
    };
    const size = () => latest.current.control.stage;

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      latest.current.control.stop();
      const at = local(e);
      pointers.set(e.pointerId, { start: at, at, target: e.target instanceof Element ? e.target : null, type: e.pointerType });
      if (pointers.size === 1) dragged = false;
      else {
        // A second finger: a pinch, never a tap.
        dragged = true;
        for (const id of pointers.keys()) if (!el.hasPointerCapture(id)) el.setPointerCapture(id);
      }
      rebase();
    };

    const moveTo = (e: PointerEvent) => {
      const p = pointers.get(e.pointerId);
      if (!p) return;
      p.at = local(e);
      if (!dragged) {
        if (isTap(p.start, p.at)) return;
        // Past the slop: a drag from here on, following the pointer outside the stage too.
        dragged = true;
        el.setPointerCapture(e.pointerId);
      }
      const stage = size();
      if (!origin || !stage) return;
      const to = [...pointers.values()].map((q) => q.at);
      latest.current.control.move(dragView(origin.view, origin.points, to, stage, box));
    };

    const up = (e: PointerEvent) => {
      const p = pointers.get(e.pointerId);
      if (!p) return;
      pointers.delete(e.pointerId);
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      const tapped = e.type === 'pointerup' && !dragged && pointers.size === 0 && isTap(p.start, local(e));
      if (pointers.size > 0) rebase();
      else {
        origin = null;
        if (dragged) latest.current.control.commit();
      }
      if (tapped) latest.current.onTap({ ...local(e), target: p.target, pointerType: p.type });
    };

    const wheel = (e: WheelEvent) => {
      const stage = size();
      const view = latest.current.control.live.current;
      if (!stage || !view) return;
      e.preventDefault();
      latest.current.control.stop();
      // Lines and pages to pixels; a trackpad pinch comes as a wheel with ctrlKey, in small steps.
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? stage.height : 1;
      const dy = e.deltaY * unit * (e.ctrlKey ? 4 : 1);
      const at = local(e);
      latest.current.control.move(wheelView(view, dy, at.x, at.y, stage, box));
      clearTimeout(wheelTimer);
      wheelTimer = window.setTimeout(() => latest.current.control.commit(), WHEEL_SETTLE_MS);
    };

    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', moveTo);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    // Not passive: the wheel zooms the plan, not the page.
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', moveTo);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
      clearTimeout(wheelTimer);
    };
  }, [stageRef, box]);
}
