/**
 * Installs the traveller used by the plan, the stand list and the automation interface: flights on
 * foot, fades when the system asks for reduced motion, landings from the aerial view, jumps through
 * the in-world fade in a headset.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { clearPointerHover, flight, player } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { endFlight, flightDuration } from '../../walk/flight.ts';
import { cancelRoute } from '../../walk/route.ts';
import { noteArrival, normalizeAngle, setTraveller } from '../../walk/travel.ts';
import { arrivalViewpoint, groundFov } from '../../walk/framing.ts';
import { targetById } from '../../edition/targets.ts';
import { walkWorld, WALKER_RADIUS } from '../../walk/walkWorld.ts';
import { fadeThrough } from '../../state/fade.ts';
import { prefersReducedMotion } from '../../platform/motion.ts';
import { useXr, xrControl } from '../../state/xr.ts';

function freeSpot(x: number, z: number): { x: number; z: number } {
  const p = { x, z };
  walkWorld.world?.resolve(p, WALKER_RADIUS);
  return p;
}

/** Free ground for a visitor, with room to spare (the arrival viewpoint backs away only over it). */
function isFree(x: number, z: number): boolean {
  return walkWorld.world?.isFree(x, z, WALKER_RADIUS) ?? true;
}

function travel(x: number, z: number, yaw: number | undefined, target: string | null = null): Promise<void> {
  cancelRoute();
  noteArrival(null);
  clearPointerHover();
  // A travel that interrupts another ends that one where it is.
  endFlight();
  const to = freeSpot(x, z);
  const { view, setView } = useVisit.getState();
  const distance = Math.hypot(to.x - player.position.x, to.z - player.position.z);
  const toYaw = yaw ?? (distance > 0.5 ? Math.atan2(-(to.x - player.position.x), -(to.z - player.position.z)) : player.yaw);
  const jump = () => {
    player.position.set(to.x, 0, to.z);
    player.yaw = normalizeAngle(toYaw);
    player.pitch = 0;
    setView('ground');
  };
  const arrived = () => noteArrival(target, to.x, to.z);
  // In a headset no flight (the world carried past the eyes is what makes people sick): the head is
  // put there through the in-world fade.
  if (useXr.getState().presenting && xrControl.jump) return xrControl.jump(to.x, to.z, normalizeAngle(toYaw)).then(arrived);
  // From the air, or when motion should be reduced: no flight frames, the view fades through.
  if (view !== 'ground' || prefersReducedMotion()) return fadeThrough(jump).then(arrived);
  return new Promise<void>((resolve) => {
    Object.assign(flight, {
      active: true,
      from: [player.position.x, player.position.z],
      to: [to.x, to.z],
      fromYaw: player.yaw,
      toYaw: normalizeAngle(toYaw),
      t: 0,
      duration: flightDuration(distance),
      height: Math.min(14, distance * 0.18),
      done: () => {
        arrived();
        resolve();
      },
    });
  });
}

export function Traveller() {
  const get = useThree((s) => s.get);
  useEffect(() => {
    setTraveller({
      goToPoint: (x, z, yaw) => travel(x, z, yaw),
      goToStand: (id) => {
        const target = targetById(useVisit.getState().data, id);
        if (!target) return Promise.reject(new Error(`no stand or place "${id}" in this edition`));
        // Framed for the screen as it is now (the ground camera's field of view follows its shape).
        const { width, height } = get().size;
        const aspect = width / Math.max(1, height);
        const v = arrivalViewpoint(target, { aspect, fov: groundFov(aspect) }, isFree);
        return travel(v.x, v.z, v.yaw, id);
      },
    });
    return () => setTraveller(null);
  }, [get]);
  return null;
}
