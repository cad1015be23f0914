/**
 * Light baked into the models at build time (no light or shadow map added at run time): ambient
 * occlusion and the edition's sun, traced against everything the edition draws, multiplied into the
 * vertex colours the app's materials already multiply by. The merged statics are baked where they
 * stand, their ground refined first where a shade changes (./statics.ts); the instanced objects get
 * their own occlusion in their vertex colours and the shade of where each copy stands in its
 * instance colour (./instances.ts). Fixed rays and a fixed order: the same bytes on every build.
 */
import type { Document, Node } from '@gltf-transform/core';
import type { Edition } from '../../../src/edition/schema.ts';
import { sunPosition } from '../../../src/edition/sun.ts';
import { buildBvh, type Bvh } from './bvh.ts';
import { cone, type Dir } from './directions.ts';
import { bakeInstanced, tintInstances } from './instances.ts';
import { instancing, meshNodes } from './nodes.ts';
import { Occluders } from './occluders.ts';
import { sampler } from './sampler.ts';
import { bakeStatics, type StaticsOptions } from './statics.ts';

/** 16 hemisphere rays; whatever is within 2.5 m darkens (the nearer the more); the sky hidden up to 40 m. */
const RAYS = { rays: 16, near: 2.5, sky: 40, skyWeight: 0.85 };
/** Sun rays in a cone of 2° half-angle: a soft edge of ~0.3 m behind a 4 m wall, more with the vertices' spacing. */
const SUN_RAYS = 6;
const SUN_SPREAD = (2 * Math.PI) / 180;
/** Ray origins off a world surface: above the paving (4 cm) and the floors laid on the sand. */
const WORLD_LIFT = 0.06;
/** Ray origins off an instanced object's own surfaces: small, as its parts are. */
const LOCAL_LIFT = 0.01;
/**
 * The ground: probes every 2 m; triangles split down to 8 m where the shade is not linear over them
 * (a change of 0.1), down to 2 m where two corners differ by more than 0.25 (a shadow's edge, a
 * wall's foot). Tighter is smoother and heavier: these keep the added bytes near 100 kB brotli.
 */
const GROUND: StaticsOptions = { probeStep: 2, edge: 8, shortEdge: 2, change: 0.1, sharp: 0.25 };
/** Where an instanced copy's shade is read: over its foot, at a standing visitor's chest. */
const TINT_HEIGHT = 1.2;

export interface BakeDocuments {
  site: Document;
  stands: Document;
  details: ReadonlyMap<string, Document>;
}

export interface BakeReport {
  /** Time spent, milliseconds (not written into any file). */
  ms: number;
  /** Occluding triangles in the scene. */
  occluders: number;
  /** Ground probes, and those where the shade bends. */
  probes: number;
  marked: number;
  /** Triangles the ground refinement added. */
  trianglesAdded: number;
  /** Vertices baked: merged statics, instanced meshes. */
  staticVertices: number;
  instancedVertices: number;
  /** Instanced copies in shade where they stand. */
  shadedCopies: number;
}

/** The pipeline's own mesh nodes (a stand's hand-made model, under its `stand:` node, is only an occluder). */
const own = (doc: Document): Node[] => meshNodes(doc).filter((n) => n.listParents().some((p) => p.propertyType === 'Scene'));

export function bakeLight(docs: BakeDocuments, sun: Edition['sun']): BakeReport {
  const started = performance.now();
  const all = [docs.site, docs.stands, ...docs.details.values()];
  const statics = own(docs.site).filter((n) => !instancing(n));
  const everything = new Occluders();
  for (const doc of all) everything.add(meshNodes(doc));
  const world = everything.done();
  const sunAxis = sunPosition(sun) as Dir;
  const sunRays = cone(sunAxis, SUN_SPREAD, SUN_RAYS);
  const traced = (bvh: Bvh, lift: number) => sampler({ ...RAYS, bvh, sun: sunRays, sunAxis, lift, groundPlane: false });

  const worldBvh = buildBvh(world);
  const ground = bakeStatics(statics, worldBvh, traced(worldBvh, WORLD_LIFT), GROUND);

  // Instanced objects: their own occlusion, then where each copy stands. Booths read the halls'
  // shade; props, palms, lamps and flags the halls' and the booths'.
  const instanced = all.map((doc) => own(doc).filter((n) => instancing(n)));
  const instancedVertices = bakeInstanced(instanced.flat(), { ...RAYS, sunAxis, lift: LOCAL_LIFT });
  const halls = traced(buildBvh(new Occluders().add(statics).done()), 0);
  const hallsAndStands = traced(buildBvh(new Occluders().add(statics).add(meshNodes(docs.stands)).done()), 0);
  let shadedCopies = 0;
  all.forEach((doc, i) => {
    shadedCopies += tintInstances(doc, instanced[i]!, doc === docs.stands ? halls : hallsAndStands, TINT_HEIGHT);
  });

  return {
    ms: Math.round(performance.now() - started),
    occluders: world.opacity.length,
    probes: ground.probes,
    marked: ground.marked,
    trianglesAdded: ground.trianglesAdded,
    staticVertices: ground.vertices,
    instancedVertices,
    shadedCopies,
  };
}
