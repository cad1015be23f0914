/**
 * The programme boards in the world (src/canvas/boards/): one at each demonstration area and at the
 * seminar hall, on the side visitors come from and facing them, clear of stands, totems and every
 * solid of the site's kit, above head height, its posts inside the fence's own solid band (checked
 * with the walk's collision world); and what the painter writes at fixed instants of the Agadir 2024
 * edition: during a demonstration, between sessions, the evening before the next day, after the
 * edition, before the programme has come, in French, Arabic (rtl, from the right) and English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardContent, boardText, type BoardInput } from '../src/canvas/boards/boardContent.ts';
import { BOARD, boardPlaces, type BoardPlace } from '../src/canvas/boards/boardPlaces.ts';
import { boardTexts, clearBoardTexts, recordBoard } from '../src/state/boardTexts.ts';
import { paintProgrammeBoard, wrapLines } from '../src/canvas/boards/paintProgrammeBoard.ts';
import { entranceTotems } from '../src/canvas/signs/placeSigns.ts';
import { localToInstant, timeSessions } from '../src/edition/eventClock.ts';
import { polygonContains, rectContains, toPlan } from '../src/edition/geometry.ts';
import type { Programme } from '../src/edition/programme.ts';
import type { EditionData, Side, Zone } from '../src/edition/schema.ts';
import { placeApproach } from '../src/edition/targets.ts';
import { CollisionWorld } from '../src/walk/collide.ts';
import type { Obstacle } from '../src/walk/obstacles.ts';
import { WALKER_RADIUS } from '../src/walk/walkWorld.ts';
import { arena, arenaField, gateSide } from '../tools/models/kit/arena.ts';
import { placeBuilt } from '../tools/models/kit/geo.ts';
import { hall } from '../tools/models/kit/structures.ts';
import type { CollisionBox } from '../tools/models/kit/types.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const EDITION = 'jpo-2024-agadir';
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', EDITION, f), 'utf8'));
const data = { edition: read('edition.json'), site: read('site.json'), stands: read('stands.json').stands } as EditionData;
const programme = read('programme.json') as Programme;
const ZONE = data.edition.timeZone;
const sessions = timeSessions(programme.sessions, ZONE);
const zoneById = (id: string) => data.site.zones.find((z) => z.id === id)!;

const NORMAL: Record<Side, [number, number]> = { front: [0, 1], back: [0, -1], left: [-1, 0], right: [1, 0] };

/** The zone's kit (hall or arena) placed on the plan, as the pipeline places it, with its solids. */
function zoneSolids(zone: Zone): CollisionBox[] {
  const built = zone.covered ? hall(zone).shell : arena(zone);
  return placeBuilt(built, [zone.position[0], 0, zone.position[1]], (zone.rotation * Math.PI) / 180).collision;
}
const toObstacle = (b: CollisionBox): Obstacle => ({
  cx: b.center[0],
  cz: b.center[2],
  hx: b.size[0] / 2,
  hz: b.size[2] / 2,
  rot: b.rotationY,
  minY: b.center[1] - b.size[1] / 2,
  maxY: b.center[1] + b.size[1] / 2,
});
/** Whether a plan point lies inside a solid's footprint (grown by `grow`). */
function insideBox(b: CollisionBox, x: number, z: number, grow = 0): boolean {
  const c = Math.cos(b.rotationY);
  const s = Math.sin(b.rotationY);
  const dx = x - b.center[0];
  const dz = z - b.center[2];
  // The box's x axis runs along (cos, −sin) on the plan, its z axis along (sin, cos).
  const lx = dx * c - dz * s;
  const lz = dx * s + dz * c;
  return Math.abs(lx) <= b.size[0] / 2 + grow && Math.abs(lz) <= b.size[2] / 2 + grow;
}
/** Points along a board's face at its plane: both ends and between. */
function facePoints(b: BoardPlace): Array<[number, number]> {
  const ux = Math.cos(b.yaw);
  const uz = -Math.sin(b.yaw);
  return [-1, -0.5, 0, 0.5, 1].map((k) => [b.position[0] + (ux * k * b.width) / 2, b.position[2] + (uz * k * b.width) / 2]);
}
const facing = (b: BoardPlace): [number, number] => [Math.sin(b.yaw), Math.cos(b.yaw)];

describe('where the programme boards stand', () => {
  const boards = boardPlaces(data);

  it('puts one board at each demonstration area and at the seminar hall', () => {
    expect(boards.map((b) => b.placeId).sort()).toEqual(
      ['dog-arena', 'mounted-arena', 'seminar-hall', 'special-forces-arena'].sort(),
    );
    for (const b of boards) expect(b.zone).toBe(zoneById(b.placeId));
  });

  it('stands each inside the site, on its place’s approach side, facing the visitors who come from there', () => {
    for (const b of boards) {
      const zone = b.zone;
      const side = placeApproach(zone);
      const [ox, oz] = toPlan(zone, 0, 0);
      const [nx, nz] = toPlan(zone, NORMAL[side][0], NORMAL[side][1]);
      const out = [nx - ox, nz - oz];
      const [fx, fz] = facing(b);
      expect(fx * out[0]! + fz * out[1]!, b.placeId).toBeGreaterThan(0.999);
      // Near that side's edge: within 3 m of it, inside or just outside the place.
      const half = side === 'front' || side === 'back' ? zone.depth / 2 : zone.width / 2;
      const along = (b.position[0] - ox) * out[0]! + (b.position[2] - oz) * out[1]!;
      expect(along, b.placeId).toBeGreaterThan(half - 3);
      expect(along, b.placeId).toBeLessThan(half + 0.5);
      for (const [x, z] of [...facePoints(b), ...b.posts.map((p) => [p.x, p.z] as [number, number])])
        expect(polygonContains(data.site.boundary, [x, z]), b.placeId).toBe(true);
    }
  });

  it('keeps clear of every stand, every other place and the doorway totems', () => {
    const totems = entranceTotems(data).boards;
    for (const b of boards) {
      for (const [x, z] of facePoints(b)) {
        expect(
          data.stands.some((s) => rectContains(s, [x, z], 0.3)),
          b.placeId,
        ).toBe(false);
        expect(
          data.site.zones.some((zn) => zn !== b.zone && rectContains(zn, [x, z], 0)),
          b.placeId,
        ).toBe(false);
        for (const t of totems) expect(Math.hypot(t.x - x, t.z - z), `${b.placeId} near a totem`).toBeGreaterThan(t.width / 2);
      }
      const trees = [
        ...data.site.landscape.palms,
        ...data.site.landscape.lamps,
        ...data.site.landscape.flags.map((f) => f.position),
      ];
      for (const [x, z] of trees) expect(Math.hypot(b.position[0] - x, b.position[2] - z)).toBeGreaterThan(BOARD.width);
    }
  });

  it('never narrows a walk: face above head height, clear of the solids, posts inside the fence’s solid band', () => {
    for (const b of boards) {
      const solids = zoneSolids(b.zone);
      const world = new CollisionWorld(solids.map(toObstacle), data.site.boundary);
      const bottom = b.position[1] - b.height / 2;
      const top = b.position[1] + b.height / 2;
      expect(bottom).toBeGreaterThanOrEqual(2.2);
      // The face cuts through no solid that reaches its height (a wall, a bleacher, a gate post).
      for (const s of solids) {
        const [y0, y1] = [s.center[1] - s.size[1] / 2, s.center[1] + s.size[1] / 2];
        if (y1 <= bottom || y0 >= top) continue;
        for (const [x, z] of facePoints(b)) expect(insideBox(s, x, z), `${b.placeId} face in a solid`).toBe(false);
      }
      // A walker reaches no post: each post's whole square lies inside a solid of the kit.
      for (const p of b.posts)
        for (const [dx, dz] of [
          [-0.04, -0.04],
          [0.04, -0.04],
          [0.04, 0.04],
          [-0.04, 0.04],
        ] as const)
          expect(
            solids.some((s) => s.center[1] + s.size[1] / 2 > 0.35 && insideBox(s, p.x + dx!, p.z + dz!)),
            `${b.placeId} post`,
          ).toBe(true);
      // And a visitor can stand before it to read it, 2 m out.
      const [fx, fz] = facing(b);
      expect(world.isFree(b.position[0] + fx * 2, b.position[2] + fz * 2, WALKER_RADIUS), b.placeId).toBe(true);
      // Free-standing boards stand on posts; a hall's hangs on its wall, touching it.
      if (b.zone.covered) {
        expect(b.posts).toHaveLength(0);
        const [bx, bz] = [b.position[0] - fx * 0.1, b.position[2] - fz * 0.1];
        expect(world.isFree(bx, bz, 0.01), `${b.placeId} on its wall`).toBe(false);
      } else expect(b.posts).toHaveLength(2);
    }
  });

  it('beside the arena gate, not in front of it', () => {
    // The gate is the middle 6 m of the field's approach side in this edition (tools/models/kit/arena.ts gateSide).
    for (const b of boards.filter((x) => x.zone.kind === 'demonstration')) {
      expect(gateSide(b.zone), b.placeId).toBe(placeApproach(b.zone));
      const f = arenaField(b.zone);
      const [cx, cz] = toPlan(b.zone, (f.x0 + f.x1) / 2, (f.z0 + f.z1) / 2);
      const [fx, fz] = facing(b);
      const alongSide = Math.abs((b.position[0] - cx) * fz - (b.position[2] - cz) * fx);
      expect(alongSide - b.width / 2, b.placeId).toBeGreaterThan(3);
    }
  });

  it('hangs behind the bleachers, off their solids, where they line the approach side', () => {
    const dog = zoneById('dog-arena');
    const moved: EditionData = {
      ...data,
      site: { ...data.site, zones: data.site.zones.map((z) => (z === dog ? { ...z, approach: 'front' as const } : z)) },
    };
    const b = boardPlaces(moved).find((x) => x.placeId === 'dog-arena')!;
    expect(b.posts).toHaveLength(0);
    expect(b.yaw).toBeCloseTo(0);
    const solids = zoneSolids(b.zone);
    for (const s of solids) for (const [x, z] of facePoints(b)) expect(insideBox(s, x, z)).toBe(false);
    // Within 0.3 m of the bleachers' back (its middle: an end may span an aisle): hung on them, not off in the walkway.
    const middle = facePoints(b).slice(1, 4);
    expect(middle.every(([x, z]) => solids.some((s) => s.size[1] > 2 && insideBox(s, x, z - 0.3)))).toBe(true);
    expect(rectContains(b.zone, [b.position[0], b.position[2]], 0)).toBe(true);
  });
});

interface Written {
  text: string;
  x: number;
  y: number;
  align: string;
  direction: string;
  font: string;
}

/** A 2D context that records fillText with the state it was drawn in; every other call does nothing. */
function fakeContext() {
  const written: Written[] = [];
  const state = {
    font: '10px sans-serif',
    textAlign: 'start',
    direction: 'inherit',
    fillStyle: '#000',
    textBaseline: 'alphabetic',
  };
  const stack: (typeof state)[] = [];
  const size = () => Number(/(\d+)px/.exec(state.font)?.[1] ?? 10);
  const calls = {
    fillText: (text: string, x: number, y: number) =>
      written.push({ text, x, y, align: state.textAlign, direction: state.direction, font: state.font }),
    measureText: (text: string) => ({ width: Array.from(text).length * size() * 0.5 }),
    save: () => stack.push({ ...state }),
    restore: () => Object.assign(state, stack.pop()),
  };
  const ctx = new Proxy(state, {
    get: (target, key) =>
      key in calls ? calls[key as keyof typeof calls] : key in target ? target[key as keyof typeof state] : () => {},
    set: (target, key, value) => {
      (target as Record<string | symbol, unknown>)[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, written, measure: (w: Written) => Array.from(w.text).length * Number(/(\d+)px/.exec(w.font)![1]) * 0.5 };
}

const W = 640;
const H = 400;
const at = (local: string) => localToInstant(local, ZONE);
const input = (place: string, local: string, lang: BoardInput['lang'], over: Partial<BoardInput> = {}): BoardInput => ({
  zone: zoneById(place),
  sessions,
  failed: false,
  indicative: programme.indicative,
  instant: at(local),
  lang,
  timeZone: ZONE,
  city: data.edition.city,
  ...over,
});
function paint(i: BoardInput, width = W) {
  const f = fakeContext();
  const content = boardContent(i);
  paintProgrammeBoard(f.ctx, 0, 0, width, H, content);
  return { ...f, content, texts: f.written.map((w) => w.text) };
}

describe('what a programme board says', () => {
  it('during a demonstration: the place, now with its hours and title, next with its countdown, the clock, indicative', () => {
    const { texts, written, measure } = paint(input('mounted-arena', '2024-05-18T11:10', 'fr'));
    expect(texts).toEqual([
      'Carrière des cavaliers',
      'En ce moment',
      '11:00–11:30',
      // The title on two lines (the fake font is 0.5 em a character).
      'Démonstration des cavaliers de la',
      'Sûreté nationale',
      'À suivre',
      '14:00–14:30',
      'Démonstration des cavaliers de la',
      'Sûreté nationale',
      'commence dans 2 h 50 min',
      'Horaires indicatifs',
      'Heure locale (Agadir, UTC+1)',
    ]);
    // Everything fits inside the board's margins.
    for (const w of written) expect(measure(w), w.text).toBeLessThanOrEqual(W - 44 + 1e-9);
    expect(written.every((w) => w.direction === 'ltr')).toBe(true);
  });

  it('between sessions, in Arabic: nothing now, the next seminar from the right, drawn rtl', () => {
    const { texts, written, content } = paint(input('seminar-hall', '2024-05-19T12:00', 'ar'));
    const title = programme.sessions.find((s) => s.id === 'seminar-ai-policing')!.title.ar;
    expect(texts[0]).toBe('قاعة الندوات');
    expect(texts).toContain('لا يوجد نشاط حاليا');
    expect(texts).toContain('من 15:00 إلى 17:00');
    expect(texts).toContain('يبدأ بعد 3 ساعات');
    expect(texts).toContain('مواعيد تقريبية');
    expect(texts.join(' ')).toContain(title.split(' ')[0]!);
    expect(content.now).toBeNull();
    expect(written.every((w) => w.direction === 'rtl')).toBe(true);
    // The headings start at the right edge; the hours end at the left one.
    const heading = written.find((w) => w.text === 'الموعد التالي')!;
    expect([heading.align, heading.x]).toEqual(['right', W - 22]);
    const hours = written.find((w) => w.text === 'من 15:00 إلى 17:00')!;
    expect([hours.align, hours.x]).toEqual(['left', 22]);
  });

  it('wraps a long title on two lines at most, each within the board, cut with an ellipsis', () => {
    // A narrower board than the atlas's cells, so that the title is cut.
    const { written, measure } = paint(input('seminar-hall', '2024-05-17T15:30', 'en'), 480);
    const title = 'The Al Haouz earthquake: public forces, rescue services and civil society';
    // Between the "Now" row and the divider.
    const lines = written.filter((w) => w.y > 110 && w.y < 196);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text.endsWith('…')).toBe(true);
    expect(
      title.startsWith(
        lines
          .map((l) => l.text)
          .join(' ')
          .replace(/…$/, ''),
      ),
    ).toBe(true);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(480 - 44);
  });

  it('the evening before: the next day’s first session, with its day', () => {
    const { content } = paint(input('dog-arena', '2024-05-18T19:00', 'en'));
    expect(content.now).toBeNull();
    expect(content.next).toEqual({
      time: 'Sunday 19 May, 11:45–12:15',
      title: 'Dog brigade demonstration',
      countdown: 'starts in 16 h 45 min',
    });
    expect(content.clock).toBe('Local time (Agadir, GMT+1)');
  });

  it('after the edition: nothing now, nothing more, no countdown', () => {
    const { texts, content } = paint(input('special-forces-arena', '2024-05-22T12:00', 'en'));
    expect(content.now).toBeNull();
    expect(content.next).toBeNull();
    expect(texts).toContain('Special forces arena');
    expect(texts).toContain('Nothing on now');
    expect(texts).toContain('Nothing more planned here');
    expect(texts.some((t) => /starts/.test(t))).toBe(false);
  });

  it('is never blank: the place and a word while the programme loads, fails or is empty', () => {
    expect(paint(input('dog-arena', '2024-05-18T12:00', 'en', { sessions: null })).texts).toEqual([
      'Dog brigade arena',
      'Loading the programme…',
    ]);
    expect(paint(input('dog-arena', '2024-05-18T12:00', 'fr', { sessions: null, failed: true })).texts).toEqual([
      'Espace de la brigade cynotechnique',
      'Programme indisponible',
    ]);
    expect(paint(input('dog-arena', '2024-05-18T12:00', 'ar', { sessions: [] })).texts).toEqual([
      'فضاء فرقة الكلاب المدربة',
      'البرنامج غير متاح',
    ]);
  });

  it('drops the indicative mark when the times are the organiser’s', () => {
    const { texts } = paint(input('mounted-arena', '2024-05-18T11:10', 'fr', { indicative: false }));
    expect(texts).not.toContain('Horaires indicatifs');
    expect(texts).toContain('Heure locale (Agadir, UTC+1)');
  });

  it('changes only when the minute turns, so one repaint a minute is enough', () => {
    const day = at('2024-05-17T09:00');
    for (let m = 0; m < 11 * 60; m += 7) {
      const minute = day + m * 60_000;
      for (const place of ['mounted-arena', 'seminar-hall']) {
        const first = boardContent({ ...input(place, '2024-05-17T09:00', 'fr'), instant: minute });
        const last = boardContent({ ...input(place, '2024-05-17T09:00', 'fr'), instant: minute + 59_999 });
        expect(last).toEqual(first);
      }
    }
    // And it does change at the minute a demonstration ends.
    const on = boardContent(input('mounted-arena', '2024-05-17T11:29', 'fr'));
    const off = boardContent(input('mounted-arena', '2024-05-17T11:30', 'fr'));
    expect(on.now?.time).toBe('11:00–11:30');
    expect(off.now).toBeNull();
  });

  it('records what each board shows for window.__visit', () => {
    clearBoardTexts();
    recordBoard('mounted-arena', boardText(boardContent(input('mounted-arena', '2024-05-18T11:10', 'en'))));
    recordBoard('seminar-hall', boardText(boardContent(input('seminar-hall', '2024-05-22T11:10', 'en'))));
    expect(boardTexts).toEqual({
      'mounted-arena': {
        now: '11:00–11:30 · Mounted police demonstration',
        next: '14:00–14:30 · Mounted police demonstration · starts in 2 h 50 min',
        lang: 'en',
      },
      'seminar-hall': { now: null, next: null, lang: 'en' },
    });
    clearBoardTexts();
    expect(boardTexts).toEqual({});
  });

  it('wraps words greedily and cuts the last line with an ellipsis', () => {
    const { ctx } = fakeContext();
    ctx.font = '10px x'; // 5 px a character
    expect(wrapLines(ctx, 'aaaa bbbb cccc', 50, 2)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrapLines(ctx, 'aaaa bbbb cccc dddd eeee', 50, 2)).toEqual(['aaaa bbbb', 'cccc dddd…']);
    expect(wrapLines(ctx, 'aaaa bbbb cccc dddddd', 50, 2)).toEqual(['aaaa bbbb', 'cccc dddd…']);
  });
});

describe('the boards and the places’ own markers', () => {
  // A hotspot marker is drawn about 0.45 m across at its point; a board behind it hides its text.
  const MARKER = 0.45;
  it('no board is behind one of its place’s hotspot markers', () => {
    for (const b of boardPlaces(data)) {
      const zone = data.site.zones.find((z) => z.id === b.placeId)!;
      // The board's face as a segment in plan, along its yaw (its width across the line of sight).
      const ux = Math.cos(b.yaw);
      const uz = -Math.sin(b.yaw);
      for (const h of zone.hotspots ?? []) {
        const [hx, hz] = toPlan(zone, h.position[0], h.position[2]);
        const along = (hx - b.position[0]) * ux + (hz - b.position[2]) * uz;
        const high = h.position[1] >= BOARD.bottom - MARKER && h.position[1] <= BOARD.bottom + BOARD.height + MARKER;
        expect(high && Math.abs(along) < b.width / 2 + MARKER, `${b.placeId}: marker ${h.id} over its board`).toBe(false);
      }
    }
  });
});
