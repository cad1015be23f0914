/**
 * The site's ground (in site coordinates): sandy compacted ground inside the boundary with gentle
 * tone variations, paved paths with kerbs, grass beds at the entrance and under palms, and the
 * perimeter fence with its gap at the entrance. Plus the entrance gate itself (zone-local).
 *
 * This file lays the pieces in order (the order is the vertex order of the output); each piece lives under ground/.
 */
import type { Site } from '../../../src/edition/schema.ts';
import { C } from './colors.ts';
import { appendAll as append, disc, emptyGeo } from './geo.ts';
import type { Built, CollisionBox } from './types.ts';
import { perimeterFence } from './ground/fence.ts';
import { BED_X0, BED_X1 } from './ground/gate.ts';
import { PAVING, PAVING_Y, pavePaths } from './ground/paths.ts';
import { toPlan, zonePoly, type P2 } from './ground/plan.ts';
import { flatQuad, grassBed } from './ground/shapes.ts';
import { groundHoles, groundSurface } from './ground/surface.ts';

export { entranceGate, GATE_SPAN } from './ground/gate.ts';

/** The whole site's ground in site coordinates. */
export function ground(site: Site): Built {
  const matte = emptyGeo();
  const col: CollisionBox[] = [];
  append(matte, groundSurface(site.boundary, groundHoles(site), 9));

  // Entrance plaza (paved) and its two grass beds.
  const entrance = site.zones.find((z) => z.kind === 'entrance');
  const blockers: P2[][] = [];
  if (entrance) {
    const hw = Math.min(entrance.width / 2, BED_X0 - 0.5);
    const hd = entrance.depth / 2;
    const plaza: P2[] = [
      toPlan(entrance, -hw, -hd),
      toPlan(entrance, hw, -hd),
      toPlan(entrance, hw, hd),
      toPlan(entrance, -hw, hd),
    ];
    append(matte, flatQuad(plaza[0]!, plaza[1]!, plaza[2]!, plaza[3]!, PAVING_Y, PAVING));
    blockers.push(plaza);
    if (entrance.width / 2 >= BED_X1) {
      for (const s of [-1, 1]) {
        const xa = s * BED_X0,
          xb = s * BED_X1;
        grassBed(entrance, Math.min(xa, xb), Math.max(xa, xb), -hd + 2, hd - 1.2, matte);
      }
    }
  }
  for (const z of site.zones) if (z.covered) blockers.push(zonePoly(z, 0.2));

  pavePaths(site, blockers, matte);

  // A round grass bed at the foot of every palm.
  for (const [x, z] of site.landscape.palms) append(matte, disc(1.3, 8, [x, 0.06, z], C.grass));

  perimeterFence(site, matte, col);
  return { parts: { matte }, collision: col };
}
