/**
 * The site plan's pure helpers: shapes, arena, label layout, contrast, marker, the view (fit, zoom
 * limits, pinch), tap targets, what a tap does, the stands' grouping, the words.
 * One file over 10 KB: one describe per module of src/dom/plan, sharing the fixtures and the Agadir data.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, INK_DARK, INK_LIGHT } from '../src/dom/plan/contrast.ts';
import { arenaParts } from '../src/dom/plan/planArena.ts';
import { CHAR_EM, fitLabel, LINE_EM, placeZoneLabel, standNumberSize } from '../src/dom/plan/planLabels.ts';
import {
  bboxOf,
  coneD,
  frontEdge,
  markerTransform,
  pointsAttr,
  polylineD,
  rectPoints,
  segmentsD,
  viewBoxAttr,
  viewBoxOf,
  wallSegments,
  type Box,
} from '../src/dom/plan/planShapes.ts';
import { fieldColor, MARKER_COLOR, ZONE_STYLES } from '../src/dom/plan/planStyle.ts';
import { groupStandsBySite, groupStandsByZone, OTHER_PLACE } from '../src/dom/plan/standGroups.ts';
import {
  clampView,
  fitScale,
  fitView,
  focusView,
  lerpView,
  LEGIBLE_SCALE,
  MAX_SCALE,
  planPoint,
  stagePoint,
  viewBoxOfView,
  zoomAt,
  zoomRoom,
  type View,
} from '../src/dom/plan/zoom.ts';
import { dragView, isTap, TAP_SLOP, wheelView } from '../src/dom/plan/gesture.ts';
import { clusterAt, clusterScales, MAX_GROW, standCells, TAP_PX, tapScale } from '../src/dom/plan/tapTargets.ts';
import { describePick, samePick, zoneAt } from '../src/dom/plan/planPick.ts';
import { tapOutcome } from '../src/dom/plan/planTap.ts';
import { AMENITY_COLORS } from '../src/dom/plan/planStyle.ts';
import { symbolScale } from '../src/dom/plan/useFixedSize.ts';
import { arenaField } from '../src/edition/arena.ts';
import { hexToLinear, srgbToLinear } from '../src/edition/color.ts';
import { PALETTE } from '../src/edition/palette.ts';
import { formatNumber, PLAN_STRINGS } from '../src/dom/plan/strings.ts';
import { corners, rectOverlap, type Rect } from '../src/edition/geometry.ts';
import { THEME_COLORS } from '../src/edition/themes.ts';
import { AMENITY_KINDS, LANGS, THEMES, ZONE_KINDS, type EditionData, type Stand, type Zone } from '../src/edition/schema.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

const rect = (x: number, z: number, rotation: number, width: number, depth: number): Rect => ({
  position: [x, z],
  rotation,
  width,
  depth,
});

const zone = (over: Partial<Zone> = {}): Zone => ({
  id: 'z',
  kind: 'pavilion',
  covered: true,
  position: [0, 0],
  rotation: 0,
  width: 60,
  depth: 50,
  name: { fr: 'Pavillon A — Science et technologie', ar: 'الرواق أ — العلم والتكنولوجيا', en: 'Pavilion A — Science' },
  description: { fr: 'd', ar: 'd', en: 'd' },
  ...over,
});

describe('viewBox', () => {
  it('frames the boundary with a margin', () => {
    const b = viewBoxOf(
      [
        [-145, -100],
        [145, -100],
        [145, 100],
        [-145, 100],
      ],
      3,
    );
    expect(b).toEqual({ x: -148, y: -103, width: 296, height: 206 });
    expect(viewBoxAttr(b)).toBe('-148 -103 296 206');
  });
  it('takes any polygon', () => {
    expect(
      bboxOf([
        [0, 0],
        [10, -5],
        [4, 8],
      ]),
    ).toEqual({ x: 0, y: -5, width: 10, height: 13 });
  });
});

describe('shapes', () => {
  it('draws an unrotated footprint as its four corners', () => {
    expect(rectPoints(rect(10, 20, 0, 8, 4))).toBe('6,18 14,18 14,22 6,22');
  });
  it('turns a footprint counter-clockwise seen from above (north up on the plan)', () => {
    // A 90° turn swaps width and depth; its front (local +z) now faces +x (east): on screen, to the right.
    const r = rect(0, 0, 90, 8, 4);
    expect(rectPoints(r)).toBe('-2,4 -2,-4 2,-4 2,4');
    const [a, b] = frontEdge(r);
    expect(a[0]).toBeCloseTo(2);
    expect(b[0]).toBeCloseTo(2);
  });
  it('rounds to centimetres and never writes -0', () => {
    expect(pointsAttr([[-0.0001, 1.23456]])).toBe('0,1.23');
    expect(
      polylineD([
        [0, 100],
        [0, -92.004],
      ]),
    ).toBe('M0 100 L0 -92');
    expect(
      segmentsD([
        [
          [0, 0],
          [1, 1],
        ],
      ]),
    ).toBe('M0 0 L1 1');
  });
  it('cuts doorways out of walls', () => {
    const segs = wallSegments({ ...rect(0, 0, 0, 60, 50), openings: [{ side: 'front', offset: 0, width: 10 }] });
    // back, right, left whole; front in two pieces around the 10 m doorway.
    expect(segs).toHaveLength(5);
    const front = segs.filter(([a, b]) => a[1] === 25 && b[1] === 25);
    expect(front.map(([a, b]) => [a[0], b[0]])).toEqual([
      [-30, -5],
      [5, 30],
    ]);
  });
  it('puts an opening offset along local +z on the side walls, clipped to the wall', () => {
    const segs = wallSegments({ ...rect(0, 0, 0, 20, 10), openings: [{ side: 'left', offset: 4, width: 6 }] });
    const left = segs.filter(([a, b]) => a[0] === -10 && b[0] === -10);
    expect(left.map(([a, b]) => [a[1], b[1]])).toEqual([[-5, 1]]);
  });
  it('lays out an arena: field inside, bleachers on their sides', () => {
    const z = zone({ kind: 'demonstration', covered: false, width: 50, depth: 50, bleachers: ['left', 'front'] });
    const { field, bleachers } = arenaParts(z);
    expect(bleachers).toHaveLength(2);
    expect(field.width).toBeLessThan(50 - 2 * 2.5);
    for (const b of bleachers) expect(rectOverlap(b, field)).toBe(0);
  });
  it('draws the field the models build', () => {
    const z = zone({ kind: 'demonstration', covered: false, width: 50, depth: 40, bleachers: ['back'] });
    const f = arenaField(z);
    const { field } = arenaParts(z);
    expect(field.width).toBeCloseTo(f.x1 - f.x0);
    expect(field.depth).toBeCloseTo(f.z1 - f.z0);
    expect(field.position[1]).toBeCloseTo((f.z0 + f.z1) / 2);
  });
});

describe('marker', () => {
  it('turns with the eye: yaw 0 looks north (up), positive yaw turns left', () => {
    expect(markerTransform(3, -4, 0)).toBe('translate(3 -4) rotate(0)');
    expect(markerTransform(0, 0, Math.PI / 2)).toBe('translate(0 0) rotate(-90)');
    expect(markerTransform(1.234, 5.678, -Math.PI / 4)).toBe('translate(1.23 5.68) rotate(45)');
  });
  it('draws a cone pointing to −z', () => {
    expect(coneD(10, Math.PI / 6)).toBe('M0 0 L-5 -8.66 A10 10 0 0 1 5 -8.66 Z');
  });
});

describe('labels', () => {
  it('fits a stand number inside its footprint, upright', () => {
    const flat = standNumberSize(rect(0, 0, 0, 7.5, 5), 2);
    const turned = standNumberSize(rect(0, 0, 90, 7.5, 5), 2);
    for (const [size, w, h] of [
      [flat, 7.5, 5],
      [turned, 5, 7.5],
    ] as const) {
      expect(size * 2 * CHAR_EM).toBeLessThan(w);
      expect(size).toBeLessThan(h);
      // Legible in the full-screen plan: at least 11 px at the default scale.
      expect(size * LEGIBLE_SCALE).toBeGreaterThanOrEqual(10.5);
    }
  });
  it('breaks on a spaced dash and wraps words to fit', () => {
    const fit = fitLabel('Pavillon A — Science et technologie', 60, 14, 4.5);
    expect(fit.lines[0]).toBe('Pavillon A');
    expect(fit.lines.join(' ')).toBe('Pavillon A Science et technologie');
    expect(fit.size).toBeGreaterThan(3.5);
    const longest = Math.max(...fit.lines.map((l) => l.length));
    expect(longest * CHAR_EM * fit.size).toBeLessThanOrEqual(60 + 1e-9);
    expect(fit.lines.length * LINE_EM * fit.size).toBeLessThanOrEqual(14 + 1e-9);
  });
  it('keeps a label on one line when it fits, and caps the size', () => {
    const fit = fitLabel('Blood-donation space', 200, 200, 4);
    expect(fit).toEqual({ lines: ['Blood-donation space'], size: 4 });
    expect(fitLabel('', 10, 10).lines).toEqual([]);
    // Narrow: a hyphenated word may break after its hyphen.
    expect(fitLabel('Blood-donation space', 22, 18, 4.5).lines).toEqual(['Blood-', 'donation', 'space']);
  });
  it('places a zone name clear of its stands', () => {
    const z = zone();
    const stands = [rect(-10, 0, 0, 9, 7), rect(10, 0, 0, 9, 7), rect(0, -20, 0, 60, 5), rect(0, 20, 0, 60, 5)];
    const label = placeZoneLabel(z, stands, z.name.fr);
    const longest = Math.max(...label.lines.map((l) => l.length));
    const box = rect(label.x, label.z, 0, longest * CHAR_EM * label.size, label.lines.length * LINE_EM * label.size);
    for (const s of stands) expect(rectOverlap(box, s)).toBe(0);
    expect(label.size).toBeGreaterThan(2.5);
  });
  it('centres a zone name in an empty zone', () => {
    const label = placeZoneLabel(zone({ position: [40, 10], width: 30, depth: 25 }), [], 'Seminar hall');
    expect(label.x).toBeCloseTo(40, 0);
    expect(label.z).toBeCloseTo(10, 0);
    expect(label.size).toBe(4.5);
  });
});

describe('colours', () => {
  it('writes on every theme colour with enough contrast', () => {
    for (const theme of THEMES) {
      const color = THEME_COLORS[theme];
      expect(contrastRatio(color, inkOn(color)), theme).toBeGreaterThanOrEqual(4.5);
    }
    expect(inkOn('#1d3f73')).toBe(INK_LIGHT);
    expect(inkOn('#d9a400')).toBe(INK_DARK);
  });
  it('converts sRGB to linear with the standard curve', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1);
    expect(srgbToLinear(0.04045)).toBeCloseTo(0.04045 / 12.92);
    expect(hexToLinear('#ffffff')).toEqual([1, 1, 1]);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });
  it('paints what the models paint, from the one palette', () => {
    expect(ZONE_STYLES.pavilion.edge).toBe(PALETTE.policeBlue);
    expect(MARKER_COLOR).toBe(PALETTE.moroccoRed);
    expect(fieldColor('mounted-police')).toBe(PALETTE.arenaSand);
    expect(fieldColor(undefined)).toBe(PALETTE.arenaSand);
    expect(fieldColor('dog-brigade')).toBe(PALETTE.grass);
    expect(fieldColor('special-forces')).toBe(PALETTE.asphalt);
  });
});

describe('view', () => {
  const box = { x: -148, y: -103, width: 296, height: 206 };
  const phone = { width: 390, height: 770 };
  const desktop = { width: 1280, height: 660 };
  /** The site's extent on the stage, pixels. */
  const drawn = (v: View) => {
    const [x0, y0] = stagePoint(v, box.x, box.y);
    const [x1, y1] = stagePoint(v, box.x + box.width, box.y + box.height);
    return { x0, y0, x1, y1 };
  };
  it('fits the whole site on every screen from 320 to 1920 px, upright and sideways', () => {
    for (const width of [320, 360, 390, 430, 768, 820, 1024, 1280, 1440, 1920]) {
      for (const height of [480, 568, 700, 844, 1180, 1080]) {
        for (const stage of [
          { width, height },
          { width: height, height: width },
        ]) {
          const d = drawn(fitView(stage, box));
          expect(d.x0).toBeGreaterThanOrEqual(-1e-6);
          expect(d.y0).toBeGreaterThanOrEqual(-1e-6);
          expect(d.x1).toBeLessThanOrEqual(stage.width + 1e-6);
          expect(d.y1).toBeLessThanOrEqual(stage.height + 1e-6);
          // One side fills the stage; on the other the site is centred, or against the top (upright).
          expect(Math.max((d.x1 - d.x0) / stage.width, (d.y1 - d.y0) / stage.height)).toBeCloseTo(1);
          expect(d.x0).toBeCloseTo(stage.width - d.x1);
          expect(d.y0).toBeCloseTo(0);
        }
      }
    }
  });
  it('fills a phone’s width held upright, north up: 390 px for 296 m', () => {
    expect(fitScale(phone, box)).toBeCloseTo(390 / 296);
    const d = drawn(fitView(phone, box));
    expect(d.x1 - d.x0).toBeCloseTo(390);
  });
  it('zooms between the whole site and MAX_SCALE, never letting the site leave the stage', () => {
    const whole = fitView(desktop, box);
    expect(zoomRoom(whole, desktop, box)).toEqual({ canZoomIn: true, canZoomOut: false });
    expect(zoomAt(whole, 0.5, 100, 100, desktop, box)).toEqual(whole);
    const close = zoomAt(whole, 100, 640, 330, desktop, box);
    expect(close.scale).toBe(MAX_SCALE);
    expect(zoomRoom(close, desktop, box)).toEqual({ canZoomIn: false, canZoomOut: true });
    // Dragged far past an edge, the edge stops at the stage's.
    const past = clampView({ ...close, x: -1000, y: 1000 }, desktop, box);
    expect(past.x).toBe(box.x);
    expect(past.y).toBeCloseTo(box.y + box.height - desktop.height / MAX_SCALE);
    // Lower than the stage: against its top, whatever the drag; narrower: centred.
    const upright = clampView({ scale: 2.5, x: 40, y: 40 }, phone, box);
    expect(drawn(upright).y0).toBeCloseTo(0);
    const sideways = clampView({ scale: 1.6, x: 40, y: 40 }, { width: 844, height: 330 }, box);
    expect(drawn(sideways).x0).toBeCloseTo(844 - drawn(sideways).x1);
  });
  it('keeps the plan point under the cursor where it is', () => {
    const v = zoomAt(fitView(desktop, box), 1.5, 900, 200, desktop, box);
    const [x, z] = planPoint(v, 900, 200);
    const w = zoomAt(v, 2, 900, 200, desktop, box);
    const [x2, z2] = planPoint(w, 900, 200);
    expect(w.scale).toBeCloseTo(v.scale * 2);
    expect(x2).toBeCloseTo(x);
    expect(z2).toBeCloseTo(z);
  });
  it('frames a place whole when it fits at the scale asked for, else centres on the tapped point', () => {
    const pavilion = { x: -75, y: -80, width: 60, height: 50 };
    const v = focusView(pavilion, phone, box, 5.5);
    expect(v.scale).toBeCloseTo(390 / 66);
    const [x0, y0] = stagePoint(v, pavilion.x, pavilion.y);
    const [x1, y1] = stagePoint(v, pavilion.x + pavilion.width, pavilion.y + pavilion.height);
    expect(x0).toBeCloseTo(3 * v.scale);
    expect(x1).toBeCloseTo(phone.width - 3 * v.scale);
    // Near the site's north edge: as near the middle as the site's edge allows.
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(y1).toBeLessThanOrEqual(phone.height);
    const small = { width: 320, height: 480 };
    const w = focusView(pavilion, small, box, 5.5, [-60, -50]);
    expect(w.scale).toBe(5.5);
    expect(planPoint(w, 160, 240)[0]).toBeCloseTo(-60);
    expect(planPoint(w, 160, 240)[1]).toBeCloseTo(-50);
  });
  it('writes the viewBox of the view and eases zooms evenly', () => {
    expect(viewBoxOfView({ scale: 2, x: -10, y: 5 }, { width: 100, height: 50 })).toBe('-10 5 50 25');
    const a = fitView(desktop, box);
    const b = zoomAt(a, 4, 640, 330, desktop, box);
    expect(lerpView(a, b, 0, desktop)).toEqual(a);
    expect(lerpView(a, b, 0.5, desktop).scale).toBeCloseTo(a.scale * 2);
    const end = lerpView(a, b, 1, desktop);
    expect(end.scale).toBeCloseTo(b.scale);
    expect(end.x).toBeCloseTo(b.x);
  });
});

describe('gestures', () => {
  const box = { x: -148, y: -103, width: 296, height: 206 };
  const stage = { width: 390, height: 770 };
  const start: View = { scale: 6, x: -40, y: -60 };
  it('pinches about the fingers: their middle keeps its plan point, their spread scales', () => {
    const from = [
      { x: 150, y: 300 },
      { x: 210, y: 300 },
    ];
    const to = [
      { x: 120, y: 300 },
      { x: 240, y: 300 },
    ];
    const v = dragView(start, from, to, stage, box);
    expect(v.scale).toBeCloseTo(12);
    const [x, z] = planPoint(start, 180, 300);
    const [x2, z2] = planPoint(v, 180, 300);
    expect(x2).toBeCloseTo(x);
    expect(z2).toBeCloseTo(z);
  });
  it('follows the fingers’ middle as they pinch and move at once', () => {
    const from = [
      { x: 100, y: 200 },
      { x: 200, y: 200 },
    ];
    const to = [
      { x: 130, y: 260 },
      { x: 330, y: 260 },
    ];
    const v = dragView(start, from, to, stage, box);
    const [x, z] = planPoint(start, 150, 200);
    const [x2, z2] = planPoint(v, 230, 260);
    expect(v.scale).toBeCloseTo(12);
    expect(x2).toBeCloseTo(x);
    expect(z2).toBeCloseTo(z);
  });
  it('pans with one finger, within the limits', () => {
    const v = dragView(start, [{ x: 200, y: 200 }], [{ x: 160, y: 180 }], stage, box);
    expect(v.scale).toBe(6);
    expect(v.x).toBeCloseTo(start.x + 40 / 6);
    expect(v.y).toBeCloseTo(start.y + 20 / 6);
    const far = dragView(start, [{ x: 200, y: 200 }], [{ x: 5000, y: 200 }], stage, box);
    expect(far.x).toBe(box.x);
  });
  it('never pinches past the whole site or the closest zoom', () => {
    const wide = dragView(
      start,
      [
        { x: 0, y: 0 },
        { x: 300, y: 0 },
      ],
      [
        { x: 140, y: 0 },
        { x: 160, y: 0 },
      ],
      stage,
      box,
    );
    expect(wide.scale).toBeCloseTo(fitScale(stage, box));
    const close = dragView(
      start,
      [
        { x: 140, y: 0 },
        { x: 160, y: 0 },
      ],
      [
        { x: 0, y: 0 },
        { x: 300, y: 0 },
      ],
      stage,
      box,
    );
    expect(close.scale).toBe(MAX_SCALE);
  });
  it('zooms in as the wheel turns away, at the cursor', () => {
    const v = wheelView(start, -360, 100, 100, stage, box);
    expect(v.scale).toBeCloseTo(12);
    expect(planPoint(v, 100, 100)[0]).toBeCloseTo(planPoint(start, 100, 100)[0]);
    expect(wheelView(start, 360, 100, 100, stage, box).scale).toBeCloseTo(3);
  });
  it('tells a tap from a drag', () => {
    expect(isTap({ x: 0, y: 0 }, { x: TAP_SLOP * 0.7, y: TAP_SLOP * 0.7 })).toBe(true);
    expect(isTap({ x: 0, y: 0 }, { x: TAP_SLOP + 1, y: 0 })).toBe(false);
  });
});

describe('tap targets', () => {
  it('grows a footprint toward its neighbours, halfway at most, MAX_GROW at most', () => {
    const row = [rect(0, 0, 0, 7.5, 5), rect(8, 0, 0, 7.5, 5)];
    const [a, b] = standCells(row);
    // 0.5 m between them: a quarter each; nothing else around: MAX_GROW.
    expect(a).toEqual({ x: -3.75 - MAX_GROW, y: -2.5 - MAX_GROW, width: 7.5 + MAX_GROW + 0.25, height: 5 + 2 * MAX_GROW });
    expect(b!.x).toBeCloseTo(4);
    expect(a!.x + a!.width).toBeCloseTo(b!.x);
    // A quarter turn swaps its extent.
    const [turned] = standCells([rect(0, 0, 90, 7.5, 5)]);
    expect(turned!.width).toBeCloseTo(5 + 2 * MAX_GROW);
    expect(turned!.height).toBeCloseTo(7.5 + 2 * MAX_GROW);
  });
  it('keeps diagonal neighbours’ targets apart', () => {
    const cells = standCells([rect(0, 0, 0, 4, 4), rect(5, 5, 0, 4, 4)]);
    const [a, b] = cells as [Box, Box];
    expect(
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) <= 1e-9 ||
        Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) <= 1e-9,
    ).toBe(true);
  });
  it('finds the scale at which the smallest target is TAP_PX', () => {
    expect(
      tapScale([
        { x: 0, y: 0, width: 8, height: 11 },
        { x: 20, y: 0, width: 10, height: 9 },
      ]),
    ).toBeCloseTo(TAP_PX / 8);
    expect(tapScale([])).toBe(0);
  });
  it('zooms a touch on a crowded place in, names at a touch once its stands are large enough, goes at the second', () => {
    const pavilion = zone({ id: 'p', position: [0, 0], width: 40, depth: 30 });
    const open = zone({ id: 'o', kind: 'demonstration', covered: false, position: [60, 0], width: 40, depth: 30 });
    const stand = { ...rect(-10, -10, 0, 7.5, 5), id: 's1', zone: 'p', number: 1 } as Stand;
    const data = {
      site: {
        boundary: [
          [-30, -20],
          [90, -20],
          [90, 20],
          [-30, 20],
        ],
        zones: [pavilion, open],
        amenities: [],
      },
      stands: [stand],
    } as unknown as EditionData;
    const clusters = clusterScales(data.stands);
    const box = { x: -33, y: -23, width: 126, height: 46 };
    const stage = { width: 390, height: 700 };
    const whole = fitView(stage, box);
    const at = (v: View, x: number, z: number) => stagePoint(v, x, z);
    const [sx, sy] = at(whole, -10, -10);
    const zoom = tapOutcome(data, clusters, whole, stage, box, { x: sx, y: sy, stand: 's1', mouse: false }, null);
    expect('zoom' in zoom && zoom.zoom.scale).toBeGreaterThanOrEqual(clusters.get('p')!);
    // A mouse goes at once, as it always did.
    expect(tapOutcome(data, clusters, whole, stage, box, { x: sx, y: sy, stand: 's1', mouse: true }, null)).toEqual({
      go: { kind: 'stand', id: 's1' },
    });
    const close = (zoom as { zoom: View }).zoom;
    const [cx, cy] = at(close, -10, -10);
    const named = tapOutcome(data, clusters, close, stage, box, { x: cx, y: cy, stand: 's1', mouse: false }, null);
    expect(named).toEqual({ choose: { kind: 'stand', id: 's1' } });
    expect(
      tapOutcome(data, clusters, close, stage, box, { x: cx, y: cy, stand: 's1', mouse: false }, { kind: 'stand', id: 's1' }),
    ).toEqual({
      go: { kind: 'stand', id: 's1' },
    });
    // A place without stands is named where touched; outside the site, nothing.
    const [ox, oy] = at(whole, 60, 0);
    expect(tapOutcome(data, clusters, whole, stage, box, { x: ox, y: oy, mouse: false }, null)).toMatchObject({
      choose: { kind: 'point' },
    });
    const [fx, fy] = at(whole, -32, 0);
    expect(tapOutcome(data, clusters, whole, stage, box, { x: fx, y: fy, mouse: false }, null)).toEqual({ choose: null });
    // An amenity is named even on a crowded place.
    expect(tapOutcome(data, clusters, whole, stage, box, { x: sx, y: sy, amenity: 'wc', mouse: false }, null)).toEqual({
      choose: { kind: 'amenity', id: 'wc' },
    });
    expect(clusterAt(data.site.zones, new Set(clusters.keys()), 60, 0)).toBeUndefined();
  });
});

describe('what a label says', () => {
  const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
  const withAmenities = {
    ...data!,
    site: {
      ...data!.site,
      amenities: [
        { id: 'wc', kind: 'toilets', position: [-45, -20] },
        { id: 'tap', kind: 'water', position: [0, 0], name: { fr: 'Fontaine', ar: 'نافورة', en: 'Fountain' } },
      ],
    },
  } as EditionData;
  it('names a stand, its place, and goes to its viewpoint', () => {
    const info = describePick(withAmenities, { kind: 'stand', id: 'passport' }, 'fr')!;
    expect(info.title).toBe('Passeport');
    expect(info.detail).toBe(data!.site.zones.find((z) => z.id === 'pavilion-b')!.name.fr);
    expect(info.travel).toEqual({ id: 'passport' });
    expect(info.liftMetres).toBeCloseTo(2.5);
  });
  it('names an amenity by its kind, then what tells it apart, and goes to its point', () => {
    const tapInfo = describePick(withAmenities, { kind: 'amenity', id: 'tap' }, 'en')!;
    expect([tapInfo.title, tapInfo.detail]).toEqual(['Drinking water', 'Fountain']);
    expect(tapInfo.travel).toEqual({ x: 0, z: 0 });
    expect(describePick(withAmenities, { kind: 'amenity', id: 'wc' }, 'ar')!.title).toBe('دورات المياه');
    expect(describePick(withAmenities, { kind: 'amenity', id: 'gone' }, 'fr')).toBeNull();
  });
  it('names a spot by the place it lies in, or as a spot, and goes to that spot', () => {
    const bare = data!.site.zones.map((z) => ({ ...z, hotspots: undefined }));
    const plain = { ...data!, site: { ...data!.site, zones: bare } } as EditionData;
    const arena = describePick(plain, { kind: 'point', x: -112, z: -30 }, 'fr')!;
    expect(arena.title).toBe(zoneAt(data!.site.zones, -112, -30)!.name.fr);
    expect(arena.travel).toEqual({ x: -112, z: -30 });
    expect(describePick(plain, { kind: 'point', x: 0, z: 0 }, 'fr')!.title).toBe('Cet endroit');
  });
  it('travels to a place with hotspots by its own viewpoint', () => {
    const zones = data!.site.zones.map((z) =>
      z.id === 'seminar-hall'
        ? { ...z, hotspots: [{ id: 'h', type: 'text', position: [0, 1.5, 0], title: { fr: 't', ar: 't', en: 't' } }] }
        : { ...z, hotspots: undefined },
    );
    const withPlace = { ...data!, site: { ...data!.site, zones } } as EditionData;
    expect(describePick(withPlace, { kind: 'point', x: 35, z: 25 }, 'fr')!.travel).toEqual({ id: 'seminar-hall' });
    expect(describePick(withPlace, { kind: 'point', x: -112, z: -30 }, 'fr')!.travel).toEqual({ x: -112, z: -30 });
  });
  it('counts a second tap on the same stand or amenity, never on a spot', () => {
    expect(samePick({ kind: 'stand', id: 'a' }, { kind: 'stand', id: 'a' })).toBe(true);
    expect(samePick({ kind: 'stand', id: 'a' }, { kind: 'amenity', id: 'a' })).toBe(false);
    expect(samePick({ kind: 'point', x: 1, z: 1 }, { kind: 'point', x: 1, z: 1 })).toBe(false);
    expect(samePick(null, { kind: 'stand', id: 'a' })).toBe(false);
  });
});

describe('stand groups', () => {
  const stand = (id: string, number: number, zoneId: string) => ({ id, number, zone: zoneId }) as Stand;
  const zones = [zone({ id: 'b' }), zone({ id: 'a' }), zone({ id: 'empty' })];
  const stands = [stand('s3', 3, 'a'), stand('s9', 9, 'gone'), stand('s1', 1, 'b'), stand('s2', 2, 'a'), stand('s5', 5, 'lost')];
  it('orders the stand list by first number, only places with stands', () => {
    expect(groupStandsByZone(stands, zones).map((g) => [g.zoneId, g.stands.map((s) => s.number)])).toEqual([
      ['b', [1]],
      ['a', [2, 3]],
      ['lost', [5]],
      ['gone', [9]],
    ]);
  });
  it('orders the twin by the site, stands of unknown places last together', () => {
    const groups = groupStandsBySite(stands, zones);
    expect(groups.map((g) => [g.zoneId, g.stands.map((s) => s.number)])).toEqual([
      ['b', [1]],
      ['a', [2, 3]],
      ['empty', []],
      [OTHER_PLACE, [5, 9]],
    ]);
    expect(groups.at(-1)!.zone).toBeUndefined();
  });
});

describe('the Agadir 2024 data on the plan', () => {
  const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
  it('lists every stand once, grouped by zone, by number', () => {
    const groups = groupStandsByZone(data!.stands, data!.site.zones);
    const numbers = groups.flatMap((g) => g.stands.map((s) => s.number));
    expect(numbers).toHaveLength(37);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(groups.every((g) => g.zone && g.stands.every((s) => s.zone === g.zoneId))).toBe(true);
    expect(groups[0]!.zoneId).toBe('pavilion-a');
  });
  it('lists every place in the site’s order for the twin, empty ones too', () => {
    const places = groupStandsBySite(data!.stands, data!.site.zones);
    expect(places.map((p) => p.zoneId)).toEqual(data!.site.zones.map((z) => z.id));
    expect(places.flatMap((p) => p.stands)).toHaveLength(37);
    for (const p of places) expect(p.stands.map((s) => s.number)).toEqual(p.stands.map((s) => s.number).sort((a, b) => a - b));
  });
  it('keeps every stand number legible in the full-screen plan', () => {
    for (const s of data!.stands) {
      expect(standNumberSize(s, String(s.number).length) * LEGIBLE_SCALE, s.id).toBeGreaterThanOrEqual(10.5);
    }
  });
  it('makes every stand a target of 44 px at least once its place is zoomed in on, on any phone', () => {
    const cells = standCells(data!.stands);
    const clusters = clusterScales(data!.stands);
    const box = viewBoxOf(data!.site.boundary);
    for (const stage of [
      { width: 320, height: 480 },
      { width: 390, height: 770 },
      { width: 820, height: 1110 },
      { width: 844, height: 330 },
    ]) {
      for (const z of data!.site.zones.filter((zz) => clusters.has(zz.id))) {
        const b = bboxOf(corners(z));
        const v = focusView(b, stage, box, clusters.get(z.id)!);
        data!.stands.forEach((s, i) => {
          if (s.zone !== z.id) return;
          expect(Math.min(cells[i]!.width, cells[i]!.height) * v.scale, `${s.id} on ${stage.width}`).toBeGreaterThanOrEqual(
            TAP_PX - 1e-6,
          );
        });
      }
    }
    // No target overlaps another, and each holds its footprint.
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i]!;
        const b = cells[j]!;
        const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        expect(ox > 1e-9 && oy > 1e-9, `${data!.stands[i]!.id} and ${data!.stands[j]!.id}`).toBe(false);
      }
      const f = bboxOf(corners(data!.stands[i]!));
      expect(cells[i]!.x).toBeLessThanOrEqual(f.x + 1e-9);
      expect(cells[i]!.x + cells[i]!.width).toBeGreaterThanOrEqual(f.x + f.width - 1e-9);
    }
  });
  it('places every zone name clear of the stands, in every language', () => {
    for (const lang of LANGS) {
      for (const z of data!.site.zones) {
        const stands = data!.stands.filter((s) => s.zone === z.id);
        const label = placeZoneLabel(z, stands, z.name[lang]);
        expect(label.size * LEGIBLE_SCALE, `${z.id} ${lang}`).toBeGreaterThanOrEqual(9);
        const longest = Math.max(...label.lines.map((l) => l.length));
        const box = rect(label.x, label.z, 0, longest * CHAR_EM * label.size, label.lines.length * LINE_EM * label.size);
        for (const s of stands) expect(rectOverlap(box, s), `${z.id} ${lang} ${s.id}`).toBe(0);
      }
    }
  });
});

describe('strings', () => {
  it('names every zone kind and theme in every language', () => {
    for (const lang of LANGS) {
      for (const k of ZONE_KINDS) expect(PLAN_STRINGS[lang].zoneKinds[k].length).toBeGreaterThan(0);
      for (const th of THEMES) expect(PLAN_STRINGS[lang].themes[th].length).toBeGreaterThan(0);
    }
  });
  it('names every amenity kind in every language, with what tells it apart', () => {
    for (const lang of LANGS) for (const k of AMENITY_KINDS) expect(PLAN_STRINGS[lang].amenityKinds[k].length).toBeGreaterThan(0);
    expect(PLAN_STRINGS.fr.amenityLabel('toilets')).toBe('Toilettes');
    expect(PLAN_STRINGS.fr.amenityLabel('toilets', 'près du pavillon A')).toBe('Toilettes, près du pavillon A');
    expect(PLAN_STRINGS.ar.amenityLabel('water', 'نافورة')).toBe('ماء الشرب، نافورة');
  });
  it('draws amenity symbols smaller on the whole site, full size once zoomed in', () => {
    expect(symbolScale(390 / 296) * 24).toBeGreaterThanOrEqual(16);
    expect(symbolScale(390 / 296)).toBeLessThan(0.75);
    expect(symbolScale(5)).toBe(1);
    expect(symbolScale(MAX_SCALE)).toBe(1);
  });
  it('draws every amenity symbol white on a badge it reads on', () => {
    for (const k of AMENITY_KINDS) expect(contrastRatio(AMENITY_COLORS[k], '#ffffff'), k).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(AMENITY_COLORS)).size).toBe(AMENITY_KINDS.length);
  });
  it('counts stands in each language’s grammar', () => {
    expect(PLAN_STRINGS.fr.standsCount(1)).toBe('1 stand');
    expect(PLAN_STRINGS.fr.standsCount(37)).toBe('37 stands');
    expect(PLAN_STRINGS.en.standsCount(1)).toBe('1 stand');
    expect(PLAN_STRINGS.ar.standsCount(2)).toBe('رواقان');
    expect(PLAN_STRINGS.ar.standsCount(5)).toBe(`${formatNumber(5, 'ar')} أروقة`);
    expect(PLAN_STRINGS.ar.standsCount(37)).toBe(`${formatNumber(37, 'ar')} رواقاً`);
    expect(PLAN_STRINGS.en.standLabel(12, 'Radio')).toBe('Stand 12: Radio');
  });
});
