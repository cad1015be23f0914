/**
 * The full-screen plan's view over time: measured from its stage, moved live while fingers move
 * (written straight to the DOM by `write`, no React render a frame), eased to a target after a tap
 * or a button (at once under reduced motion), and committed to React state when it settles, for
 * what depends on it (the zoom buttons, the viewBox React renders).
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion } from '../../platform/motion.ts';
import type { Box } from './planShapes.ts';
import { clampView, fitScale, fitView, lerpView, type Size, type View } from './zoom.ts';

/** How long an eased zoom lasts, ms. */
const EASE_MS = 280;

export interface PlanViewControl {
  /** The stage's size, once measured. */
  stage: Size | null;
  /** The view as last committed (null until the stage is measured). */
  view: View | null;
  /** The view as drawn now, between commits too. */
  live: RefObject<View | null>;
  /** Draws a view now (a gesture in progress); `commit` ends the gesture. */
  move(view: View): void;
  /** Goes to a view, eased unless the system asks for less motion, and commits it. */
  show(view: View): void;
  /** Commits the live view. */
  commit(): void;
  /** Stops an eased zoom where it is (fingers take over). */
  stop(): void;
}

export function usePlanView(
  stageRef: RefObject<HTMLElement | null>,
  box: Box | null,
  write: (view: View, stage: Size) => void,
): PlanViewControl {
  const [stage, setStage] = useState<Size | null>(null);
  const [view, setView] = useState<View | null>(null);
  const live = useRef<View | null>(null);
  const size = useRef<Size | null>(null);
  const frame = useRef(0);
  const writer = useRef(write);
  writer.current = write;

  const move = useCallback((next: View) => {
    if (!size.current) return;
    live.current = next;
    writer.current(next, size.current);
  }, []);

  const commit = useCallback(() => setView(live.current), []);
  const stop = useCallback(() => cancelAnimationFrame(frame.current), []);

  const show = useCallback(
    (target: View) => {
      cancelAnimationFrame(frame.current);
      const from = live.current;
      const stageSize = size.current;
      if (!from || !stageSize || prefersReducedMotion()) {
        move(target);
        commit();
        return;
      }
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / EASE_MS);
        const eased = 1 - (1 - t) ** 3;
        move(t < 1 ? lerpView(from, target, eased, stageSize) : target);
        if (t < 1) frame.current = requestAnimationFrame(step);
        else commit();
      };
      frame.current = requestAnimationFrame(step);
    },
    [move, commit],
  );

  useLayoutEffect(() => {
    const el = stageRef.current;
    if (!el || !box) return;
    const measure = () => {
      const next: Size = { width: el.clientWidth, height: el.clientHeight };
      if (next.width <= 0 || next.height <= 0) return;
      const prev = live.current;
      const last = size.current;
      size.current = next;
      // At the whole site it stays the whole site (a phone turned); zoomed in, the middle stays put.
      const wasWhole = !prev || !last || prev.scale <= fitScale(last, box) * (1 + 1e-6);
      const cx = prev && last ? prev.x + last.width / 2 / prev.scale : 0;
      const cy = prev && last ? prev.y + last.height / 2 / prev.scale : 0;
      const fitted = wasWhole
        ? fitView(next, box)
        : clampView({ scale: prev.scale, x: cx - next.width / 2 / prev.scale, y: cy - next.height / 2 / prev.scale }, next, box);
      setStage(next);
      move(fitted);
      commit();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [stageRef, box, move, commit]);

  return { stage, view, live, move, show, commit, stop };
}
