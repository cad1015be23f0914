/**
 * Installs the traveller used by the plan, the stand list and the automation interface: flights on
 * foot, fades when the system asks for reduced motion, landings from the aerial view.
 */
import { useEffect } from 'react';
import { flight, player } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { endFlight, flightDuration } from '../../walk/flight.ts';
import { cancelRoute } from '../../walk/route.ts';
import { normalizeAngle, setTraveller, standViewpoint } from '../../walk/travel.ts';
import { walkWorld, WALKER_RADIUS } from '../../walk/walkWorld.ts';
import { fadeThrough } from '../../state/fade.ts';
import { prefersReducedMotion } from '../../platform/motion.ts';

function freeSpot(x: number, z: number): { x: number; z: number } {
  const p = { x, z };
  walkWorld.world?.resolve(p, WALKER_RADIUS);
  return p;
}

function travel(x: number, z: number, yaw: number | undefined): Promise<void> {
  cancelRoute();
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
  // From the air, or when motion should be reduced: no flight frames, the view fades through.
  if (view !== 'ground' || prefersReducedMotion()) return fadeThrough(jump);
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
      done: resolve,
    });
  });
}

export function Traveller() {
  useEffect(() => {
    setTraveller({
      goToPoint: (x, z, yaw) => travel(x, z, yaw),
      goToStand: (id) => {
        const stand = useVisit.getState().data?.stands.find((s) => s.id === id);
        if (!stand) return Promise.reject(new Error(`no stand "${id}" in this edition`));
        const v = standViewpoint(stand);
        return travel(v.x, v.z, v.yaw);
      },
    });
    return () => setTraveller(null);
  }, []);
  return null;
}
