/**
 * The tour yields to the visitor: walking (keys, the joystick, a click-to-go route), opening a panel
 * or covering the 3D view (the 2D twin) pauses it rather than fighting them; resuming after they
 * walked off takes them back to the stop first. Polls the movement input a few times a second while
 * a tour plays (a counter, so a key tapped between two polls still counts); nothing per frame.
 */
import { hasDirectInput, movement } from '../../input/movement.ts';
import { route } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { standingAt } from '../../walk/travel.ts';
import { currentStop, useTour } from './tourState.ts';

const POLL_MS = 150;

export function installTourGuard(): () => void {
  let seen = movement.directInputs;
  let poll: ReturnType<typeof setInterval> | null = null;

  const check = () => {
    const s = useTour.getState();
    const pressed = movement.directInputs !== seen;
    seen = movement.directInputs;
    if (s.id && !s.paused && !s.finished && (pressed || hasDirectInput() || route.active)) s.pause();
  };
  const watch = (on: boolean) => {
    if (on && poll === null) {
      seen = movement.directInputs;
      poll = setInterval(check, POLL_MS);
    } else if (!on && poll !== null) {
      clearInterval(poll);
      poll = null;
    }
  };

  const unTour = useTour.subscribe((s, prev) => {
    watch(!!s.id);
    // Input from before the resume (the key that walked off) is not a reason to pause again.
    if (!s.paused && prev.paused) seen = movement.directInputs;
    if (s.paused || !prev.paused || s.phase !== 'dwelling') return;
    const at = currentStop(s);
    if (at && standingAt() !== at.stop.target) s.retravel();
  });
  const unVisit = useVisit.subscribe((v, prev) => {
    if ((v.openStand && !prev.openStand) || (v.covered && !prev.covered)) useTour.getState().pause();
  });
  watch(!!useTour.getState().id);

  return () => {
    watch(false);
    unTour();
    unVisit();
  };
}
