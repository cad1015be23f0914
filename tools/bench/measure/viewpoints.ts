/**
 * The fixed viewpoints where draw calls and triangles are measured, derived from the default
 * edition's scene files, and the walk through every stand that checks GPU objects are released.
 * Shared by `npm run bench` and the budget tests; drives a page through `window.__visit`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Site, Stand, Zone } from '../../../src/edition/schema.ts';
import { toPlan } from '../../../src/edition/geometry.ts';
import { gateSide } from '../../models/kit/arena.ts';
import { ROOT } from '../../browser/server.ts';
import { frames, visitApi, visitState, visitStats, waitReadyAt, withReadyStamp, type Stats } from '../../browser/page.ts';

export const EDITION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')) as { default: string })
  .default;
const sceneFile = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', EDITION, name), 'utf8')) as T;
export const SITE = sceneFile<Site>('site.json');
export const STANDS = sceneFile<{ stands: Stand[] }>('stands.json').stands;

/** The window the viewpoints are drawn in (bench and tests alike: the frustum decides what is drawn). */
export const VIEWPORT = { width: 1280, height: 720 } as const;

/** The entrance on foot, facing into the site (−z). */
export const ENTRANCE = { x: 0, z: 97, yaw: 0 } as const;
/** The three stands whose fronts are measured. */
export const STAND_VIEWS = ['dna-profiling', 'border-control', 'road-safety'] as const;
/** The demonstration area looked into from its gate. */
export const DEMONSTRATION_ZONE = 'mounted-arena';

export type Viewpoint =
  | { id: string; label: string; kind: 'teleport'; x: number; z: number; yaw: number }
  | { id: string; label: string; kind: 'stand'; standId: string }
  | { id: string; label: string; kind: 'aerial' };

/** Yaw that looks from (x, z) toward (tx, tz): 0 looks toward −z, positive turns left. */
export function yawToward(x: number, z: number, tx: number, tz: number): number {
  return Math.atan2(-(tx - x), -(tz - z));
}

/** One metre outside a demonstration area's gate (the side that faces the site), looking in. */
export function demonstrationViewpoint(zone: Zone): { x: number; z: number; yaw: number } {
  const side = gateSide(zone);
  const local: Record<typeof side, [number, number]> = {
    front: [0, zone.depth / 2 + 1],
    back: [0, -zone.depth / 2 - 1],
    left: [-zone.width / 2 - 1, 0],
    right: [zone.width / 2 + 1, 0],
  };
  const [x, z] = toPlan(zone, ...local[side]);
  return { x, z, yaw: yawToward(x, z, zone.position[0], zone.position[1]) };
}

export const VIEWPOINTS: Viewpoint[] = [
  { id: 'entrance', label: 'Entrance, on foot', kind: 'teleport', ...ENTRANCE },
  // The middle of each covered zone, facing −z.
  ...SITE.zones
    .filter((zone) => zone.covered)
    .map((zone): Viewpoint => ({
      id: zone.id,
      label: `Middle of ${zone.name.en}`,
      kind: 'teleport',
      x: zone.position[0],
      z: zone.position[1],
      yaw: 0,
    })),
  ...STAND_VIEWS.map((standId): Viewpoint => ({
    id: `stand:${standId}`,
    label: `In front of stand ${standId}`,
    kind: 'stand',
    standId,
  })),
  (() => {
    const zone = SITE.zones.find((z) => z.id === DEMONSTRATION_ZONE);
    if (!zone) throw new Error(`no zone ${DEMONSTRATION_ZONE} in ${EDITION}/site.json`);
    return { id: zone.id, label: `${zone.name.en}, at its gate looking in`, kind: 'teleport', ...demonstrationViewpoint(zone) };
  })(),
  { id: 'aerial', label: 'Aerial view', kind: 'aerial' },
];

/**
 * Frames to wait after a move before reading stats: the probe reads `renderer.info` at the start of
 * a frame (the previous frame's counts), and the aerial camera's controls damp over a few frames.
 */
const SETTLE_FRAMES = 6;

export async function goToViewpoint(page: Page, vp: Viewpoint): Promise<void> {
  if (vp.kind === 'teleport') await visitApi(page, 'teleport', vp.x, vp.z, vp.yaw);
  else if (vp.kind === 'stand') {
    await visitApi(page, 'view', 'ground');
    await visitApi(page, 'goTo', vp.standId);
  } else await visitApi(page, 'view', 'aerial');
  await frames(page, SETTLE_FRAMES);
  await settleStreaming(page);
}

/** Waits until stand detail streaming has nothing left to load or release here (a count, not a clock). */
export async function settleStreaming(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __visit: { state(): { detail: { settled: boolean } } } }).__visit.state().detail.settled,
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  await frames(page, 3);
}

export interface ViewpointResult {
  id: string;
  label: string;
  position: number[];
  yaw: number;
  stats: Stats;
}

/** Visits every viewpoint in order and reads the stats of a frame drawn there. */
export async function measureViewpoints(page: Page, list: Viewpoint[] = VIEWPOINTS): Promise<ViewpointResult[]> {
  const out: ViewpointResult[] = [];
  for (const vp of list) {
    await goToViewpoint(page, vp);
    const stats = await visitStats(page);
    const state = await visitState(page);
    out.push({ id: vp.id, label: vp.label, position: state.position, yaw: state.yaw, stats });
  }
  return out;
}

export interface MemoryRoundTrip {
  /** At the entrance right after ready (the aerial view drawn once). */
  cold: Stats;
  /** At the entrance after a first stand and back: the start the budget compares with. */
  start: Stats;
  /** At the entrance after every stand. */
  end: Stats;
  stands: number;
  warmUpStand: string;
  /** Relative change, end vs start. */
  geometries: number;
  textures: number;
  /** Relative change, end vs cold. */
  coldGeometries: number;
  coldTextures: number;
}

export const relativeChange = (start: number, end: number): number =>
  start === 0 ? (end === 0 ? 0 : Infinity) : (end - start) / start;

/**
 * GPU objects at the entrance, then after a flight to every stand and back to the entrance.
 * three.js creates a geometry or texture on the GPU the first time it is drawn, and some things
 * exist only near a stand (its hotspot markers): a flight to the first stand and back comes first,
 * so that the start holds everything a visitor sees at a stand and a change means a leak, not a
 * first upload. The cold numbers (right after ready) are kept too.
 */
export async function memoryRoundTrip(page: Page, standIds: string[] = STANDS.map((s) => s.id)): Promise<MemoryRoundTrip> {
  const warmUpStand = standIds[0];
  if (!warmUpStand) throw new Error('no stand to visit');
  await goToViewpoint(page, VIEWPOINTS[0]!);
  const cold = await visitStats(page);
  await visitApi(page, 'goTo', warmUpStand);
  await frames(page, SETTLE_FRAMES);
  await goToViewpoint(page, VIEWPOINTS[0]!);
  const start = await visitStats(page);
  for (const id of standIds) await visitApi(page, 'goTo', id);
  await goToViewpoint(page, VIEWPOINTS[0]!);
  const end = await visitStats(page);
  return {
    cold,
    start,
    end,
    stands: standIds.length,
    warmUpStand,
    geometries: relativeChange(start.geometries, end.geometries),
    textures: relativeChange(start.textures, end.textures),
    coldGeometries: relativeChange(cold.geometries, end.geometries),
    coldTextures: relativeChange(cold.textures, end.textures),
  };
}

/**
 * The bench's pass over the scene: draw counts at every viewpoint and GPU objects after every
 * stand, in one page opened as a visitor opens it. Ready is then the first frame of the aerial
 * view, which draws (and so uploads) every model; the round trip starts at the entrance.
 */
export async function measureScene(
  browser: Browser,
  url: string,
  log: (s: string) => void,
): Promise<{ viewpoints: ViewpointResult[]; memory: MemoryRoundTrip }> {
  return withReadyStamp(browser, { viewport: VIEWPORT }, async (context) => {
    const page = await context.newPage();
    // Counts at a pinned level (pixel ratio 1, full tier), as the budget tests read them: adapting on
    // this machine would reach the cheaper tier, whose shorter detail reach changes what is drawn.
    const pinned = new URL(url);
    pinned.searchParams.set('quality', '1');
    await page.goto(pinned.toString());
    await waitReadyAt(page);
    log('GPU objects: a flight to each stand and back');
    const memory = await memoryRoundTrip(page);
    return { viewpoints: await measureViewpoints(page), memory };
  });
}
