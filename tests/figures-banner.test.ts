/**
 * The entrance's figures banner (src/canvas/figures): its grid (inside the canvas, between the title
 * band and the source, no overlaps, read from the right in Arabic, a short last row centred), label
 * wrapping, where it hangs (ahead of the start point, facing it, over head height), its mesh (posts
 * from the ground to its top outside the board, on the avenue's sides; every face but the painted one
 * on the plain strip; a bounded triangle count), and the default edition painted on a fake 2D context
 * in each language, with the strip under the figures.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER, bannerContent, bannerPose } from '../src/canvas/figures/banner.ts';
import { bannerGeometry, bannerMesh, FRAME, type BannerMesh } from '../src/canvas/figures/bannerGeometry.ts';
import {
  BANNER_CANVAS,
  BANNER_PX,
  bannerLayout,
  paintFigures,
  STRIP_TONES,
  stripCell,
  wrapLines,
  type Rect,
  type StripTone,
} from '../src/canvas/figures/paintFigures.ts';
import { distanceToSegment } from '../src/edition/geometry.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

const data = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir')).data!;
const edition = data.edition;

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('bannerLayout', () => {
  it('puts nine figures in three rows of three, inside the canvas and clear of the band and the source', () => {
    const { band, cells, source } = bannerLayout(9, false);
    expect(cells).toHaveLength(9);
    expect(new Set(cells.map((c) => Math.round(c.y))).size).toBe(3);
    expect(new Set(cells.map((c) => Math.round(c.x))).size).toBe(3);
    for (const c of cells) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w).toBeLessThanOrEqual(BANNER_PX.width);
      expect(c.y).toBeGreaterThanOrEqual(band.y + band.h);
      expect(c.y + c.h).toBeLessThanOrEqual(source.y);
    }
    cells.forEach((a, i) => cells.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });
  it('reads from the left in French and from the right in Arabic', () => {
    const ltr = bannerLayout(9, false).cells;
    const rtl = bannerLayout(9, true).cells;
    expect(ltr[0]!.x).toBeLessThan(ltr[1]!.x);
    expect(rtl[0]!.x).toBeGreaterThan(rtl[1]!.x);
    // Mirror images of each other.
    rtl.forEach((c, i) => expect(c.x).toBeCloseTo(BANNER_PX.width - ltr[i]!.x - ltr[i]!.w, 6));
  });
  it('centres a short last row and keeps at most twelve figures', () => {
    const cells = bannerLayout(7, false).cells;
    // Two rows of four: the last three centred under the first four.
    const last = cells.slice(4);
    const mid = (c: Rect) => c.x + c.w / 2;
    expect((mid(last[0]!) + mid(last[2]!)) / 2).toBeCloseTo(BANNER_PX.width / 2, 6);
    expect(bannerLayout(20, false).cells).toHaveLength(12);
    expect(bannerLayout(0, false).cells).toEqual([]);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks on spaces within the width, into two lines at most', () => {
    expect(wrapLines('associations de la société civile', 150, measure)).toEqual(['associations de', 'la société civile']);
    expect(wrapLines('stands', 150, measure)).toEqual(['stands']);
    expect(wrapLines('a b c d e f g h', 30, measure)).toEqual(['a b', 'c d e f g h']);
  });
});

describe('bannerPose', () => {
  it('hangs the banner ahead of the start point, facing it, its lower edge over head height', () => {
    const p = bannerPose(edition.spawn);
    // Agadir: the start point [0, 97] looks north (yaw 0), so the banner is 12 m north of it.
    expect(p.position[0]).toBeCloseTo(0, 6);
    expect(p.position[2]).toBeCloseTo(97 - BANNER.ahead, 6);
    expect(p.rotationY).toBe(0);
    expect(p.position[1] - BANNER.height / 2).toBeGreaterThanOrEqual(2.4);
  });
  it('turns with the heading: a start point looking west (90°) has it to its west, facing east', () => {
    const p = bannerPose({ position: [10, 20], yaw: 90 });
    expect(p.position[0]).toBeCloseTo(10 - BANNER.ahead, 6);
    expect(p.position[2]).toBeCloseTo(20, 6);
    // The plane's front, +z turned by rotation.y, points back to the start point (+x).
    expect(Math.sin(p.rotationY)).toBeCloseTo(1, 6);
  });
});

type V3 = [number, number, number];
const vertex = (m: BannerMesh, i: number): V3 => [m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!];
const partVertices = (m: BannerMesh, name: string) =>
  m.parts.filter((p) => p.name === name).map((p) => Array.from({ length: p.count }, (_, k) => p.first + k));
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** The normal of the triangle starting at index entry `t`. */
const normal = (m: BannerMesh, t: number): V3 => {
  const [a, b, c] = [0, 1, 2].map((k) => vertex(m, m.index[t + k]!)) as [V3, V3, V3];
  return cross(sub(b, a), sub(c, a));
};
/** The canvas pixel a texture coordinate reads (a canvas texture is flipped: v = 1 is its top row). */
const pixel = (m: BannerMesh, i: number): [number, number] => [
  m.uvs[i * 2]! * BANNER_CANVAS.width,
  (1 - m.uvs[i * 2 + 1]!) * BANNER_CANVAS.height,
];

describe('bannerMesh', () => {
  const m = bannerMesh();
  const ground = -(BANNER.bottom + BANNER.height / 2);
  it('is one small mesh: the face, the back, four frame bars and two posts in 72 triangles', () => {
    expect(m.index.length / 3).toBe(72);
    expect(m.index.length / 3).toBeLessThanOrEqual(80);
    expect(m.parts.map((p) => p.name)).toEqual(['face', 'back', 'frame', 'post', 'post']);
    const vertices = m.positions.length / 3;
    expect(m.uvs.length / 2).toBe(vertices);
    expect(Math.max(...m.index)).toBe(vertices - 1);
    const g = bannerGeometry();
    expect(g.index!.count / 3).toBe(72);
    expect(g.getAttribute('uv').count).toBe(vertices);
    // Its bounds reach the ground, so the posts are not culled while the board is off screen.
    expect(g.boundingSphere!.radius).toBeGreaterThan(BANNER.bottom + BANNER.height / 2);
    g.dispose();
  });
  it('shows the painted figures, and only them, on the board’s front, the right way round', () => {
    const [face] = partVertices(m, 'face');
    const xs = face!.map((i) => vertex(m, i)[0]);
    const ys = face!.map((i) => vertex(m, i)[1]);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([-BANNER.width / 2, BANNER.width / 2]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([-BANNER.height / 2, BANNER.height / 2]);
    // Its corners read the corners of the figures: left is the canvas's left, top its top row.
    for (const i of face!) {
      const [px, py] = pixel(m, i);
      const [x, y] = vertex(m, i);
      expect(px).toBeCloseTo(x < 0 ? 0 : BANNER_PX.width, 6);
      expect(py).toBeCloseTo(y > 0 ? 0 : BANNER_PX.height, 6);
    }
    expect(normal(m, 0)[2]).toBeGreaterThan(0);
  });
  it('maps every other face onto a cell of the plain strip, the back onto the navy', () => {
    const inStrip = (i: number): StripTone => {
      const [px, py] = pixel(m, i);
      const tone = (Object.keys(STRIP_TONES) as StripTone[]).find((t) => {
        const r = stripCell(t);
        // Well inside the cell, so filtering never reaches the figures or a neighbour.
        return px >= r.x + 4 && px <= r.x + r.w - 4 && py >= r.y + 4 && py <= r.y + r.h - 4;
      });
      expect(tone, `vertex ${i} reads pixel ${px}, ${py}`).toBeDefined();
      expect(py).toBeGreaterThanOrEqual(BANNER_PX.height);
      expect(py).toBeLessThan(BANNER_CANVAS.height);
      return tone!;
    };
    for (const name of ['back', 'frame', 'post']) for (const run of partVertices(m, name)) for (const i of run) inStrip(i);
    const [back] = partVertices(m, 'back');
    expect(new Set(back!.map(inStrip))).toEqual(new Set(['frame']));
    expect(STRIP_TONES.frame).toBe('#14305a');
    expect(new Set(partVertices(m, 'post').flat().map(inStrip))).toEqual(new Set(['post', 'postShade']));
    // The back faces away from the front, behind it.
    expect(normal(m, 6)[2]).toBeLessThan(0);
    expect(vertex(m, back![0]!)[2]).toBeLessThan(vertex(m, 0)[2]);
  });
  it('stands two posts from the ground to the board’s top, just outside its edges, one on each side', () => {
    const posts = partVertices(m, 'post');
    expect(posts).toHaveLength(2);
    const sides = posts.map((run) => {
      const v = run.map((i) => vertex(m, i));
      const xs = v.map((p) => p[0]);
      const ys = v.map((p) => p[1]);
      const zs = v.map((p) => p[2]);
      expect(Math.min(...ys)).toBeCloseTo(ground, 9);
      expect(Math.max(...ys)).toBeGreaterThanOrEqual(BANNER.height / 2);
      expect(Math.max(...ys)).toBeCloseTo(BANNER.height / 2 + FRAME.border, 9);
      expect(Math.min(...xs.map(Math.abs))).toBeGreaterThanOrEqual(BANNER.width / 2);
      // Square, 0.16 m, against the frame's end.
      expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(FRAME.post, 9);
      expect(Math.max(...zs) - Math.min(...zs)).toBeCloseTo(FRAME.post, 9);
      expect(Math.min(...xs.map(Math.abs))).toBeCloseTo(BANNER.width / 2 + FRAME.border, 9);
      return Math.sign(xs[0]!);
    });
    expect(sides.sort()).toEqual([-1, 1]);
    // Nothing of the mesh below the ground.
    expect(
      Math.min(
        ...partVertices(m, 'frame')
          .flat()
          .map((i) => vertex(m, i)[1]),
      ),
    ).toBeGreaterThan(ground);
  });
  it('winds every box face outwards, so back-face culling keeps the outside', () => {
    const boxes = [
      ...partVertices(m, 'frame').flatMap((run) => [0, 1, 2, 3].map((b) => run.slice(b * 24, b * 24 + 24))),
      ...partVertices(m, 'post'),
    ];
    expect(boxes.map((b) => b.length)).toEqual([24, 24, 24, 24, 20, 20]);
    for (const box of boxes) {
      const v = box.map((i) => vertex(m, i));
      const centre = [0, 1, 2].map((k) => v.reduce((s, p) => s + p[k]!, 0) / v.length) as V3;
      for (let t = 0; t < m.index.length; t += 3) {
        if (!box.includes(m.index[t]!)) continue;
        const tri = [0, 1, 2].map((k) => vertex(m, m.index[t + k]!));
        const mid = [0, 1, 2].map((k) => (tri[0]![k]! + tri[1]![k]! + tri[2]![k]!) / 3) as V3;
        expect(dot(normal(m, t), sub(mid, centre))).toBeGreaterThan(0);
      }
    }
  });
  it('puts the posts on the default edition’s main avenue, inside its edges and off the middle of it', () => {
    const pose = bannerPose(edition.spawn);
    const avenue = data.site.paths.find((p) => p.id === 'main-avenue')!;
    expect(avenue.width).toBe(10);
    for (const run of partVertices(m, 'post')) {
      const v = run.map((i) => vertex(m, i));
      const lx = (Math.min(...v.map((p) => p[0])) + Math.max(...v.map((p) => p[0]))) / 2;
      // Local +x turned by rotation.y into the plan; the post's centre is on the board's plane (z = 0).
      const x = pose.position[0] + Math.cos(pose.rotationY) * lx;
      const z = pose.position[2] - Math.sin(pose.rotationY) * lx;
      const off = Math.min(...avenue.points.slice(1).map((b, i) => distanceToSegment([x, z], avenue.points[i]!, b)));
      expect(off).toBeCloseTo(4.14, 6);
      expect(off + FRAME.post / 2).toBeLessThanOrEqual(avenue.width / 2);
      expect(off - FRAME.post / 2).toBeGreaterThan(BANNER.width / 2);
    }
  });
});

interface Drawn {
  text: string;
  x: number;
  y: number;
  size: number;
  direction: string;
  align: string;
}

/** A 2D context that records fillText with its state; text measured at 0.55 em a character. */
function fakeContext() {
  const drawn: Drawn[] = [];
  const filled: Array<Rect & { style: string }> = [];
  const state = {
    font: '10px sans-serif',
    textAlign: 'start',
    direction: 'inherit',
    textBaseline: 'alphabetic',
    fillStyle: '#000',
  };
  const stack: (typeof state)[] = [];
  const size = () => Number(/(\d+)px/.exec(state.font)?.[1] ?? 10);
  const calls = {
    fillText: (text: string, x: number, y: number) =>
      drawn.push({ text, x, y, size: size(), direction: state.direction, align: state.textAlign }),
    fillRect: (x: number, y: number, w: number, h: number) => filled.push({ x, y, w, h, style: state.fillStyle }),
    measureText: (text: string) => ({ width: Array.from(text).length * size() * 0.55 }),
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
  return { ctx, drawn, filled };
}

describe('paintFigures, the default edition', () => {
  it.each(['fr', 'ar', 'en'] as const)(
    'writes the title, every figure and the source in %s, in the language’s direction',
    (lang) => {
      const content = bannerContent(edition, lang)!;
      const { ctx, drawn } = fakeContext();
      paintFigures(ctx, content);
      const texts = drawn.map((d) => d.text);
      expect(texts[0]).toBe(content.title);
      expect(texts.at(-1)).toBe(content.source);
      for (const f of content.figures) {
        expect(texts).toContain(f.number);
        if (f.prefix) expect(texts).toContain(f.prefix);
        // The label, whole or over two lines.
        expect(texts.join(' ')).toContain(f.label);
      }
      for (const d of drawn) {
        expect(d.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(d.x).toBeGreaterThan(0);
        expect(d.x).toBeLessThan(BANNER_PX.width);
        expect(d.y).toBeGreaterThan(0);
        expect(d.y).toBeLessThan(BANNER_PX.height);
      }
      // Legible from the start point: the numbers large, nothing but the source line under 14 px.
      const numbers = drawn.filter((d) => content.figures.some((f) => f.number === d.text));
      expect(Math.min(...numbers.map((d) => d.size))).toBeGreaterThanOrEqual(30);
      expect(Math.min(...drawn.slice(0, -1).map((d) => d.size))).toBeGreaterThanOrEqual(14);
    },
  );
  it('paints the plain strip under the figures, each cell in its one colour, and nothing else there', () => {
    const { ctx, filled } = fakeContext();
    paintFigures(ctx, bannerContent(edition, 'en')!);
    const strip = filled.filter((r) => r.y >= BANNER_PX.height);
    expect(strip).toEqual((Object.keys(STRIP_TONES) as StripTone[]).map((t) => ({ ...stripCell(t), style: STRIP_TONES[t] })));
    // The cells tile the strip, to the texture's last row.
    expect(strip.reduce((s, r) => s + r.w, 0)).toBe(BANNER_CANVAS.width);
    for (const r of strip) expect(r.y + r.h).toBe(BANNER_CANVAS.height);
    for (const r of filled.filter((f) => f.y < BANNER_PX.height)) expect(r.y + r.h).toBeLessThanOrEqual(BANNER_PX.height);
    expect(BANNER_CANVAS.height).toBeLessThanOrEqual(544);
  });
  it('says the figures in the language: French numbers and words', () => {
    const content = bannerContent(edition, 'fr')!;
    expect(content.title).toBe('L’édition en chiffres · Agadir 2024');
    expect(content.figures[0]).toEqual({ prefix: null, number: '2,12 millions', label: 'visiteurs' });
    expect(content.figures[5]).toEqual({ prefix: 'plus de', number: '25 millions', label: 'vues des diffusions en direct' });
    expect(content.source).toMatch(/^Source\u202f: Bilan de la DGSN/);
  });
  it('has no banner for an edition without figures', () => {
    expect(bannerContent({ ...edition, figures: undefined }, 'en')).toBeNull();
  });
});
