/**
 * The kiosk's clock: after its idle time without a touch, key or pointer move, "Still there?" with a
 * countdown; a touch dismisses it; when it runs out, the reset and the attract loop. Someone watching
 * (a guided tour they started, a video playing) is not idle: the clock waits while it plays.
 * Checked four times a second: nothing here runs per frame.
 */
import { useEffect } from 'react';
import { activity, idleFor, onActivity } from '../../input/activity.ts';
import { idleNow, useKiosk } from '../../state/kiosk.ts';
import { useTour } from '../tour/tourState.ts';
import { resetKiosk } from './reset.ts';

function watching(): boolean {
  const tour = useTour.getState();
  if (tour.id && !tour.paused && !tour.loop && !tour.finished) return true;
  return typeof document !== 'undefined' && [...document.querySelectorAll('video')].some((v) => !v.paused && !v.ended);
}

/** One look at the clock: the countdown starts, the reset happens, or nothing. Pure of React (unit-tested). */
export function idleTick(now = performance.now()): 'reset' | 'warn' | null {
  const { kiosk, phase, warningUntil } = useKiosk.getState();
  if (!kiosk || phase !== 'visit') return null;
  if (warningUntil !== null) {
    if (now < warningUntil) return null;
    resetKiosk('attract');
    return 'reset';
  }
  if (watching()) {
    activity.last = now;
    return null;
  }
  if (idleFor() < kiosk.idle * 1000) return null;
  idleNow();
  return 'warn';
}

export function useIdleReset(): void {
  useEffect(() => {
    // Any input elsewhere answers "Still there?"; a touch on it is its own click's to answer, once the
    // finger is up: dismissed at the press, the release would land on the page beneath (a panel's
    // backdrop, which closes the panel the visitor was reading).
    const stopListening = onActivity((e) => {
      if (useKiosk.getState().warningUntil === null) return;
      if ((e.target as Element | null)?.closest?.('.kiosk-still')) return;
      useKiosk.setState({ warningUntil: null });
    });
    const timer = window.setInterval(() => idleTick(), 250);
    return () => {
      stopListening();
      clearInterval(timer);
    };
  }, []);
}
