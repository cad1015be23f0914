/**
 * The site plan's pure helpers: shapes, arena, label layout, contrast, marker, zoom, the stands' grouping.
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
} from '../src/dom/plan/planShapes.ts';
import { fieldColor, MARKER_COLOR, ZONE_STYLES } from '../src/dom/plan/planStyle.ts';
import { groupStandsBySite, groupStandsByZone, OTHER_PLACE } from '../src/dom/plan/standGroups.ts';
import { LEGIBLE_SCALE, MAX_SCALE, planScale } from '../src/dom/plan/zoom.ts';
import { arenaField } from '../src/edition/arena.ts';
import { hexToLinear, srgbToLinear } from '../src/edition/color.ts';
import { PALETTE } from '../src/edition/palette.ts';
import { formatNumber, PLAN_STRINGS } from '../src/dom/plan/strings.ts';
import { rectOverlap, type Rect } from '../src/edition/geometry.ts';
import { THEME_COLORS } from '../src/edition/themes.ts';
import { LANGS, THEMES, ZONE_KINDS, type Stand, type Zone } from '../src/edition/schema.ts';
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

describe('zoom', () => {
  const box = { x: -148, y: -103, width: 296, height: 206 };
  it('shows the whole site on a desktop where numbers stay legible', () => {
    const s = planScale(1020, 660, box);
    expect(s.scale).toBeCloseTo(s.fit);
    expect(s.scale).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
    expect(s.canZoomOut).toBe(false);
    expect(s.canZoomIn).toBe(true);
  });
  it('starts legible and scrollable on a phone, and zooms out to the whole site', () => {
    const s = planScale(390, 700, box);
    // Upright: as tall as the stage, scrolled sideways only.
    expect(s.scale).toBeCloseTo(700 / 206);
    // Sideways: legible, scrolled both ways.
    expect(planScale(844, 280, box).scale).toBe(LEGIBLE_SCALE);
    expect(s.canZoomOut).toBe(true);
    expect(planScale(390, 700, box, -10).scale).toBeCloseTo(390 / 296);
    expect(planScale(390, 700, box, 20).scale).toBe(MAX_SCALE);
    expect(planScale(390, 700, box, 20).canZoomIn).toBe(false);
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
