/**
 * The stands' video stills on their screens, in a zone's detail file: every screen picture of the
 * zone's props (tools/models/kit/props.ts PROP_PICTURES) whose stand has a video, as quads in the
 * zone's world frame mapped into the file's atlas of stills (src/edition/screenStills.ts), in one
 * mesh, one draw call. The material is unlit and has no picture: the app paints the atlas from the
 * edition's media when the file loads. Added after the light is baked: a screen glows whatever the
 * light and shades nothing.
 */
import type { Document } from '@gltf-transform/core';
import { KHRMaterialsUnlit } from '@gltf-transform/extensions';
import type { PropKind, Stand } from '../../src/edition/schema.ts';
import { SCREEN_STILL_MATERIAL, SCREEN_STILLS_NODE, slotUv, stillAtlas } from '../../src/edition/screenStills.ts';
import type { Placement } from './gltf.ts';
import { PROP_PICTURES } from './kit/props.ts';

/** A stand's still: the poster of its first video hotspot. */
export function standStill(stand: Stand): string | undefined {
  for (const h of stand.hotspots) if (h.type === 'video') return h.video.poster;
  return undefined;
}

/** Adds the zone's stills node to its detail document; nothing when none of its screens has a still. */
export function addScreenStills(
  doc: Document,
  props: ReadonlyMap<PropKind, ReadonlyArray<{ stand: Stand; placement: Placement }>>,
): void {
  const shown: Array<{ stand: Stand; poster: string; placement: Placement; kind: PropKind }> = [];
  for (const [kind, list] of [...props].sort(([a], [b]) => a.localeCompare(b))) {
    if (!PROP_PICTURES[kind]) continue;
    for (const { stand, placement } of list) {
      const poster = standStill(stand);
      if (poster) shown.push({ stand, poster, placement, kind });
    }
  }
  if (!shown.length) return;
  // One slot per stand, whatever number of its screens show it.
  const order = [...new Map(shown.map((s) => [s.stand.id, { stand: s.stand.id, poster: s.poster }])).values()];
  const extras = stillAtlas(order);
  const positions: number[] = [];
  const normals: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  for (const { stand, placement, kind } of shown) {
    const slot = extras.stills.find((s) => s.stand === stand.id)!;
    const c = Math.cos(placement.rotationY);
    const s = Math.sin(placement.rotationY);
    for (const p of PROP_PICTURES[kind]!()) {
      const base = positions.length / 3;
      const [s0, t0, s1, t1] = p.uv;
      const corners: Array<[number, number]> = [
        [s0, t1],
        [s1, t1],
        [s1, t0],
        [s0, t0],
      ];
      p.corners.forEach(([x, y, z], k) => {
        positions.push(c * x + s * z + placement.x, y, -s * x + c * z + placement.z);
        normals.push(c * p.normal[0] + s * p.normal[2], p.normal[1], -s * p.normal[0] + c * p.normal[2]);
        uvs.push(...slotUv(extras.atlas, slot, ...corners[k]!));
      });
      indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
  }
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  const unlit = doc.createExtension(KHRMaterialsUnlit);
  // Its extras keep it apart from the props' own unlit 'screen' material, which is otherwise the same:
  // merged by the writer's dedup, the app's atlas would land on every screen of the zone.
  const material = doc
    .createMaterial(SCREEN_STILL_MATERIAL)
    .setBaseColorFactor([1, 1, 1, 1])
    .setExtension('KHR_materials_unlit', unlit.createUnlit())
    .setExtras({ stills: true });
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(positions)).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(normals)).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array(uvs)).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(indices)).setBuffer(buffer))
    .setMaterial(material);
  const mesh = doc.createMesh(SCREEN_STILLS_NODE).addPrimitive(prim);
  doc
    .getRoot()
    .listScenes()[0]!
    .addChild(
      doc
        .createNode(SCREEN_STILLS_NODE)
        .setMesh(mesh)
        .setExtras({ ...extras }),
    );
}
