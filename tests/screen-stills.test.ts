/**
 * The stands' video stills on their screens, as the pipeline writes them into the zones' detail
 * files: one node per zone that has any, its stills the stands' own video posters, one slot each in
 * the file's atlas; every picture inside its stand's footprint, a hair in front of a screen face of
 * the props instanced there, facing the same way, and mapped inside its own stand's slot.
 */
import type { Document, Node, Primitive } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toLocal } from '../src/edition/geometry.ts';
import {
  isStillsExtras,
  SCREEN_STILL_MATERIAL,
  SCREEN_STILLS_NODE,
  stillAtlas,
  type StillsExtras,
} from '../src/edition/screenStills.ts';
import { readEdition, PUBLIC_MODELS, ROOT } from '../tools/edition/read.ts';
import { buildEditionDocuments, type EditionDocuments } from '../tools/models/edition.ts';
import { layoutProps, THEME_PROPS } from '../tools/models/kit/layout.ts';
import { PROP_PICTURES } from '../tools/models/kit/props.ts';
import { standStill } from '../tools/models/stills.ts';
import { compress, io } from '../tools/models/write.ts';

const edition = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir')).data!;
let docs: EditionDocuments;
beforeAll(async () => {
  docs = await buildEditionDocuments(edition, PUBLIC_MODELS);
}, 120_000);

type V3 = [number, number, number];
const stillsNode = (doc: Document): Node | undefined =>
  doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === SCREEN_STILLS_NODE);

/** The stands that should show a still: a video with a poster, and a prop with screen pictures laid out in the booth. */
function expected(): Map<string, string[]> {
  const byZone = new Map<string, string[]>();
  for (const s of edition.stands) {
    if (!standStill(s) || s.model) continue;
    const laid = layoutProps(s.booth, s.width, s.depth, s.props ?? THEME_PROPS[s.theme]);
    if (!laid.some((p) => PROP_PICTURES[p.kind])) continue;
    byZone.set(s.zone, [...(byZone.get(s.zone) ?? []), s.id]);
  }
  return byZone;
}

/** Every screen triangle of the zone's instanced props, in the world. */
function screenTriangles(doc: Document): V3[][] {
  const out: V3[][] = [];
  for (const node of doc.getRoot().listNodes()) {
    const batch = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
    if (!batch) continue;
    const T = batch.getAttribute('TRANSLATION')!;
    const R = batch.getAttribute('ROTATION')!;
    for (const prim of node.getMesh()!.listPrimitives()) {
      if (prim.getMaterial()?.getName() !== 'screen') continue;
      const pos = prim.getAttribute('POSITION')!;
      const idx = prim.getIndices()!.getArray()!;
      for (let i = 0; i < T.getCount(); i++) {
        const [tx, , tz] = T.getElement(i, [0, 0, 0]) as V3;
        const q = R.getElement(i, []) as number[];
        const th = 2 * Math.atan2(q[1]!, q[3]!);
        const c = Math.cos(th);
        const s = Math.sin(th);
        const world = (k: number): V3 => {
          const [x, y, z] = pos.getElement(k, [0, 0, 0]) as V3;
          return [c * x + s * z + tx, y, -s * x + c * z + tz];
        };
        for (let k = 0; k + 2 < idx.length; k += 3) out.push([world(idx[k]!), world(idx[k + 1]!), world(idx[k + 2]!)]);
      }
    }
  }
  return out;
}

const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/** Whether p lies on triangle t (within 1 mm of its plane, inside its edges) and the triangle faces n. */
function onTriangle(p: V3, n: V3, t: V3[]): boolean {
  const [a, b, c] = t as [V3, V3, V3];
  const tn = cross(sub(b, a), sub(c, a));
  const len = Math.hypot(...tn);
  if (len < 1e-9 || dot(tn, n) / len < 0.99) return false;
  if (Math.abs(dot(sub(p, a), tn) / len) > 0.001) return false;
  const inside = (u: V3, v: V3) => dot(cross(sub(v, u), sub(p, u)), tn) >= -1e-9;
  return inside(a, b) && inside(b, c) && inside(c, a);
}

interface Quad {
  corners: V3[];
  normal: V3;
  uv: Array<[number, number]>;
}

function quads(prim: Primitive): Quad[] {
  const pos = prim.getAttribute('POSITION')!;
  const nor = prim.getAttribute('NORMAL')!;
  const uv = prim.getAttribute('TEXCOORD_0')!;
  const out: Quad[] = [];
  for (let q = 0; q < pos.getCount(); q += 4) {
    const k = [q, q + 1, q + 2, q + 3];
    out.push({
      corners: k.map((i) => pos.getElement(i, [0, 0, 0]) as V3),
      normal: nor.getElement(q, [0, 0, 0]) as V3,
      uv: k.map((i) => uv.getElement(i, [0, 0]) as [number, number]),
    });
  }
  return out;
}

describe('video stills on the stands’ screens', () => {
  it('are in the detail files of exactly the zones whose stands show one, one slot per stand, its own video’s poster', () => {
    const want = expected();
    expect([...want.keys()].sort()).toEqual(['pavilion-a', 'pavilion-c']);
    expect(want.get('pavilion-a')).toContain('artificial-intelligence');
    expect(want.get('pavilion-c')?.sort()).toEqual(['human-rights', 'police-academy']);
    for (const [zone, doc] of docs.details) {
      const node = stillsNode(doc);
      if (!want.has(zone)) {
        expect(node, zone).toBeUndefined();
        continue;
      }
      const extras = node!.getExtras();
      expect(isStillsExtras(extras)).toBe(true);
      const e = extras as unknown as StillsExtras;
      expect(e.stills.map((s) => s.stand).sort()).toEqual(want.get(zone)!.sort());
      for (const s of e.stills) expect(s.poster).toBe(standStill(edition.stands.find((x) => x.id === s.stand)!));
      expect(e).toEqual(stillAtlas(e.stills));
      const prims = node!.getMesh()!.listPrimitives();
      expect(prims).toHaveLength(1);
      expect(prims[0]!.getMaterial()!.getName()).toBe(SCREEN_STILL_MATERIAL);
      expect(prims[0]!.getMaterial()!.getBaseColorTexture()).toBeNull();
    }
  });

  it('hang a hair in front of a screen face of their own stand, facing the same way, mapped inside their own slot', () => {
    for (const [zone, doc] of docs.details) {
      const node = stillsNode(doc);
      if (!node) continue;
      const e = node.getExtras() as unknown as StillsExtras;
      const screens = screenTriangles(doc);
      const all = quads(node.getMesh()!.listPrimitives()[0]!);
      // The video walls' four screens and the simulator's three middle panels.
      expect(all.length, zone).toBe(e.stills.reduce((n, s) => n + (s.stand === 'police-academy' ? 3 : 4), 0));
      for (const q of all) {
        const [u, v] = q.uv[0]!;
        const slot = e.stills.find((s) => {
          const [x, y] = [u * e.atlas.width, v * e.atlas.height];
          return x >= s.x - 1e-3 && x <= s.x + s.width + 1e-3 && y >= s.y - 1e-3 && y <= s.y + s.height + 1e-3;
        })!;
        expect(slot, zone).toBeDefined();
        const stand = edition.stands.find((s) => s.id === slot.stand)!;
        for (const [x, y] of q.uv) {
          expect(x * e.atlas.width).toBeGreaterThanOrEqual(slot.x - 1e-3);
          expect(x * e.atlas.width).toBeLessThanOrEqual(slot.x + slot.width + 1e-3);
          expect(y * e.atlas.height).toBeGreaterThanOrEqual(slot.y - 1e-3);
          expect(y * e.atlas.height).toBeLessThanOrEqual(slot.y + slot.height + 1e-3);
        }
        for (const c of q.corners) {
          const [lx, lz] = toLocal(stand, c[0], c[2]);
          expect(Math.abs(lx), stand.id).toBeLessThanOrEqual(stand.width / 2);
          expect(Math.abs(lz), stand.id).toBeLessThanOrEqual(stand.depth / 2);
          expect(c[1]).toBeGreaterThan(0.6);
          expect(c[1]).toBeLessThan(2.5);
        }
        // Its middle, moved 4 mm back, is on a screen face that looks the same way.
        const mid = [0, 1, 2].map((a) => q.corners.reduce((s, c) => s + c[a]!, 0) / 4) as V3;
        const behind: V3 = [mid[0] - q.normal[0] * 0.004, mid[1] - q.normal[1] * 0.004, mid[2] - q.normal[2] * 0.004];
        expect(
          screens.some((t) => onTriangle(behind, q.normal, t)),
          `${stand.id} picture at ${mid.map((x) => x.toFixed(2))}`,
        ).toBe(true);
        // Counter-clockwise seen from the front: its winding agrees with its normal.
        const [a, b, c] = q.corners as [V3, V3, V3];
        expect(dot(cross(sub(b, a), sub(c, a)), q.normal)).toBeGreaterThan(0);
      }
      // Each stand's pictures together show its whole still across (a wall) or a middle band (the simulator).
      for (const s of e.stills) {
        const mine = all.filter((q) => Math.abs(q.uv[0]![1] * e.atlas.height - (s.y + s.height / 2)) <= s.height / 2 + 1e-3);
        const us = mine.flatMap((q) => q.uv.map(([u]) => u * e.atlas.width));
        expect(Math.min(...us)).toBeLessThan(s.x + 0.02 * s.width);
        expect(Math.max(...us)).toBeGreaterThan(s.x + 0.98 * s.width);
      }
    }
  });

  // Last: compressing changes the documents in place.
  it('keep a material of their own once written (not merged with the props’ screens)', async () => {
    for (const [zone, doc] of docs.details) {
      if (!stillsNode(doc)) continue;
      const written = await (await io()).readBinary(await compress(doc));
      const users = written
        .getRoot()
        .listNodes()
        .filter((n) =>
          n
            .getMesh()
            ?.listPrimitives()
            .some((p) => p.getMaterial()?.getName() === SCREEN_STILL_MATERIAL),
        )
        .map((n) => n.getName());
      expect(users, zone).toEqual([SCREEN_STILLS_NODE]);
      expect(
        stillsNode(written)!
          .getMesh()!
          .listPrimitives()
          .map((p) => p.getMaterial()?.getName()),
      ).toEqual([SCREEN_STILL_MATERIAL]);
    }
  });
});
