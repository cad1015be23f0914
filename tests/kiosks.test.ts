/**
 * The default edition's kiosks stand where a person can use them: on a path, clear of every solid of
 * the collision model the walker meets (public/models/<edition>/collision.glb, built by `npm run models`).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceToSegment } from '../src/edition/geometry.ts';
import type { Obstacle } from '../src/walk/obstacles.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';
import { clearance, loadObstacles } from './browser/collision.ts';

const EDITION = 'jpo-2024-agadir';
/** Room around a kiosk's foot: the screen's own half-depth and a visitor beside it. */
const MIN_CLEARANCE = 0.6;

/** Solid boxes a walker meets, from public/models (this test runs before any build of dist/). */
const publicObstacles = () => loadObstacles(EDITION, PUBLIC_MODELS);

const result = readEdition(path.join(ROOT, 'scenes', EDITION));
const kiosks = result.extras?.kiosks ?? [];
let obstacles: Obstacle[] = [];
beforeAll(async () => {
  obstacles = await publicObstacles();
});

describe('the default edition’s kiosks', () => {
  it('are read with the edition, at least three', () => {
    expect(result.problems).toEqual([]);
    expect(kiosks.length).toBeGreaterThanOrEqual(3);
  });

  it(`each stands at least ${MIN_CLEARANCE} m from every solid of the collision model`, () => {
    expect(obstacles.length).toBeGreaterThan(100);
    for (const k of kiosks) {
      const room = clearance(obstacles, k.position[0], k.position[1]);
      expect(room, `kiosk "${k.id}" at [${k.position.join(', ')}]`).toBeGreaterThanOrEqual(MIN_CLEARANCE);
    }
  });

  it('each stands on a path, where visitors walk past', () => {
    for (const k of kiosks) {
      const on = result.data!.site.paths.some((p) =>
        p.points.slice(1).some((b, i) => distanceToSegment(k.position, p.points[i]!, b) <= p.width / 2),
      );
      expect(on, `kiosk "${k.id}" at [${k.position.join(', ')}]`).toBe(true);
    }
  });
});
