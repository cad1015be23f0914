/**
 * Moves the rig each frame from the one movement input: held keys and joystick, click-to-go routes,
 * flights. Frame-rate independent (delta, clamped), collides as a circle against the collision world.
 * Moves the rig only: the camera follows as its child.
 */
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { movement, hasDirectInput } from '../../input/movement.ts';
import { flight, player, recordMovementTime, route } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { cancelRoute } from '../../walk/route.ts';
import { ease, endFlight } from '../../walk/flight.ts';
import { normalizeAngle } from '../../walk/travel.ts';
import { walkWorld, WALKER_RADIUS } from '../../walk/walkWorld.ts';
import { MAX_DELTA, RUN_SPEED, TURN_SPEED, WALK_SPEED } from '../../walk/pace.ts';

const MAX_PITCH = 1.2;
/** A click-to-go route longer than this is walked at the faster pace, metres. */
const LONG_ROUTE = 25;

function followRoute(): { dx: number; dz: number; speed: number } | null {
  const p = route.points[route.index];
  if (!p) return null;
  const dx = p[0] - player.position.x;
  const dz = p[1] - player.position.z;
  const d = Math.hypot(dx, dz);
  if (d < 0.25) {
    route.index++;
    if (route.index >= route.points.length) cancelRoute();
    return null;
  }
  let remaining = d;
  for (let i = route.index; i + 1 < route.points.length; i++) {
    const a = route.points[i]!;
    const b = route.points[i + 1]!;
    remaining += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return { dx: dx / d, dz: dz / d, speed: remaining > LONG_ROUTE ? RUN_SPEED : WALK_SPEED };
}

export function Walker() {
  // Direct inputs counted at the last frame: a key tapped and released between two frames (a slow
  // device draws a frame every few hundred milliseconds) still stops a route, though no key is held
  // by the time the frame looks (this was the flaky "a key press cancels the route").
  const inputsSeen = useRef(movement.directInputs);
  useFrame((_, delta) => {
    const pressed = movement.directInputs !== inputsSeen.current;
    inputsSeen.current = movement.directInputs;
    const dt = Math.min(delta, MAX_DELTA);
    player.yaw = normalizeAngle(player.yaw + movement.lookYaw + movement.keyTurn * TURN_SPEED * dt);
    player.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, player.pitch + movement.lookPitch));
    movement.lookYaw = 0;
    movement.lookPitch = 0;

    if (flight.active) {
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
      return;
    }
    if (useVisit.getState().view !== 'ground') return;

    if (route.active && (pressed || hasDirectInput())) cancelRoute();
    let dirX = 0;
    let dirZ = 0;
    let speed = movement.run ? RUN_SPEED : WALK_SPEED;
    if (route.active) {
      const step = followRoute();
      if (step) {
        dirX = step.dx;
        dirZ = step.dz;
        speed = step.speed;
        // Face where the route goes, turning smoothly.
        const heading = Math.atan2(-step.dx, -step.dz);
        player.yaw = normalizeAngle(player.yaw + normalizeAngle(heading - player.yaw) * Math.min(1, dt * 5));
      }
    } else {
      const f = Math.max(-1, Math.min(1, movement.keyForward + movement.stickForward));
      const s = Math.max(-1, Math.min(1, movement.keyStrafe + movement.stickStrafe));
      const len = Math.hypot(f, s);
      if (len > 0) {
        // Forward is −z turned by yaw; right is +x turned by yaw. A joystick half-pushed walks slower.
        const k = Math.min(1, len) / len;
        const sin = Math.sin(player.yaw);
        const cos = Math.cos(player.yaw);
        dirX = (-sin * f + cos * s) * k;
        dirZ = (-cos * f - sin * s) * k;
      }
    }
    if (dirX === 0 && dirZ === 0) return;
    const world = walkWorld.world;
    const dx = dirX * speed * dt;
    const dz = dirZ * speed * dt;
    const started = performance.now();
    if (world) world.move(player.position, dx, dz, WALKER_RADIUS);
    else player.position.set(player.position.x + dx, 0, player.position.z + dz);
    recordMovementTime(performance.now() - started);
  }, -1);
  return null;
}
