/**
 * The adaptive quality without a browser: the controller (src/canvas/quality/controller.ts) fed by
 * fake frame-time sources (a device whose frame cost grows with the pixels drawn, a 60 Hz or 90 Hz
 * screen, noise, a hidden tab, a shader compile), and the cheaper tier's material swap
 * (src/canvas/quality/liteTier.ts) on a small scene graph.
 */
import { describe, expect, it } from 'vitest';
import {
  BoxGeometry,
  DoubleSide,
  Group,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  Scene,
  Texture,
  type Material,
} from 'three';
import {
  DEFAULT_OPTIONS,
  createQualityControl,
  currentLevel,
  feedFrame,
  levelValue,
  pauseControl,
  qualityLadder,
  type QualityControl,
  type QualityLevel,
} from '../src/canvas/quality/controller.ts';
import { createLiteTier } from '../src/canvas/quality/liteTier.ts';
import { disposeTree } from '../src/canvas/models/parseModel.ts';

const label = (l: QualityLevel) => (l.tier === 'lite' ? 'lite' : String(l.pixelRatio));

/** A seeded random source, so a noisy run is the same run every time. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Run {
  /** Levels in the order they were reached (the start included). */
  visited: string[];
  /** Frame numbers at which the level changed. */
  changedAt: number[];
  frames: number;
}

/** Feeds `seconds` of frames whose times `source` gives for the current level; records each change. */
function run(c: QualityControl, seconds: number, source: (level: QualityLevel, frame: number) => number, into?: Run): Run {
  const r = into ?? { visited: [label(currentLevel(c))], changedAt: [], frames: 0 };
  for (let t = 0; t < seconds * 1000;) {
    const ms = source(currentLevel(c), r.frames);
    t += ms;
    r.frames++;
    if (feedFrame(c, ms)) {
      r.visited.push(label(currentLevel(c)));
      r.changedAt.push(r.frames);
    }
  }
  return r;
}

const VSYNC_60 = 1000 / 60;
/** What a 60 Hz screen shows: a frame that misses a refresh waits for the next one. */
const onVsync = (workMs: number, interval = VSYNC_60) => Math.max(1, Math.ceil(workMs / interval - 1e-9)) * interval;

describe('the quality ladder', () => {
  it('goes from the device ratio (at most 2) down to 1, under 1 to the 0.5 floor, then the cheaper tier', () => {
    expect(qualityLadder(1).map(label)).toEqual(['1', '0.75', '0.5', 'lite']);
    expect(qualityLadder(2).map(label)).toEqual(['2', '1.5', '1.25', '1', '0.75', '0.5', 'lite']);
    expect(qualityLadder(3).map(label)).toEqual(['2', '1.5', '1.25', '1', '0.75', '0.5', 'lite']);
    expect(qualityLadder(1.75).map(label)).toEqual(['1.75', '1.5', '1.25', '1', '0.75', '0.5', 'lite']);
    expect(qualityLadder(2).at(-1)).toEqual({ pixelRatio: 0.5, tier: 'lite' });
  });

  it('gives the cheaper tier level 0 and every full level at least 0.25 (stand detail comes closer only in the tier)', () => {
    for (const device of [1, 1.5, 2]) {
      const values = qualityLadder(device).map((l) => levelValue(device, l));
      expect(values[0]).toBe(1);
      expect(values.at(-1)).toBe(0);
      expect(Math.min(...values.slice(0, -1))).toBeGreaterThanOrEqual(0.25);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
  });
});

describe('the quality controller', () => {
  it('takes slow frames below 1, then to the cheaper tier, and stays there', () => {
    const c = createQualityControl(1);
    const r = run(c, 60, () => 100);
    expect(r.visited).toEqual(['1', '0.75', '0.5', 'lite']);
    expect(c.changes).toBe(3);
    const c2 = createQualityControl(2);
    expect(run(c2, 60, () => 100).visited).toEqual(['2', '1.5', '1.25', '1', '0.75', '0.5', 'lite']);
  });

  it('climbs back to the top when frames recover', () => {
    for (const device of [1, 2]) {
      const c = createQualityControl(device);
      const r = run(c, 60, () => 100);
      expect(currentLevel(c).tier).toBe('lite');
      run(c, 120, () => VSYNC_60, r);
      expect(currentLevel(c)).toEqual(qualityLadder(device)[0]);
      const ladder = qualityLadder(device).map(label);
      expect(r.visited).toEqual([...ladder, ...ladder.slice(0, -1).reverse()]);
    }
  });

  it('does not move on a steady, noisy 55–60 fps, at the top or partway down', () => {
    const rnd = random(7);
    const noisy = () => 1000 / (55 + 5 * rnd());
    const top = createQualityControl(1);
    expect(run(top, 600, noisy).changedAt).toEqual([]);
    // Partway down, a rate inside the band (over the step-down target, under the step-up one) holds too.
    const low = createQualityControl(1);
    run(low, 20, () => 100);
    const at = label(currentLevel(low));
    const band = () => 1000 / (51 + 5 * rnd());
    const r = run(low, 600, band);
    expect(r.changedAt).toEqual([]);
    expect(label(currentLevel(low))).toBe(at);
  });

  it('settles on a device whose next level up cannot hold: it tries it once, comes back, and stays', () => {
    // Frame work grows with the pixels drawn: 60 fps at ratio 1, 30 at 1.25 (a missed refresh), 15 at 2.
    const rnd = random(11);
    const device = (l: QualityLevel) => onVsync(3 + 11 * l.pixelRatio ** 2 + (rnd() - 0.5));
    const c = createQualityControl(2);
    const r = run(c, 600, device);
    expect(r.visited).toEqual(['2', '1.5', '1.25', '1', '1.25', '1']);
    expect(label(currentLevel(c))).toBe('1');
    const last = r.changedAt.at(-1)!;
    expect(r.frames - last).toBeGreaterThan(30_000);
  });

  it('makes a bounded number of changes whatever the frames do, then settles', () => {
    // A scene that turns heavy and light every few seconds, whatever the level.
    const c = createQualityControl(2);
    let t = 0;
    const r = run(c, 1800, () => {
      const ms = Math.floor(t / 5000) % 2 ? VSYNC_60 : 100;
      t += ms;
      return ms;
    });
    expect(r.changedAt.length).toBeGreaterThan(4);
    expect(r.changedAt.length).toBeLessThanOrEqual(DEFAULT_OPTIONS.maxChanges);
    expect(r.changedAt.at(-1)!).toBeLessThan(r.frames / 2);
  });

  it('does not count a hidden tab as a slow frame', () => {
    const c = createQualityControl(1);
    const good = () => VSYNC_60;
    run(c, 5, good);
    // Back from a long absence: one frame spanning 30 s.
    expect(feedFrame(c, 30_000)).toBe(false);
    run(c, 5, good);
    // A short absence, under the gap threshold: the visibility change says it was a pause.
    pauseControl(c);
    expect(feedFrame(c, 2500)).toBe(false);
    expect(run(c, 30, good).changedAt).toEqual([]);
    expect(c.changes).toBe(0);

    // The same short absence without the pause is a slow window, and the level drops: the pause is what saves it.
    const unpaused = createQualityControl(1);
    run(unpaused, 5, good);
    feedFrame(unpaused, 2500);
    expect(label(currentLevel(run(unpaused, 1, good) && unpaused))).toBe('0.75');
  });

  it('does not judge the first frames after a change (a new size, a tier’s shader compile)', () => {
    const c = createQualityControl(1);
    const r = run(c, 60, () => 100);
    const { graceFrames, graceMs, windowFrames, windowMs } = DEFAULT_OPTIONS;
    const least = Math.max(graceFrames, Math.ceil(graceMs / 100)) + Math.max(windowFrames, Math.ceil(windowMs / 100));
    for (let k = 1; k < r.changedAt.length; k++) expect(r.changedAt[k]! - r.changedAt[k - 1]!).toBe(least);

    // Right after a step down, a 3 s frame (the new tier's shaders compiling) then 60 fps: no further step down.
    const d = createQualityControl(1);
    while (!feedFrame(d, 100));
    expect(label(currentLevel(d))).toBe('0.75');
    expect(feedFrame(d, 3000)).toBe(false);
    const after = run(d, 2, () => VSYNC_60);
    expect(after.visited).toEqual(['0.75']);
    // The same long frame outside the grace does count.
    const e = createQualityControl(1);
    run(e, 3, () => VSYNC_60);
    feedFrame(e, 3000);
    expect(label(currentLevel(run(e, 1, () => VSYNC_60) && e))).toBe('0.75');
  });

  it('reads the refresh rate from the frames: 70 fps is slow on a 90 Hz screen, 55 fps is fine on a 60 Hz one', () => {
    const fast = createQualityControl(1);
    run(fast, 5, () => 1000 / 90);
    expect(fast.refresh).toBeGreaterThan(88);
    expect(run(fast, 4, () => 1000 / 70).visited).toEqual(['1', '0.75']);

    const usual = createQualityControl(1);
    run(usual, 5, () => VSYNC_60);
    expect(usual.refresh).toBeLessThan(61);
    expect(run(usual, 30, () => 1000 / 55).changedAt).toEqual([]);
  });
});

describe('the cheaper tier’s materials', () => {
  function world() {
    const scene = new Scene();
    const map = new Texture();
    const matte = new MeshStandardMaterial({ name: 'matte', color: 0xc08040, map, vertexColors: true, side: DoubleSide });
    const glass = new MeshStandardMaterial({ name: 'glass', color: 0x88aacc, transparent: true, opacity: 0.4 });
    const geometry = new BoxGeometry();
    const edition = new Group();
    edition.name = 'edition';
    const a = new Mesh(geometry, matte);
    const b = new Mesh(geometry, matte);
    const booths = new InstancedMesh(geometry, glass, 4);
    const basic = new Mesh(geometry, new MeshBasicMaterial());
    const detail = new Group();
    detail.name = 'stand-detail';
    edition.add(a, b, booths, basic, detail);
    const signs = new Mesh(geometry, new MeshStandardMaterial({ name: 'signs' }));
    scene.add(edition, signs);
    return { scene, map, matte, glass, a, b, booths, basic, detail, signs };
  }
  const accept = (o: { name: string }) => o.name === 'edition';
  const disposals = (m: Material) => {
    const seen = { count: 0 };
    m.addEventListener('dispose', () => seen.count++);
    return seen;
  };

  it('swaps the models’ standard materials for Lambert copies that look the same, shared as the originals were', () => {
    const w = world();
    const tier = createLiteTier();
    tier.enter(w.scene, accept);
    const copy = w.a.material as Material as MeshLambertMaterial;
    expect(copy).toBeInstanceOf(MeshLambertMaterial);
    expect(w.b.material).toBe(copy);
    expect(copy.name).toBe('matte');
    expect(copy.color.getHex()).toBe(0xc08040);
    expect(copy.map).toBe(w.map);
    expect(copy.vertexColors).toBe(true);
    expect(copy.side).toBe(DoubleSide);
    const glassCopy = w.booths.material as Material as MeshLambertMaterial;
    expect(glassCopy).toBeInstanceOf(MeshLambertMaterial);
    expect([glassCopy.transparent, glassCopy.opacity, glassCopy.name]).toEqual([true, 0.4, 'glass']);
    // Not standard, or not the edition's models: left alone.
    expect(w.basic.material).toBeInstanceOf(MeshBasicMaterial);
    expect(w.signs.material).toBeInstanceOf(MeshStandardMaterial);
    expect([tier.meshes, tier.copies]).toEqual([3, 2]);
  });

  it('catches stand detail streamed in later and gives it back when it leaves', () => {
    const w = world();
    const tier = createLiteTier();
    tier.enter(w.scene, accept);
    const prop = new MeshStandardMaterial({ name: 'prop' });
    const zone = new Group();
    const mesh = new Mesh(new BoxGeometry(), prop);
    zone.add(mesh);
    w.detail.add(zone);
    expect(mesh.material).toBeInstanceOf(MeshLambertMaterial);
    const copy = mesh.material as Material;
    const copyDisposed = disposals(copy);
    // Deeper still: a node added inside the zone later.
    const late = new Mesh(new BoxGeometry(), prop);
    zone.add(late);
    expect(late.material).toBe(copy);
    w.detail.remove(zone);
    expect(mesh.material).toBe(prop);
    expect(late.material).toBe(prop);
    expect(copyDisposed.count).toBe(1);
    expect(tier.meshes).toBe(3);
    // A whole model arriving at the top (a retried load) is taken too.
    const again = new Group();
    again.name = 'edition';
    const m = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
    again.add(m);
    w.scene.add(again);
    expect(m.material).toBeInstanceOf(MeshLambertMaterial);
  });

  it('puts back the very same materials on leaving, disposes every copy, and stops watching', () => {
    const w = world();
    const tier = createLiteTier();
    tier.enter(w.scene, accept);
    const copies = [w.a.material, w.booths.material] as Material[];
    const disposed = copies.map(disposals);
    const originalsDisposed = [w.matte, w.glass].map(disposals);
    // The roofs' fade writes opacity on whatever material the mesh has now.
    copies[1]!.opacity = 0.6;
    tier.leave();
    expect(w.a.material).toBe(w.matte);
    expect(w.b.material).toBe(w.matte);
    expect(w.booths.material).toBe(w.glass);
    expect(w.glass.opacity).toBe(0.6);
    expect(disposed.map((d) => d.count)).toEqual([1, 1]);
    expect(originalsDisposed.map((d) => d.count)).toEqual([0, 0]);
    expect([tier.active, tier.meshes, tier.copies]).toEqual([false, 0, 0]);
    const later = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
    w.detail.add(later);
    expect(later.material).toBeInstanceOf(MeshStandardMaterial);
    // And again: the tier can come back.
    tier.enter(w.scene, accept);
    expect(later.material).toBeInstanceOf(MeshLambertMaterial);
    tier.leave();
  });

  it('disposes the original too when a model is torn down with its copy on (disposeTree in the tier)', () => {
    const w = world();
    const tier = createLiteTier();
    tier.enter(w.scene, accept);
    const prop = new MeshStandardMaterial();
    const propDisposed = disposals(prop);
    const zone = new Group();
    zone.add(new Mesh(new BoxGeometry(), prop));
    w.detail.add(zone);
    disposeTree(zone);
    expect(propDisposed.count).toBe(1);
    w.detail.remove(zone);
    expect(propDisposed.count).toBe(1);
    tier.leave();
    expect(tier.copies).toBe(0);
  });
});
