/**
 * The stands' posters (src/canvas/posters): every stand's poster painted on a fake 2D context holds
 * its own number, title, theme and first words in each language (Arabic right to left); every wall
 * graphic anchor lies on its booth's walls, inside its footprint, at eye height; the kit builds its
 * graphics at the same anchors the app hangs its posters at, 1 cm in front of them; the atlas holds
 * every stand in its cells within its budget; every stand gets a pictogram, and each draws.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPHIC_DEPTH, graphicAnchors, ISLAND_TOWER, WALL_THICKNESS, type GraphicAnchor } from '../src/edition/booths.ts';
import { LANGS, type Lang } from '../src/edition/constants.ts';
import { toLocal } from '../src/edition/geometry.ts';
import type { Stand } from '../src/edition/schema.ts';
import { THEME_LABELS } from '../src/i18n/themes.ts';
import { paintPoster, wrapWords } from '../src/canvas/posters/paintPoster.ts';
import { drawPictogram, pictogramFor, PICTOGRAMS } from '../src/canvas/posters/pictograms.ts';
import { cutAtWord, keyFacts, plainText, posterContent } from '../src/canvas/posters/posterContent.ts';
import {
  atlasBytes,
  POSTER_ATLAS_MAX,
  POSTER_OFFSET,
  posterAtlas,
  posterCorners,
  posterMesh,
  standGraphics,
} from '../src/canvas/posters/posterLayout.ts';
import { booth } from '../tools/models/kit/booths.ts';
import type { CollisionBox } from '../tools/models/kit/types.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

const data = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir')).data!;
const stands = data.stands;
const EPS = 1e-6;

type V = [number, number, number];

interface Drawn {
  text: string;
  direction: string;
  textAlign: string;
  font: string;
}

/** A 2D context that records its fillText calls (with direction, alignment, font) and ignores the rest. */
function fakeContext(): { ctx: CanvasRenderingContext2D; texts: Drawn[]; calls: string[] } {
  const texts: Drawn[] = [];
  const calls: string[] = [];
  const state: Record<string | symbol, unknown> = { font: '10px sans-serif', direction: 'inherit', textAlign: 'start' };
  const stack: Array<Record<string | symbol, unknown>> = [];
  const methods: Record<string, (...a: never[]) => unknown> = {
    save: () => stack.push({ ...state }),
    restore: () => Object.assign(state, stack.pop()),
    measureText: (t: string) => ({ width: t.length * Number(/(\d+)px/.exec(String(state.font))?.[1] ?? 10) * 0.55 }),
    fillText: (t: string) =>
      texts.push({ text: t, direction: String(state.direction), textAlign: String(state.textAlign), font: String(state.font) }),
  };
  const ctx = new Proxy(state, {
    get: (s, k) =>
      typeof k === 'string' && k in methods
        ? methods[k]
        : k in s
          ? s[k]
          : (...args: unknown[]) => calls.push(`${String(k)}(${args.length})`),
    set: (s, k, v) => ((s[k] = v), true),
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts, calls };
}

function paint(stand: Stand, lang: Lang) {
  const slot = posterAtlas([stand]).slots[0];
  const units = slot?.units ?? { w: 320, h: 320 };
  const f = fakeContext();
  paintPoster(f.ctx, { x: 0, y: 0, w: 252, h: 316 }, units.w, units.h, posterContent(stand, lang));
  return f;
}

describe('poster content', () => {
  it("holds each stand's own number, title, theme and first words in each language", () => {
    for (const stand of stands)
      for (const lang of LANGS) {
        const { texts } = paint(stand, lang);
        const words = texts.map((t) => t.text);
        expect(words, `${stand.id} ${lang}`).toContain(String(stand.number));
        // The title is drawn whole, over one to three lines, one after the other.
        const title = stand.name[lang].split(/\s+/).join(' ');
        let after = -1;
        words.forEach((_, i) => [1, 2, 3].forEach((n) => words.slice(i, i + n).join(' ') === title && (after = i + n)));
        expect(after, `${stand.id} ${lang}: ${title} in ${JSON.stringify(words)}`).toBeGreaterThan(0);
        expect(words.join(' ')).toContain(THEME_LABELS[lang][stand.theme].split(' ')[0]!);
        // The facts start the description: their lines, one after the other, are its first words.
        const plain = plainText(stand.description[lang]);
        const facts = words.slice(after).join(' ');
        expect(facts.split(' ').length, `${stand.id} ${lang} facts`).toBeGreaterThanOrEqual(5);
        expect(plain.startsWith(facts.replace(/…$/, '')), `${stand.id} ${lang}: ${facts}`).toBe(true);
        // Arabic is set right to left and aligned right; the others left to right.
        for (const t of texts.filter((t) => t.text !== String(stand.number))) {
          expect(t.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          expect(t.textAlign).toBe(lang === 'ar' ? 'right' : 'left');
        }
      }
  });
  it('no two stands share a poster', () => {
    for (const lang of LANGS) {
      const all = stands.map((s) =>
        paint(s, lang)
          .texts.map((t) => t.text)
          .join('|'),
      );
      expect(new Set(all).size).toBe(stands.length);
    }
  });
  it('reads the plain text of the Markdown and cuts it cleanly at a word', () => {
    expect(plainText('Les **experts** [du labo](https://x.ma/a) *analysent*.\n\n- un\n- deux')).toBe(
      'Les experts du labo analysent. un deux',
    );
    expect(cutAtWord('Patrol cars, vans and armoured vehicles', 20)).toBe('Patrol cars, vans…');
    expect(cutAtWord('short', 20)).toBe('short');
    expect(keyFacts('One. Two is here. Three.', 40)).toBe('One. Two is here.');
    expect(keyFacts('A first sentence that runs long. Second.', 20)).toBe('A first sentence…');
    for (const s of stands)
      for (const lang of LANGS) {
        const text = plainText(s.description[lang]);
        const facts = keyFacts(text);
        expect(facts.length).toBeLessThanOrEqual(221);
        expect(text.startsWith(facts.replace(/…$/, ''))).toBe(true);
        if (facts.endsWith('…')) expect(text[facts.length - 1]).toMatch(/[\s,;:،؛]/u);
      }
  });
  it('wraps words into lines and ends the last with an ellipsis when there are more', () => {
    const measure = (s: string) => s.length;
    expect(wrapWords('aa bb cc dd', 5, measure, 3)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('aa bb cc dd ee ff', 5, measure, 2)).toEqual(['aa bb', 'cc…']);
  });
});

/** Whether a point of the booth's frame is inside one of its collision boxes. */
function inside(boxes: readonly CollisionBox[], p: V): boolean {
  return boxes.some((b) => {
    const c = Math.cos(b.rotationY);
    const s = Math.sin(b.rotationY);
    const dx = p[0] - b.center[0];
    const dz = p[2] - b.center[2];
    const lx = c * dx - s * dz;
    const lz = s * dx + c * dz;
    return Math.abs(lx) <= b.size[0] / 2 && Math.abs(p[1] - b.center[1]) <= b.size[1] / 2 && Math.abs(lz) <= b.size[2] / 2;
  });
}

/** A point of a graphic (its own frame: x along it, y up, z out of the wall) in the stand's frame. */
function onGraphic(a: GraphicAnchor, x: number, y: number, z: number): V {
  const c = Math.cos(a.rotationY);
  const s = Math.sin(a.rotationY);
  return [a.position[0] + c * x + s * z, y, a.position[2] - s * x + c * z];
}

describe('graphic anchors', () => {
  it('put every graphic on a wall of its booth, facing in, inside the footprint, at eye height', () => {
    for (const stand of stands) {
      const anchors = standGraphics(stand);
      const built = booth(stand.booth, stand.width, stand.depth);
      const { width: W, depth: D } = stand;
      if (stand.booth === 'outdoor') expect(anchors).toEqual([]);
      else expect(anchors.length, stand.id).toBeGreaterThanOrEqual(2);
      for (const a of anchors) {
        expect(a.position[1]).toBeGreaterThanOrEqual(1);
        expect(a.position[1]).toBeLessThanOrEqual(2.6);
        expect(a.position[1] + a.height / 2).toBeLessThanOrEqual(2.6 + EPS);
        expect(a.position[1] - a.height / 2).toBeGreaterThanOrEqual(0.5);
        for (const x of [-a.width / 2, a.width / 2])
          for (const y of [a.position[1] - a.height / 2 + 0.01, a.position[1] + a.height / 2 - 0.01]) {
            const [px, , pz] = onGraphic(a, x, y, 0);
            expect(Math.abs(px)).toBeLessThanOrEqual(W / 2 + EPS);
            expect(Math.abs(pz)).toBeLessThanOrEqual(D / 2 + EPS);
            // A wall behind it, the stand's open floor in front (clear of every solid of the booth).
            expect(inside(built.collision, onGraphic(a, x * 0.98, y, -0.03)), `${stand.id} behind`).toBe(true);
            expect(inside(built.collision, onGraphic(a, x * 0.98, y, 0.06)), `${stand.id} in front`).toBe(false);
          }
        if (stand.booth === 'island') {
          expect(Math.hypot(a.position[0], a.position[2])).toBeCloseTo(ISLAND_TOWER.side / 2, 9);
          expect(a.width).toBeLessThanOrEqual(ISLAND_TOWER.side);
        } else {
          const back = Math.abs(a.position[2] + D / 2 - WALL_THICKNESS) < EPS;
          const side = Math.abs(Math.abs(a.position[0]) - (W / 2 - WALL_THICKNESS)) < EPS;
          expect(back || side, stand.id).toBe(true);
        }
      }
    }
  });
  it('gives a wide stand four graphics on its back wall, and none on a pitch', () => {
    expect(graphicAnchors('inline', 14, 6).filter((a) => a.rotationY === 0)).toHaveLength(4);
    expect(graphicAnchors('corner', 7.5, 5)).toHaveLength(3);
    expect(graphicAnchors('inline', 7.5, 5)).toHaveLength(4);
    expect(graphicAnchors('outdoor', 14, 10)).toHaveLength(0);
  });
});

describe('the kit and the posters share the anchors', () => {
  it("builds each graphic's panel at the anchor, and hangs the poster 1 cm in front of its print", () => {
    const kinds = new Map(stands.filter((s) => !s.model).map((s) => [`${s.booth} ${s.width} ${s.depth}`, s]));
    for (const stand of kinds.values()) {
      const built = booth(stand.booth, stand.width, stand.depth);
      const accent = built.parts.accent!.positions;
      const all = [...accent, ...(built.parts.matte?.positions ?? [])];
      const has = (pts: number[], p: V) =>
        pts.some((_, i) => i % 3 === 0 && Math.hypot(pts[i]! - p[0], pts[i + 1]! - p[1], pts[i + 2]! - p[2]) < 1e-6);
      for (const a of standGraphics(stand)) {
        const y0 = a.position[1] - a.height / 2;
        const y1 = a.position[1] + a.height / 2;
        // The kit's accent panel: its back on the wall, its face a panel's thickness out.
        for (const z of [0, GRAPHIC_DEPTH.panel])
          for (const x of [-a.width / 2, a.width / 2])
            for (const y of [y0, y1]) expect(has(accent, onGraphic(a, x, y, z)), `${stand.id} panel`).toBe(true);
        // Nothing of the booth between the wall and the poster stands further out than the print.
        let front = -Infinity;
        for (let i = 0; i < all.length; i += 3) {
          const c = Math.cos(a.rotationY);
          const s = Math.sin(a.rotationY);
          const dx = all[i]! - a.position[0];
          const dz = all[i + 2]! - a.position[2];
          const along = c * dx - s * dz;
          const out = s * dx + c * dz;
          const y = all[i + 1]!;
          if (Math.abs(along) <= a.width / 2 + EPS && y >= y0 - EPS && y <= y1 + EPS && out > -0.001 && out < 0.2)
            front = Math.max(front, out);
        }
        expect(front).toBeCloseTo(GRAPHIC_DEPTH.panel + GRAPHIC_DEPTH.print, 9);
        // The app's poster: the same rectangle, 1 cm further out.
        const corners = posterCorners(stand, a).map(([x, y, z]) => {
          const [lx, lz] = toLocal(stand, x, z);
          return [lx, y, lz] as V;
        });
        const expected = [
          onGraphic(a, -a.width / 2, y0, POSTER_OFFSET),
          onGraphic(a, a.width / 2, y0, POSTER_OFFSET),
          onGraphic(a, a.width / 2, y1, POSTER_OFFSET),
          onGraphic(a, -a.width / 2, y1, POSTER_OFFSET),
        ];
        corners.forEach((c, i) => c.forEach((v, k) => expect(v).toBeCloseTo(expected[i]![k]!, 6)));
        expect(POSTER_OFFSET - front).toBeCloseTo(0.01, 9);
      }
    }
  });
  it('faces each poster into its stand (counter-clockwise seen from the open side)', () => {
    for (const slot of posterAtlas(stands).slots)
      for (const a of slot.anchors) {
        const [p0, p1, , p3] = posterCorners(slot.stand, a);
        const u = [p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]];
        const v = [p3[0] - p0[0], p3[1] - p0[1], p3[2] - p0[2]];
        const n: V = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
        // The normal points from the wall toward the graphic's face, in plan coordinates.
        const [wx, wz] = [a.position[0], a.position[2]];
        const face = onGraphic(a, 0, 0, 1);
        const [ax, az] = toPlanPoint(slot.stand, wx, wz);
        const [bx, bz] = toPlanPoint(slot.stand, face[0], face[2]);
        expect(n[0] * (bx - ax) + n[2] * (bz - az)).toBeGreaterThan(0);
      }
  });
});

function toPlanPoint(s: Stand, x: number, z: number): [number, number] {
  const r = (s.rotation * Math.PI) / 180;
  return [s.position[0] + Math.cos(r) * x + Math.sin(r) * z, s.position[1] - Math.sin(r) * x + Math.cos(r) * z];
}

describe('the poster atlas', () => {
  const atlas = posterAtlas(stands);
  it('gives every stand with wall graphics its own cell inside the atlas, within the budget', () => {
    const walled = stands.filter((s) => standGraphics(s).length > 0);
    expect(walled).toHaveLength(32);
    expect(atlas.slots.map((s) => s.stand.id)).toEqual(walled.map((s) => s.id));
    expect(atlas.width).toBeLessThanOrEqual(POSTER_ATLAS_MAX);
    expect(atlas.height).toBeLessThanOrEqual(POSTER_ATLAS_MAX);
    expect([atlas.width, atlas.height]).toEqual([2048, 1280]);
    for (const [i, a] of atlas.slots.entries()) {
      expect(a.rect.x).toBeGreaterThanOrEqual(0);
      expect(a.rect.y).toBeGreaterThanOrEqual(0);
      expect(a.rect.x + a.rect.w).toBeLessThanOrEqual(atlas.width);
      expect(a.rect.y + a.rect.h).toBeLessThanOrEqual(atlas.height);
      for (const b of atlas.slots.slice(i + 1))
        expect(
          a.rect.x < b.rect.x + b.rect.w &&
            b.rect.x < a.rect.x + a.rect.w &&
            a.rect.y < b.rect.y + b.rect.h &&
            b.rect.y < a.rect.y + a.rect.h,
        ).toBe(false);
      // All of a stand's graphics are one size: one poster fits them all.
      for (const g of a.anchors) expect([g.width, g.height]).toEqual([a.anchors[0]!.width, a.anchors[0]!.height]);
    }
    const bytes = atlasBytes(atlas);
    expect(bytes.base).toBe(10 * 2 ** 20);
    expect(bytes.mipmapped / 2 ** 20).toBeCloseTo(13.33, 1);
    expect(atlasBytes({ width: POSTER_ATLAS_MAX, height: POSTER_ATLAS_MAX }).mipmapped / 2 ** 20).toBeLessThan(21.4);
  });
  it("maps every quad onto its stand's cell, in one mesh", () => {
    const { positions, uvs, indices } = posterMesh(atlas);
    const quads = atlas.slots.reduce((n, s) => n + s.anchors.length, 0);
    // Of this edition's 7.5 × 5 m and 9 × 7 m booths: four graphics inline, three on a corner, two on an island.
    const per = { inline: 4, corner: 3, island: 2, outdoor: 0 } as const;
    expect(quads).toBe(stands.reduce((n, s) => n + per[s.booth], 0));
    expect(positions.length).toBe(quads * 12);
    expect(indices).toHaveLength(quads * 6);
    let q = 0;
    for (const slot of atlas.slots)
      for (let k = 0; k < slot.anchors.length; k++, q++) {
        const u = uvs.slice(q * 8, q * 8 + 8);
        expect(u[0]! * atlas.width).toBeCloseTo(slot.rect.x, 3);
        expect((1 - u[5]!) * atlas.height).toBeCloseTo(slot.rect.y, 3);
      }
  });
  it('leaves a stand with a hand-made model without posters', () => {
    const custom = { ...stands[0]!, model: 'custom/car.glb' };
    expect(standGraphics(custom)).toEqual([]);
    expect(posterAtlas([custom]).slots).toHaveLength(0);
  });
});

describe('pictograms', () => {
  it('gives every stand a pictogram of its subject', () => {
    const got = Object.fromEntries(stands.map((s) => [s.id, pictogramFor(s)]));
    for (const p of Object.values(got)) expect(PICTOGRAMS).toContain(p);
    expect(got).toMatchObject({
      'dna-profiling': 'dna',
      fingerprints: 'fingerprint',
      passport: 'passport',
      'drones-robotics': 'drone',
      cybercrime: 'computer',
      'radio-communications': 'radio',
      'intervention-vehicles': 'car',
      'public-order': 'shield',
      'judicial-police': 'handcuffs',
      'women-children-protection': 'child',
      'national-id-card': 'id-card',
      'bomb-disposal': 'bomb',
    });
    // Most stands have a picture of their own, not their theme's.
    expect(new Set(Object.values(got)).size).toBeGreaterThanOrEqual(30);
  });
  it('falls back on keywords, props, then the theme', () => {
    const base = { id: 'x', name: { fr: 'x', ar: 'x', en: 'Something' }, theme: 'social' as const };
    expect(pictogramFor({ ...base, keywords: { fr: [], ar: [], en: ['dog brigade'] } })).toBe('dog');
    expect(pictogramFor({ ...base, keywords: { fr: [], ar: [], en: ['mounted police'] } })).toBe('horse');
    expect(pictogramFor({ ...base, keywords: { fr: [], ar: [], en: ['blood donation'] } })).toBe('blood-drop');
    expect(pictogramFor({ ...base, props: ['motorbike'] })).toBe('motorbike');
    expect(pictogramFor(base)).toBe('heart');
  });
  it('draws every pictogram', () => {
    for (const p of PICTOGRAMS) {
      const f = fakeContext();
      drawPictogram(f.ctx, p, 50, 50, 80, '#2e7d6b', '#ffffff');
      expect(f.calls.filter((c) => /^(fill|stroke)\(/.test(c)).length, p).toBeGreaterThan(0);
    }
  });
});
