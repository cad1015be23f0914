/**
 * Moves the rig each frame from the one movement input: looking, flights, and on foot the held keys,
 * joystick and click-to-go routes, walked by src/walk/step.ts (long frames in sub-steps, against the
 * collision world). Moves the rig only: the camera follows as its child. In a headset, the head
 * looks by itself and the rig moves only by teleport, snap turn (src/canvas/xr/Locomotion.tsx) or,
 * when the visitor turned it on, smooth movement, walked here with the head's facing (src/xr/smooth.ts).
 */
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { movement, hasDirectInput } from '../../input/movement.ts';
import { flight, player, recordMovementTime, route } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { cancelRoute } from '../../walk/route.ts';
import { ease, endFlight } from '../../walk/flight.ts';
import { MAX_DELTA } from '../../walk/pace.ts';
import { turnByKeys, walkStep } from '../../walk/step.ts';
import { normalizeAngle } from '../../walk/travel.ts';
import { walkWorld } from '../../walk/walkWorld.ts';
import { useXr, xrFrame } from '../../state/xr.ts';
import { smoothStep, updateVignette } from '../../xr/smooth.ts';

/** One headset frame: smooth movement when it is on, and the comfort vignette that frames it. */
function headsetStep(delta: number): void {
  const moved = useXr.getState().smooth ? smoothStep(movement, player, xrFrame.head, walkWorld.world, delta) : 0;
  updateVignette(xrFrame.vignette, moved, 0, Math.min(delta, MAX_DELTA));
}

const MAX_PITCH = 1.2;

/** Moves the rig along the flight in progress by `delta` seconds (not clamped: a flight ends on time). */
function fly(delta: number): void {
  flight.t = Math.min(flight.duration, flight.t + delta);
  const k = ease(flight.t / flight.duration);
  player.position.set(
    flight.from[0] + (flight.to[0] - flight.from[0]) * k,
    Math.sin(Math.PI * k) * flight.height,
    flight.from[1] + (flight.to[1] - flight.from[1]) * k,
  );
  player.yaw = normalizeAngle(flight.fromYaw + normalizeAngle(flight.toYaw - flight.fromYaw) * k);
  player.pitch *= 1 - k;
  if (flight.t >= flight.duration) endFlight();
}

export function Walker() {
  // Direct inputs counted at the last frame: a key tapped and released between two frames (a slow
  // device draws a frame every few hundred milliseconds) still stops a route, though no key is held
  // by the time the frame looks (this was the flaky "a key press cancels the route").
  const inputsSeen = useRef(movement.directInputs);
  useFrame((_, delta) => {
    const pressed = movement.directInputs !== inputsSeen.current;
    inputsSeen.current = movement.directInputs;
    const headset = useXr.getState().presenting;
    // In a headset the head does the looking: a drag on the page must not turn the world under it.
    if (!headset) {
      player.yaw = normalizeAngle(player.yaw + movement.lookYaw);
      player.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, player.pitch + movement.lookPitch));
    }
    movement.lookYaw = 0;
    movement.lookPitch = 0;
    if (headset) return headsetStep(delta);

    if (flight.active) return fly(delta);
    if (useVisit.getState().view !== 'ground') return turnByKeys(movement, player, Math.min(delta, MAX_DELTA));

    if (route.active && (pressed || hasDirectInput())) cancelRoute();
    const started = performance.now();
    if (walkStep(movement, player, route, walkWorld.world, delta)) recordMovementTime(performance.now() - started);
  }, -1);
  return null;
}
