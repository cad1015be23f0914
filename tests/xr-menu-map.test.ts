/**
 * The plan on the headset's hand menu (src/canvas/xr/menu/mapView.ts): the site fitted north up
 * without stretching, plan ↔ pixels both ways, and a press on it meaning the stand under it, the
 * place around it, or the nearest within a ray's tremble.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitMap, headingAngle, MAP_AREA, mapPick, menuActionAt, toPixels, toPlanPoint } from '../src/canvas/xr/menu/mapView.ts';
import { MENU_HEIGHT, MENU_WIDTH } from '../src/canvas/xr/menu/menuModel.ts';
import { paintMenu } from '../src/canvas/xr/menu/paintMenu.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';
import { FakeContext } from './xr-menu-fake-ctx.ts';

const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
if (!data) throw new Error('the Agadir edition does not read');
const view = fitMap(data.site.boundary);
const standCentre = (id: string) => {
  const s = data.stands.find((t) => t.id === id)!;
  return toPixels(view, s.position[0], s.position[1]);
};

describe('fitting the site', () => {
  it('puts the whole boundary in the map area, north up, one scale for both axes', () => {
    for (const [x, z] of data.site.boundary) {
      const [px, py] = toPixels(view, x, z);
      expect(px).toBeGreaterThanOrEqual(MAP_AREA.x);
      expect(px).toBeLessThanOrEqual(MAP_AREA.x + MAP_AREA.width);
      expect(py).toBeGreaterThanOrEqual(MAP_AREA.y);
      expect(py).toBeLessThanOrEqual(MAP_AREA.y + MAP_AREA.height);
    }
    // North (−z) is up the canvas, east (+x) to the right.
    expect(toPixels(view, 0, -50)[1]).toBeLessThan(toPixels(view, 0, 50)[1]);
    expect(toPixels(view, 50, 0)[0]).toBeGreaterThan(toPixels(view, -50, 0)[0]);
    // Aspect kept: 10 m is as many pixels across as down.
    const [ax, ay] = toPixels(view, 0, 0);
    const [bx, by] = toPixels(view, 10, 10);
    expect(bx - ax).toBeCloseTo(by - ay, 9);
  });
  it('takes pixels back to the plan point they show', () => {
    const [px, py] = toPixels(view, -37.5, 61.25);
    const [x, z] = toPlanPoint(view, px, py);
    expect(x).toBeCloseTo(-37.5, 9);
    expect(z).toBeCloseTo(61.25, 9);
  });
  it('points the heading up the canvas at yaw 0 and to the left (west) at a quarter turn left', () => {
    expect(headingAngle(0)).toBeCloseTo(-Math.PI / 2, 9);
    expect(Math.cos(headingAngle(Math.PI / 2))).toBeCloseTo(-1, 9);
  });
});

describe('a press on the plan', () => {
  it('on a stand goes to that stand, not the pavilion around it', () => {
    const [px, py] = standCentre('bomb-disposal');
    expect(mapPick(view, data, px, py)).toBe('bomb-disposal');
    expect(mapPick(view, data, px + 5, py - 4)).toBe('bomb-disposal');
  });
  it('in a pavilion’s aisle goes to the pavilion, a place with hotspots', () => {
    const [px, py] = toPixels(view, -45, -55);
    expect(mapPick(view, data, px, py)).toBe('pavilion-a');
  });
  it('just off a footprint picks the nearest within 25 px, and nothing further', () => {
    // 4 m (about 10 px) west of the seminar hall, on open ground.
    const hall = data.site.zones.find((z) => z.id === 'seminar-hall')!;
    const [px, py] = toPixels(view, hall.position[0] - hall.width / 2 - 4, hall.position[1]);
    expect(mapPick(view, data, px, py)).toBe('seminar-hall');
    expect(mapPick(view, data, px, py, 5)).toBeNull();
    // The site's north-west corner is far from everything.
    const [cx, cy] = toPixels(view, -144, -99);
    expect(mapPick(view, data, cx, cy)).toBeNull();
  });
  it('reaches the visit through the painted page: the ray’s uv on a stand gives going to it', () => {
    const hits = paintMenu(new FakeContext().asContext(), {
      state: { page: 'map', listPage: 0 },
      lang: 'fr',
      data,
      tours: [],
      here: { x: 0, z: 80, yaw: 0 },
    });
    const [px, py] = standCentre('passport');
    expect(menuActionAt(hits, px / MENU_WIDTH, 1 - py / MENU_HEIGHT, data)).toEqual({ kind: 'go', targetId: 'passport' });
    // The back button still answers as itself.
    const back = hits[0]!;
    expect(menuActionAt(hits, (back.x + 10) / MENU_WIDTH, 1 - (back.y + 10) / MENU_HEIGHT, data)).toEqual({ kind: 'back' });
  });
});
