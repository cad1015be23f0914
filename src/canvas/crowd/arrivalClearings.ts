/**
 * Where nobody of the crowd stands: around every point a visitor may arrive at, at a stand or a place
 * (src/walk/framing.ts `arrivalViewpoint`), on any screen from an upright phone to an ultrawide
 * monitor. A visitor who asks to go to a stand lands there, and a figure standing in that spot would
 * fill their view nose to nose. Where they land depends on the screen's shape only along one line out
 * from the target's edge, so each target's clearing is that line's stretch between the nearest and the
 * farthest landing, widened by ARRIVAL_CLEARING. Pure.
 */
import { distanceToSegment } from '../../edition/geometry.ts';
import type { EditionData } from '../../edition/schema.ts';
import { targetsOf } from '../../edition/targets.ts';
import { arrivalViewpoint, groundFov } from '../../walk/framing.ts';
import { WALKER_RADIUS } from '../../walk/walkWorld.ts';
import type { FreeGround } from './crowdLanes.ts';

/** Figures' centres keep this far from any landing, metres: out of arm's reach, and out of the near view's middle. */
export const ARRIVAL_CLEARING = 1.2;
/** The screens' shapes a landing is worked out for (width / height), narrowest to widest: 9:22 to 21:9 and a little beyond. */
export const ARRIVAL_ASPECTS = { narrowest: 0.4, widest: 2.4 } as const;
/** Landings are sampled at this many shapes between them; between two, a landing moves along the same line. */
const SAMPLES = 24;

export interface Clearing {
  a: [number, number];
  b: [number, number];
  /** Metres around the segment [a, b] a figure keeps out of. */
  radius: number;
}

/** Every target's clearing, tested against the same free ground as the arrival itself. */
export function arrivalClearings(data: EditionData, ground: FreeGround): Clearing[] {
  const free = (x: number, z: number) => ground.isFree(x, z, WALKER_RADIUS);
  return targetsOf(data).map((target) => {
    const { narrowest, widest } = ARRIVAL_ASPECTS;
    const landings = Array.from({ length: SAMPLES + 1 }, (_, i) => {
      const aspect = narrowest * (widest / narrowest) ** (i / SAMPLES);
      return arrivalViewpoint(target, { aspect, fov: groundFov(aspect) }, free);
    });
    // All on one line: its two ends are the landings farthest apart.
    const first = landings[0]!;
    const far = (p: { x: number; z: number }) => Math.hypot(p.x - first.x, p.z - first.z);
    const b = landings.reduce((m, p) => (far(p) > far(m) ? p : m), first);
    const a = landings.reduce((m, p) => (Math.hypot(p.x - b.x, p.z - b.z) > Math.hypot(m.x - b.x, m.z - b.z) ? p : m), b);
    return { a: [a.x, a.z], b: [b.x, b.z], radius: ARRIVAL_CLEARING };
  });
}

/** Whether a plan point is inside any of the clearings. */
export function inClearing(clearings: readonly Clearing[], x: number, z: number): boolean {
  return clearings.some((c) => distanceToSegment([x, z], c.a, c.b) < c.radius);
}
