/**
 * Where the in-world panel and its video screen go (src/xr/placement.ts): at the chosen distance,
 * within 30° of straight ahead on the head's yaw alone, a little below eye level and facing the eye;
 * the screen after the panel in reading order, mirrored in Arabic; re-centred only past 30°; and the
 * size of body text at that distance.
 */
import { Euler, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { headYaw, makeHeadPose, wrapAngle, type HeadPose } from '../src/xr/pose.ts';
import {
  BODY_TEXT_DEG,
  makePanelLayout,
  needsRecentre,
  PANEL_DISTANCE,
  PANEL_PIXELS_PER_METRE,
  PANEL_WIDTH,
  placePanel,
  SCREEN_WIDTH,
  textSize,
  type Placement,
} from '../src/xr/placement.ts';

const DEG = Math.PI / 180;
/** A visitor somewhere on the site, eyes at 1.6 m, facing 23° left of north. */
const head = (): HeadPose => makeHeadPose(14, 1.6, -31, 23 * DEG);

/** Bearing of a placement from the head, relative to where the head faces, degrees (positive: left). */
function offAhead(h: HeadPose, p: Placement): number {
  const bearing = Math.atan2(-(p.position.x - h.position.x), -(p.position.z - h.position.z));
  return wrapAngle(bearing - h.yaw) / DEG;
}

/** Unit vector the placement's front (+z, rotation order 'YXZ') points along. */
function front(p: Placement): Vector3 {
  return new Vector3(0, 0, 1).applyEuler(new Euler(p.pitch, p.yaw, 0, 'YXZ'));
}

describe('the panel alone', () => {
  const h = head();
  const { panel, screen } = placePanel(h, 'fr', false, makePanelLayout());
  const toPanel = new Vector3(panel.position.x - h.position.x, panel.position.y - h.position.y, panel.position.z - h.position.z);

  it('is straight ahead, at the chosen distance from the eye, and no screen', () => {
    expect(Math.abs(offAhead(h, panel))).toBeLessThan(1e-9);
    expect(toPanel.length()).toBeCloseTo(PANEL_DISTANCE, 9);
    expect(PANEL_DISTANCE).toBeGreaterThanOrEqual(1.2);
    expect(PANEL_DISTANCE).toBeLessThanOrEqual(2);
    expect(screen).toBeNull();
  });

  it('is 10–15° below eye level, and faces the eye', () => {
    const below = Math.asin(-toPanel.y / toPanel.length()) / DEG;
    expect(below).toBeGreaterThanOrEqual(10);
    expect(below).toBeLessThanOrEqual(15);
    expect(front(panel).dot(toPanel.clone().normalize().negate())).toBeCloseTo(1, 9);
  });

  it('ignores the head’s pitch and roll: looking down at a marker, head tilted, it still stands ahead and upright', () => {
    const q = new Quaternion().setFromEuler(new Euler(-50 * DEG, 23 * DEG, 15 * DEG, 'YXZ'));
    const tilted = makeHeadPose(14, 1.6, -31, headYaw(q.x, q.y, q.z, q.w));
    const again = placePanel(tilted, 'fr', false, makePanelLayout()).panel;
    expect(again.position.x).toBeCloseTo(panel.position.x, 9);
    expect(again.position.y).toBeCloseTo(panel.position.y, 9);
    expect(again.position.z).toBeCloseTo(panel.position.z, 9);
    expect(again.yaw).toBeCloseTo(panel.yaw, 9);
  });
});

describe('the panel with its video screen', () => {
  const h = head();
  const layouts = {
    fr: placePanel(h, 'fr', true, makePanelLayout()),
    en: placePanel(h, 'en', true, makePanelLayout()),
    ar: placePanel(h, 'ar', true, makePanelLayout()),
  };

  it('puts both within 30° of straight ahead, at the same distance, facing the eye, side by side without overlap', () => {
    for (const { panel, screen } of Object.values(layouts)) {
      for (const p of [panel, screen!]) {
        expect(Math.abs(offAhead(h, p))).toBeLessThanOrEqual(30);
        const to = new Vector3(p.position.x - h.position.x, p.position.y - h.position.y, p.position.z - h.position.z);
        expect(to.length()).toBeCloseTo(PANEL_DISTANCE, 9);
        expect(front(p).dot(to.normalize().negate())).toBeCloseTo(1, 9);
      }
      // The angles their half widths take, seen from the head, fit between their centres.
      const across = Math.hypot(panel.position.x - h.position.x, panel.position.z - h.position.z);
      const halves = (Math.atan(PANEL_WIDTH / 2 / across) + Math.atan(SCREEN_WIDTH / 2 / across)) / DEG;
      expect(Math.abs(offAhead(h, panel) - offAhead(h, screen!))).toBeGreaterThan(halves);
    }
  });

  it('puts the screen to the right in French and English, to the left in Arabic, mirrored', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(offAhead(h, layouts[lang].screen!)).toBeLessThan(0); // right of ahead
      expect(offAhead(h, layouts[lang].panel)).toBeGreaterThan(0);
    }
    expect(offAhead(h, layouts.ar.screen!)).toBeGreaterThan(0);
    expect(offAhead(h, layouts.ar.panel)).toBeCloseTo(-offAhead(h, layouts.fr.panel), 9);
    expect(offAhead(h, layouts.ar.screen!)).toBeCloseTo(-offAhead(h, layouts.fr.screen!), 9);
  });
});

describe('re-centring', () => {
  it('leaves the panel while the head turns up to 30° from it, brings it back beyond', () => {
    const h = head();
    const layout = placePanel(h, 'fr', true, makePanelLayout());
    for (const deg of [0, 10, -25, 29])
      expect(needsRecentre(makeHeadPose(14, 1.6, -31, h.yaw + deg * DEG), layout), `${deg}°`).toBe(false);
    for (const deg of [31, -35, 90, 180])
      expect(needsRecentre(makeHeadPose(14, 1.6, -31, h.yaw + deg * DEG), layout), `${deg}°`).toBe(true);
    const turned = makeHeadPose(14, 1.6, -31, h.yaw + 90 * DEG);
    placePanel(turned, 'fr', true, layout);
    expect(needsRecentre(turned, layout)).toBe(false);
  });

  it('brings it back when the visitor walks up to it', () => {
    const h = head();
    const layout = placePanel(h, 'fr', false, makePanelLayout());
    const near = makeHeadPose(layout.anchor.x + 0.1, 1.6, layout.anchor.z, h.yaw);
    expect(needsRecentre(near, layout)).toBe(true);
  });
});

describe('text size', () => {
  it('is 34 mm at 1.5 m for 1.3°, 44 px at the panel’s texture resolution', () => {
    const body = textSize(1.5, 1.3, 1280);
    expect(body.metres).toBeCloseTo(0.034, 3);
    expect(body.pixels).toBeCloseTo(43.6, 1);
    expect(textSize()).toEqual(textSize(PANEL_DISTANCE, BODY_TEXT_DEG, PANEL_PIXELS_PER_METRE));
  });

  it('subtends the asked angle, growing with distance', () => {
    for (const [d, deg] of [
      [1.2, 1.3],
      [2, 1.3],
      [1.5, 2.5],
    ] as const) {
      const { metres } = textSize(d, deg, 1000);
      expect((2 * Math.atan(metres / 2 / d)) / DEG).toBeCloseTo(deg, 9);
    }
    expect(textSize(2, 1.3, 1000).metres / textSize(1, 1.3, 1000).metres).toBeCloseTo(2, 9);
  });
});
