/**
 * The glTF pipeline: validator-clean output, one instance per stand, the same bytes twice, the size
 * budget, the collision model, and a stand's hand-made model included (or refused, with its field).
 */
import { Document, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS, type InstancedMesh } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionData } from '../src/edition/schema.ts';
import { buildEditionDocuments, type EditionDocuments } from '../tools/models/edition.ts';
import { compress, toGlb } from '../tools/models/write.ts';
import { validate } from '../tools/models/validate.ts';
import { PUBLIC_MODELS, readEdition, ROOT } from '../tools/edition/read.ts';

const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
const edition = data!;
const ROLES = ['site', 'stands', 'collision'] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jpo-models-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function reader(): Promise<NodeIO> {
  await MeshoptDecoder.ready;
  return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
}

interface Instanced {
  name: string;
  count: number;
  standIds: string[];
  translations: number[][];
}

function instancedNodes(doc: Document): Instanced[] {
  return doc
    .getRoot()
    .listNodes()
    .flatMap((n) => {
      const batch = n.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
      if (!batch) return [];
      const t = batch.getAttribute('TRANSLATION')!;
      const translations = Array.from({ length: t.getCount() }, (_, i) => t.getElement(i, []) as number[]);
      return [
        {
          name: n.getName(),
          count: t.getCount(),
          standIds: (n.getExtras() as { standIds?: string[] }).standIds ?? [],
          translations,
        },
      ];
    });
}

let docs: EditionDocuments;
const compressed: Record<string, Uint8Array> = {};
const plain: Record<string, Uint8Array> = {};

const details: Record<string, Uint8Array> = {};

beforeAll(async () => {
  docs = await buildEditionDocuments(edition, PUBLIC_MODELS);
  for (const role of ROLES) plain[role] = await toGlb(docs[role]);
  for (const [zone, doc] of docs.details) {
    const report = await validate(await toGlb(doc));
    if (report.errors) throw new Error(`detail-${zone}: ${report.errors} validator errors`);
  }
  for (const role of ROLES) compressed[role] = await compress(docs[role]);
  for (const [zone, doc] of docs.details) details[zone] = await compress(doc);
}, 120_000);

describe('models of the default edition', () => {
  it.each(ROLES)('%s.glb passes the Khronos glTF validator with zero errors before compression', async (role) => {
    const report = await validate(plain[role]!);
    expect(report.messages.filter((m) => m.severity === 0)).toEqual([]);
    expect(report.errors).toBe(0);
  });

  it('compressed files still validate and use meshopt and GPU instancing', async () => {
    for (const role of ROLES) expect((await validate(compressed[role]!)).errors, role).toBe(0);
    const doc = await (await reader()).readBinary(compressed.stands!);
    const used = doc
      .getRoot()
      .listExtensionsUsed()
      .map((e) => e.extensionName);
    expect(used).toContain('EXT_meshopt_compression');
    expect(used).toContain('EXT_mesh_gpu_instancing');
  });

  it('has each stand exactly once in the booth instances, at its place', async () => {
    const doc = await (await reader()).readBinary(compressed.stands!);
    const booths = instancedNodes(doc).filter((n) => n.name.startsWith('booth-') && !n.name.endsWith('-accent'));
    const ids = booths.flatMap((b) => b.standIds);
    expect(ids.sort()).toEqual(edition.stands.map((s) => s.id).sort());
    for (const b of booths) {
      expect(b.count).toBe(b.standIds.length);
      b.standIds.forEach((id, i) => {
        const stand = edition.stands.find((s) => s.id === id)!;
        expect(b.translations[i]![0]).toBeCloseTo(stand.position[0], 1);
        expect(b.translations[i]![2]).toBeCloseTo(stand.position[1], 1);
      });
    }
    // Booth kinds × sizes, not stands, decide the number of meshes: few draw calls for 37 stands.
    expect(booths.length).toBeLessThanOrEqual(8);
    const accents = instancedNodes(doc).filter((n) => n.name.endsWith('-accent'));
    expect(accents.flatMap((a) => a.standIds).sort()).toEqual(ids.sort());
  });

  it('names its nodes for what they are', async () => {
    const site = await (await reader()).readBinary(compressed.site!);
    const names = site
      .getRoot()
      .listNodes()
      .map((n) => n.getName());
    for (const name of ['site', 'roofs', 'palms', 'lamps', 'flags-morocco', 'flags-police']) expect(names).toContain(name);
    const props: string[] = [];
    for (const bytes of Object.values(details)) {
      const doc = await (await reader()).readBinary(bytes);
      props.push(
        ...doc
          .getRoot()
          .listNodes()
          .map((n) => n.getName())
          .filter((n) => n.startsWith('prop-')),
      );
    }
    for (const kind of ['prop-police-car', 'prop-lab-bench', 'prop-e-gate', 'prop-road-set', 'prop-screen-wall'])
      expect(props).toContain(kind);
  });

  it('streams stand detail per zone: every zone with stands has a detail file, each prop instance names its stand', async () => {
    const zonesWithStands = [...new Set(edition.stands.map((s) => s.zone))].sort();
    expect(Object.keys(details).sort()).toEqual(zonesWithStands);
    for (const [zone, bytes] of Object.entries(details)) {
      expect((await validate(bytes)).errors, zone).toBe(0);
      const doc = await (await reader()).readBinary(bytes);
      for (const n of instancedNodes(doc)) {
        expect(n.standIds).toHaveLength(n.count);
        for (const id of n.standIds) expect(edition.stands.find((s) => s.id === id)?.zone).toBe(zone);
      }
    }
    // The critical stands file holds no props: they are not on the first frame's path.
    const stands = await (await reader()).readBinary(compressed.stands!);
    expect(
      stands
        .getRoot()
        .listNodes()
        .filter((n) => n.getName().startsWith('prop-')),
    ).toEqual([]);
  });

  it('gives the same bytes on every run', async () => {
    const again = await buildEditionDocuments(edition, PUBLIC_MODELS);
    for (const role of ROLES) {
      const bytes = await compress(again[role]);
      expect(Buffer.from(bytes).equals(Buffer.from(compressed[role]!)), role).toBe(true);
    }
    for (const [zone, doc] of again.details)
      expect(Buffer.from(await compress(doc)).equals(Buffer.from(details[zone]!)), zone).toBe(true);
  });

  it('fits the 4 MB budget for the whole edition', () => {
    const detailBytes = Object.values(details).reduce((s, b) => s + b.byteLength, 0);
    const total = ROLES.reduce((s, r) => s + compressed[r]!.byteLength, 0) + detailBytes;
    console.log(
      `models: ${ROLES.map((r) => `${r} ${compressed[r]!.byteLength} B`).join(', ')}, details ${detailBytes} B; total ${total} B`,
    );
    expect(total).toBeLessThanOrEqual(4_000_000);
  });

  it('writes a collision model of boxes enclosing the site', async () => {
    const doc = await (await reader()).readBinary(compressed.collision!);
    const prim = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!;
    const pos = prim.getAttribute('POSITION')!;
    expect(pos.getCount() % 8).toBe(0);
    expect(pos.getCount() / 8).toBeGreaterThan(200);
    const [min, max] = [pos.getMin([]), pos.getMax([])];
    // The perimeter fence reaches the boundary on every side.
    expect(min[0]).toBeLessThanOrEqual(-144);
    expect(max[0]).toBeGreaterThanOrEqual(144);
    expect(min[2]).toBeLessThanOrEqual(-99);
    expect(max[2]).toBeGreaterThanOrEqual(99);
  });
});

describe('a stand with a hand-made model', () => {
  async function writeBox(file: string): Promise<void> {
    const doc = new Document();
    const buffer = doc.createBuffer();
    const positions = new Float32Array([-1, 0, -1, 1, 0, -1, 1, 2, -1, -1, 2, -1]);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(new Uint16Array([0, 1, 2, 0, 2, 3]))
          .setBuffer(buffer),
      );
    doc.createScene('custom').addChild(doc.createNode('custom-panel').setMesh(doc.createMesh('panel').addPrimitive(prim)));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await (await reader()).writeBinary(doc));
  }

  const withModel = (model: string): EditionData => ({
    ...edition,
    stands: edition.stands.map((s, i) => (i === 0 ? { ...s, model } : s)),
  });

  it('is included in place of the kit booth, under a node named after the stand', async () => {
    await writeBox(path.join(tmp, 'custom', 'panel.glb'));
    const out = await buildEditionDocuments(withModel('custom/panel.glb'), tmp);
    const names = out.stands
      .getRoot()
      .listNodes()
      .map((n) => n.getName());
    const id = edition.stands[0]!.id;
    expect(names).toContain(`stand:${id}`);
    expect(names).toContain('custom-panel');
    expect(out.stands.getRoot().listScenes()).toHaveLength(1);
    const booths = instancedNodes(out.stands).filter((n) => n.name.startsWith('booth-'));
    expect(booths.flatMap((b) => b.standIds)).not.toContain(id);
    expect((await validate(await toGlb(out.stands))).errors).toBe(0);
  });

  it('is refused with the stand field named when it is not valid glTF', async () => {
    fs.mkdirSync(path.join(tmp, 'custom'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'custom', 'broken.glb'), 'not a glb at all');
    await expect(buildEditionDocuments(withModel('custom/broken.glb'), tmp)).rejects.toThrow(
      /stands\.json: stands\[0\]\.model: broken\.glb fails the glTF validator/,
    );
  });
});
