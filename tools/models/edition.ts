/**
 * Scene data → glTF documents for one edition:
 * - site: ground, paths, fence, entrance, hall shells, arenas (merged by material), roofs (own node,
 *   so the app can cut them away from the air), palms, flags and lamps (instanced);
 * - stands: booths by kind and size (instanced, `extras.standIds` names the stand of each instance),
 *   hand-made models under `stand:<id>` nodes;
 * - detail-<zone>: each zone's props by kind (instanced), streamed in near the visitor, and the
 *   stands' video stills on their screens (./stills.ts);
 * - collision: the low-poly solid world for walking.
 *
 * One file at about 10 KB: the four documents are placed from the same stand and zone transforms and
 * share the instancing groups; the builders themselves are in ./kit.
 */
import { Document, NodeIO, type Node } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { mergeDocuments, unpartition } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import fs from 'node:fs';
import path from 'node:path';
import { validate } from './validate.ts';
import type { EditionData, PropKind, Stand, Zone } from '../../src/edition/schema.ts';
import { DEG, toPlan } from '../../src/edition/geometry.ts';
import { THEME_COLORS } from '../../src/edition/themes.ts';
import { ROOFS_NODE } from '../../src/edition/modelFiles.ts';
import { hex } from './kit/colors.ts';
import { mergeBuilt, placeBuilt } from './kit/geo.ts';
import type { Built, CollisionBox } from './kit/types.ts';
import { booth } from './kit/booths.ts';
import { prop } from './kit/props.ts';
import { layoutProps, THEME_PROPS } from './kit/layout.ts';
import { hall } from './kit/structures.ts';
import { arena } from './kit/arena.ts';
import { flag, lamp, palm } from './kit/landscape.ts';
import { entranceGate, ground } from './kit/ground.ts';
import { collisionMesh, createMaterials, instancedNode, meshFromParts, newDocument, type Placement } from './gltf.ts';
import { bakeLight, type BakeReport } from './bake/bake.ts';
import { addScreenStills } from './stills.ts';

export interface EditionDocuments {
  /** Critical: what the first walkable frame needs. */
  site: Document;
  stands: Document;
  collision: Document;
  /** Streamed: each zone's stand detail (props), by zone id. */
  details: Map<string, Document>;
  /** What baking the light took (tools/models/bake); nothing of it is written into a file. */
  bake: BakeReport;
}

/** Deterministic pseudo-random in [0, 1) from an integer, for natural variety that never changes between runs. */
function hash01(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function zonePlaced(zone: Zone, b: Built): Built {
  return placeBuilt(b, [zone.position[0], 0, zone.position[1]], zone.rotation * DEG);
}

/** A problem with an input of the pipeline, named like the validator's: `file: path: message`. */
export class ModelInputError extends Error {}

/** Reads a stand's hand-made model, after the Khronos validator found no error in it. */
export async function readCustomModel(file: string, where: string): Promise<Document> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new ModelInputError(`${where}: cannot read ${file}`);
  }
  const report = await validate(bytes);
  if (report.errors) {
    const first = report.messages.filter((m) => m.severity === 0).slice(0, 3);
    throw new ModelInputError(
      `${where}: ${path.basename(file)} fails the glTF validator with ${report.errors} error(s): ${first.map((m) => `${m.code} ${m.message}`).join('; ')}`,
    );
  }
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  await MeshoptDecoder.ready;
  return io.readBinary(bytes);
}

export async function buildEditionDocuments(data: EditionData, modelsDir: string): Promise<EditionDocuments> {
  const { site, stands } = data;
  const collision: CollisionBox[] = [];

  // --- Site ---------------------------------------------------------------------------------
  const siteDoc = newDocument('site');
  const sm = createMaterials(siteDoc);
  const siteScene = siteDoc.getRoot().listScenes()[0]!;
  const statics: Built[] = [ground(site)];
  const roofs: Built[] = [];
  for (const zone of site.zones) {
    if (zone.covered) {
      const { shell, roof } = hall(zone);
      statics.push(zonePlaced(zone, shell));
      roofs.push(zonePlaced(zone, roof));
    } else if (zone.kind === 'demonstration') statics.push(zonePlaced(zone, arena(zone)));
    else if (zone.kind === 'entrance') statics.push(zonePlaced(zone, entranceGate(zone)));
  }
  const world = mergeBuilt(...statics);
  collision.push(...world.collision);
  const worldMesh = meshFromParts(siteDoc, 'site', world.parts, sm);
  if (worldMesh) siteScene.addChild(siteDoc.createNode('site').setMesh(worldMesh));
  const roof = mergeBuilt(...roofs);
  collision.push(...roof.collision);
  const roofMesh = meshFromParts(siteDoc, ROOFS_NODE, roof.parts, sm);
  if (roofMesh) siteScene.addChild(siteDoc.createNode(ROOFS_NODE).setMesh(roofMesh));

  const landscape = (name: string, built: Built, placements: Placement[]) => {
    if (!placements.length) return;
    const mesh = meshFromParts(siteDoc, name, built.parts, sm);
    if (mesh) siteScene.addChild(instancedNode(siteDoc, name, mesh, placements));
    for (const p of placements) collision.push(...placeBuilt(built, [p.x, 0, p.z], p.rotationY).collision);
  };
  landscape(
    'palms',
    palm(0),
    site.landscape.palms.map(([x, z], i) => ({ x, z, rotationY: hash01(i) * Math.PI * 2, scale: 0.85 + hash01(i + 101) * 0.3 })),
  );
  for (const kind of ['morocco', 'police'] as const) {
    const flags = site.landscape.flags.filter((f) => f.flag === kind);
    landscape(
      `flags-${kind}`,
      flag(kind),
      flags.map((f) => ({ x: f.position[0], z: f.position[1], rotationY: 0 })),
    );
  }
  landscape(
    'lamps',
    lamp(),
    site.landscape.lamps.map(([x, z]) => ({ x, z, rotationY: 0 })),
  );

  // --- Stands -------------------------------------------------------------------------------
  const standsDoc = newDocument('stands');
  const tm = createMaterials(standsDoc);
  const standsScene = standsDoc.getRoot().listScenes()[0]!;
  const booths = new Map<string, { built: Built; stands: Stand[] }>();
  const props = new Map<PropKind, Array<{ stand: Stand; placement: Placement }>>();
  const custom: Stand[] = [];
  for (const stand of stands) {
    const standPlacement = (lx: number, lz: number, rotationY: number): Placement => {
      const [x, z] = toPlan(stand, lx, lz);
      return { x, z, rotationY: stand.rotation * DEG + rotationY };
    };
    if (stand.model) {
      custom.push(stand);
      continue;
    }
    const key = `${stand.booth}-${stand.width}x${stand.depth}`;
    const entry = booths.get(key) ?? { built: booth(stand.booth, stand.width, stand.depth), stands: [] };
    entry.stands.push(stand);
    booths.set(key, entry);
    collision.push(...placeBuilt(entry.built, [stand.position[0], 0, stand.position[1]], stand.rotation * DEG).collision);
    for (const p of layoutProps(stand.booth, stand.width, stand.depth, stand.props ?? THEME_PROPS[stand.theme])) {
      const list = props.get(p.kind) ?? [];
      list.push({ stand, placement: standPlacement(p.x, p.z, p.rotationY) });
      props.set(p.kind, list);
    }
  }
  for (const [key, { built, stands: group }] of booths) {
    const placements = group.map((s) => ({ x: s.position[0], z: s.position[1], rotationY: s.rotation * DEG }));
    const ids = group.map((s) => s.id);
    const neutral = meshFromParts(standsDoc, `booth-${key}`, built.parts, tm, ['matte', 'screen', 'fabric', 'glass']);
    if (neutral) standsScene.addChild(instancedNode(standsDoc, `booth-${key}`, neutral, placements).setExtras({ standIds: ids }));
    const accent = meshFromParts(standsDoc, `booth-${key}-accent`, built.parts, tm, ['accent']);
    if (accent)
      standsScene.addChild(
        instancedNode(
          standsDoc,
          `booth-${key}-accent`,
          accent,
          placements,
          group.map((s) => hex(THEME_COLORS[s.theme])),
        ).setExtras({
          standIds: ids,
        }),
      );
  }
  // Props are the stands' detail: one document per zone, streamed in as the visitor comes near.
  const details = new Map<string, Document>();
  const zoneIds = [...new Set([...props.values()].flat().map((l) => l.stand.zone))].sort();
  for (const zoneId of zoneIds) {
    const doc = newDocument(`detail-${zoneId}`);
    const dm = createMaterials(doc);
    const scene = doc.getRoot().listScenes()[0]!;
    for (const [kind, all] of [...props].sort(([a], [b]) => a.localeCompare(b))) {
      const list = all.filter((l) => l.stand.zone === zoneId);
      if (!list.length) continue;
      const built = prop(kind);
      const mesh = meshFromParts(doc, `prop-${kind}`, built.parts, dm);
      if (mesh)
        scene.addChild(
          instancedNode(
            doc,
            `prop-${kind}`,
            mesh,
            list.map((l) => l.placement),
          ).setExtras({ standIds: list.map((l) => l.stand.id) }),
        );
      for (const l of list)
        collision.push(...placeBuilt(built, [l.placement.x, 0, l.placement.z], l.placement.rotationY).collision);
    }
    for (const m of doc.getRoot().listMaterials()) if (!m.listParents().some((p) => p.propertyType === 'Primitive')) m.dispose();
    details.set(zoneId, doc);
  }
  for (const stand of custom) {
    const source = await readCustomModel(
      path.join(modelsDir, stand.model!),
      `stands.json: stands[${stands.indexOf(stand)}].model`,
    );
    const sourceScene = source.getRoot().getDefaultScene() ?? source.getRoot().listScenes()[0];
    const roots = sourceScene?.listChildren() ?? [];
    const map = mergeDocuments(standsDoc, source);
    const holder = standsDoc
      .createNode(`stand:${stand.id}`)
      .setTranslation([stand.position[0], 0, stand.position[1]])
      .setRotation([0, Math.sin((stand.rotation * DEG) / 2), 0, Math.cos((stand.rotation * DEG) / 2)])
      .setExtras({ standIds: [stand.id] });
    for (const r of roots) holder.addChild(map.get(r) as Node);
    for (const s of standsDoc.getRoot().listScenes()) if (s !== standsScene) s.dispose();
    standsScene.addChild(holder);
    // A hand-made model has no collision of its own: its footprint is solid up to 2 m.
    collision.push({
      center: [stand.position[0], 1, stand.position[1]],
      size: [stand.width, 2, stand.depth],
      rotationY: stand.rotation * DEG,
    });
  }
  await standsDoc.transform(unpartition());
  const bake = bakeLight({ site: siteDoc, stands: standsDoc, details }, data.edition.sun);
  for (const [zoneId, doc] of details)
    addScreenStills(doc, new Map([...props].map(([kind, list]) => [kind, list.filter((l) => l.stand.zone === zoneId)])));

  // --- Collision ----------------------------------------------------------------------------
  const colDoc = newDocument('collision');
  colDoc
    .getRoot()
    .listScenes()[0]!
    .addChild(colDoc.createNode('collision').setMesh(collisionMesh(colDoc, collision)));

  return { site: siteDoc, stands: standsDoc, collision: colDoc, details, bake };
}
