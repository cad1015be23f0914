/**
 * The light baked into the models (tools/models/bake), read back from the built glTF documents: the
 * same numbers twice; walls darker at their foot than at their top (a pavilion's, a booth's); the
 * ground darker beside a booth than in the open, and in a hall's shadow than on its sunny side;
 * pavilion interiors and the booths under their roofs darker than outside; every shade in (0, 1].
 * A shade on the ground is the baked colour over the kit's own colour at the same point.
 */
import type { Document, Primitive } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEG, toPlan } from '../src/edition/geometry.ts';
import type { Zone } from '../src/edition/schema.ts';
import { sunPosition } from '../src/edition/sun.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';
import { buildEditionDocuments, type EditionDocuments } from '../tools/models/edition.ts';
import { placeBuilt } from '../tools/models/kit/geo.ts';
import { ground } from '../tools/models/kit/ground.ts';
import { hall } from '../tools/models/kit/structures.ts';
import type { Geo } from '../tools/models/kit/types.ts';
import { shade, SHADE_FLOOR } from '../tools/models/bake/light.ts';

const edition = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir')).data!;
const { site, stands } = edition;

let docs: EditionDocuments;
let again: EditionDocuments;
beforeAll(async () => {
  docs = await buildEditionDocuments(edition, PUBLIC_MODELS);
  again = await buildEditionDocuments(edition, PUBLIC_MODELS);
}, 120_000);

interface Arrays {
  positions: ArrayLike<number>;
  normals: ArrayLike<number>;
  colors: ArrayLike<number>;
  indices: ArrayLike<number>;
}

const arrays = (p: Primitive): Arrays => ({
  positions: p.getAttribute('POSITION')!.getArray()!,
  normals: p.getAttribute('NORMAL')!.getArray()!,
  colors: p.getAttribute('COLOR_0')!.getArray()!,
  indices: p.getIndices()!.getArray()!,
});

const node = (doc: Document, name: string) =>
  doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === name)!;
const matte = (doc: Document, name: string): Arrays =>
  arrays(
    node(doc, name)
      .getMesh()!
      .listPrimitives()
      .find((p) => p.getMaterial()?.getName() === 'matte')!,
  );
const luminance = (c: ArrayLike<number>, i: number): number =>
  0.2126 * c[i * 3]! + 0.7152 * c[i * 3 + 1]! + 0.0722 * c[i * 3 + 2]!;

/** The luminance of the highest flat upward surface at most `maxY` high at plan point (x, z), or NaN. */
function flatLuminance(g: Arrays, x: number, z: number, maxY = 0.2): number {
  const { positions: p, normals: n, colors: c, indices: idx } = g;
  let best = NaN,
    top = -Infinity;
  for (let k = 0; k < idx.length; k += 3) {
    const [a, b, d] = [idx[k]!, idx[k + 1]!, idx[k + 2]!];
    if (n[a * 3 + 1]! < 0.999 || n[b * 3 + 1]! < 0.999 || n[d * 3 + 1]! < 0.999) continue;
    const y = p[a * 3 + 1]!;
    if (y > maxY || y <= top) continue;
    const [ax, az, bx, bz, dx, dz] = [p[a * 3]!, p[a * 3 + 2]!, p[b * 3]!, p[b * 3 + 2]!, p[d * 3]!, p[d * 3 + 2]!];
    const det = (bx - ax) * (dz - az) - (dx - ax) * (bz - az);
    if (Math.abs(det) < 1e-9) continue;
    const u = ((x - ax) * (dz - az) - (dx - ax) * (z - az)) / det;
    const v = ((bx - ax) * (z - az) - (x - ax) * (bz - az)) / det;
    if (u < 0 || v < 0 || u + v > 1) continue;
    top = y;
    best = (1 - u - v) * luminance(c, a) + u * luminance(c, b) + v * luminance(c, d);
  }
  return best;
}

const geoArrays = (g: Geo): Arrays => ({ positions: g.positions, normals: g.normals, colors: g.colors, indices: g.indices });
const kitGround = geoArrays(ground(site).parts.matte!);
const kitShell = (z: Zone): Arrays =>
  geoArrays(placeBuilt(hall(z).shell, [z.position[0], 0, z.position[1]], z.rotation * DEG).parts.matte!);

/** The baked shade of the site's ground (or a hall's floor) at (x, z): baked over unbaked luminance. */
function groundShade(x: number, z: number, reference = kitGround): number {
  return flatLuminance(matte(docs.site, 'site'), x, z) / flatLuminance(reference, x, z);
}

/**
 * Faces at least `height` tall reaching down to `foot`: the luminance of their lowest vertex over
 * their highest (one kit face is one colour, so this is the baked shade's ratio).
 */
function footOverTop(
  g: Arrays,
  keep: (x: number, z: number, nx: number, nz: number) => boolean,
  height: number,
  foot: number,
): number[] {
  const { positions: p, normals: n, indices: idx } = g;
  const out: number[] = [];
  for (let k = 0; k < idx.length; k += 3) {
    const t = [idx[k]!, idx[k + 1]!, idx[k + 2]!];
    if (t.some((i) => Math.abs(n[i * 3 + 1]!) > 0.1 || !keep(p[i * 3]!, p[i * 3 + 2]!, n[i * 3]!, n[i * 3 + 2]!))) continue;
    const ys = t.map((i) => p[i * 3 + 1]!);
    const lo = t[ys.indexOf(Math.min(...ys))]!,
      hi = t[ys.indexOf(Math.max(...ys))]!;
    if (p[hi * 3 + 1]! - p[lo * 3 + 1]! < height || p[lo * 3 + 1]! > foot) continue;
    out.push(luminance(g.colors, lo) / luminance(g.colors, hi));
  }
  return out;
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('baked light', () => {
  it('is the same numbers on every build', () => {
    const colours = (d: EditionDocuments): number[][] =>
      [d.site, d.stands, ...d.details.values()].flatMap((doc) =>
        doc
          .getRoot()
          .listAccessors()
          .map((a) => Array.from(a.getArray()!)),
      );
    const a = colours(docs),
      b = colours(again);
    expect(b.length).toBe(a.length);
    a.forEach((arr, i) => expect(b[i], `accessor ${i}`).toEqual(arr));
    expect(docs.bake.trianglesAdded).toBeGreaterThan(1000);
    expect(docs.bake.ms).toBeGreaterThan(0);
  });

  it("darkens a pavilion's walls at their foot, against their top (outside)", () => {
    const z = site.zones.find((q) => q.kind === 'pavilion')!;
    const [cx, cz] = z.position;
    // The walls' outer faces: in the plane of the footprint's rim, looking straight out.
    const [hw, hd] = [z.width / 2 + 0.01, z.depth / 2 + 0.01];
    const onRim = (x: number, zz: number, nx: number, nz: number): boolean =>
      Math.abs(x - cx) <= hw &&
      Math.abs(zz - cz) <= hd &&
      ((Math.abs(Math.abs(x - cx) - z.width / 2) < 0.02 && nx * Math.sign(x - cx) > 0.99) ||
        (Math.abs(Math.abs(zz - cz) - z.depth / 2) < 0.02 && nz * Math.sign(zz - cz) > 0.99));
    const ratios = footOverTop(matte(docs.site, 'site'), onRim, 2.5, 0.6);
    expect(ratios.length).toBeGreaterThan(8);
    expect(ratios.filter((r) => r < 1).length / ratios.length).toBeGreaterThan(0.9);
    expect(mean(ratios)).toBeLessThan(0.9);
  });

  it("darkens a booth's walls at their foot, against their top", () => {
    const booth = docs.stands
      .getRoot()
      .listNodes()
      .find((n) => n.getName().startsWith('booth-inline-') && !n.getName().endsWith('-accent'))!;
    const ratios = footOverTop(matte(docs.stands, booth.getName()), () => true, 2, 0.3);
    expect(ratios.length).toBeGreaterThan(2);
    expect(mean(ratios)).toBeLessThan(0.9);
  });

  it('darkens the ground beside a booth, against open ground far from anything', () => {
    // Open ground: the point of a 10 m grid on sand farthest from every collision box.
    const boxes = docs.collision.getRoot().listMeshes()[0]!.listPrimitives()[0]!.getAttribute('POSITION')!.getArray()!;
    const clearance = (x: number, z: number): number => {
      let best = Infinity;
      for (let b = 0; b < boxes.length; b += 24) {
        let x0 = Infinity,
          x1 = -Infinity,
          z0 = Infinity,
          z1 = -Infinity;
        for (let k = 0; k < 8; k++) {
          x0 = Math.min(x0, boxes[b + k * 3]!);
          x1 = Math.max(x1, boxes[b + k * 3]!);
          z0 = Math.min(z0, boxes[b + k * 3 + 2]!);
          z1 = Math.max(z1, boxes[b + k * 3 + 2]!);
        }
        best = Math.min(best, Math.hypot(Math.max(x0 - x, 0, x - x1), Math.max(z0 - z, 0, z - z1)));
      }
      return best;
    };
    let open: [number, number] = [0, 0],
      far = 0;
    for (let x = -140; x <= 140; x += 10)
      for (let z = -95; z <= 95; z += 10) {
        const c = clearance(x, z);
        if (c > far && !Number.isNaN(groundShade(x, z))) [open, far] = [[x, z], c];
      }
    expect(far).toBeGreaterThan(8);
    const lit = groundShade(...open);
    expect(lit).toBeGreaterThan(0.95);
    // Beside the outdoor booths: half a metre out from the middle of each side, on sand.
    const beside = stands
      .filter((s) => s.booth === 'outdoor')
      .flatMap((s) =>
        [
          [0, s.depth / 2 + 0.5],
          [0, -s.depth / 2 - 0.5],
          [s.width / 2 + 0.5, 0],
          [-s.width / 2 - 0.5, 0],
        ].map(([lx, lz]) => groundShade(...toPlan(s, lx!, lz!))),
      )
      .filter((v) => !Number.isNaN(v));
    expect(beside.length).toBeGreaterThan(4);
    expect(mean(beside)).toBeLessThan(lit - 0.1);
  });

  it("darkens the ground in a hall's sun shadow, against its sunny side", () => {
    const [sx, , sz] = sunPosition(edition.edition.sun);
    const l = Math.hypot(sx, sz);
    let checked = 0;
    for (const z of site.zones.filter((q) => q.covered)) {
      const sides: Array<[number, number, number, number]> = [
        [z.width / 2, 0, 1, 0],
        [-z.width / 2, 0, -1, 0],
        [0, z.depth / 2, 0, 1],
        [0, -z.depth / 2, 0, -1],
      ];
      // Outward normals in plan, and how much each faces the sun.
      const facing = sides.map(([lx, lz, nx, nz]) => {
        const [ox, oz] = toPlan({ ...z, position: [0, 0] }, nx, nz);
        return { lx, lz, nx, nz, toSun: (ox * sx + oz * sz) / l };
      });
      facing.sort((a, b) => a.toSun - b.toSun);
      const away = facing[0]!,
        toward = facing[3]!;
      const at = (f: (typeof facing)[number]) => groundShade(...toPlan(z, f.lx + f.nx * 2.5, f.lz + f.nz * 2.5));
      const dark = at(away),
        bright = at(toward);
      if (Number.isNaN(dark) || Number.isNaN(bright)) continue;
      expect(dark, z.id).toBeLessThan(bright - 0.1);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('darkens the pavilions under their roofs, and the booths standing there', () => {
    for (const z of site.zones.filter((q) => q.kind === 'pavilion')) {
      // The floor a third of the way in from a corner, between the booths.
      const inside = groundShade(...toPlan(z, -z.width / 6, 0), kitShell(z));
      expect(inside, z.id).toBeLessThan(0.8);
      expect(inside, z.id).toBeGreaterThan(SHADE_FLOOR * 0.9);
    }
    const tints = new Map<string, number>();
    for (const n of docs.stands.getRoot().listNodes()) {
      const batch = n.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
      if (!batch || n.getName().endsWith('-accent')) continue;
      const c = batch.getAttribute('_COLOR_0');
      const ids = (n.getExtras() as { standIds: string[] }).standIds;
      ids.forEach((id, i) => tints.set(id, c ? (c.getElement(i, []) as number[])[0]! : 1));
    }
    const zoneOf = (id: string) => site.zones.find((z) => z.id === stands.find((s) => s.id === id)!.zone)!;
    const under = [...tints].filter(([id]) => zoneOf(id).covered).map(([, t]) => t);
    const outdoors = [...tints].filter(([id]) => !zoneOf(id).covered).map(([, t]) => t);
    expect(under.length).toBeGreaterThan(4);
    expect(outdoors.length).toBeGreaterThan(0);
    expect(Math.max(...under)).toBeLessThan(0.85);
    expect(Math.min(...outdoors)).toBeGreaterThan(0.9);
  });

  it('keeps every shade in (0, 1]', () => {
    for (const ny of [-1, -0.3, 0, 0.5, 1])
      for (const cos of [-1, 0, 0.4, 1])
        for (const ao of [0, 0.5, 1])
          for (const seen of [0, 0.5, 1]) {
            const s = shade(ny, cos, ao, seen);
            expect(s).toBeGreaterThanOrEqual(SHADE_FLOOR);
            expect(s).toBeLessThanOrEqual(1);
          }
    expect(shade(1, 1, 1, 1)).toBe(1);
    // The ground's own vertices come first in the site's mesh, in the kit's order: baked over unbaked.
    const baked = matte(docs.site, 'site');
    const count = kitGround.positions.length / 3;
    let lowest = Infinity;
    for (let i = 0; i < count; i++) {
      expect(baked.positions[i * 3]).toBeCloseTo(kitGround.positions[i * 3]!, 4);
      for (let a = 0; a < 3; a++) {
        const unbaked = kitGround.colors[i * 3 + a]!;
        if (unbaked < 0.02) continue;
        const f = baked.colors[i * 3 + a]! / unbaked;
        expect(f).toBeGreaterThan(0);
        expect(f).toBeLessThanOrEqual(1 + 1e-6);
        lowest = Math.min(lowest, f);
      }
    }
    expect(lowest).toBeLessThan(0.7);
    // Instance shades (booths and props, not the theme colours of the accents) and every baked colour.
    for (const doc of [docs.site, docs.stands, ...docs.details.values()])
      for (const n of doc.getRoot().listNodes()) {
        const tint = n.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing')?.getAttribute('_COLOR_0')?.getArray() ?? [];
        if (!n.getName().endsWith('-accent'))
          for (const v of tint) {
            expect(v, n.getName()).toBeGreaterThan(0);
            expect(v, n.getName()).toBeLessThanOrEqual(1);
          }
        for (const p of n.getMesh()?.listPrimitives() ?? [])
          for (const v of p.getAttribute('COLOR_0')?.getArray() ?? []) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
      }
  });
});
