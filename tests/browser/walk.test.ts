/**
 * Walking as a visitor does it: keys, drag, a click on the ground, a touch joystick, travels to
 * stands, with the collision model as the judge of where the visitor may be.
 */
import { MAX_DELTA } from '../../src/walk/pace.ts';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { expectModal, openVisit, PHONE, shoot, type VisitPage } from './visit.ts';
import { frames, visitState, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { clearance, loadObstacles, segmentClearance } from './collision.ts';
import type { Obstacle } from '../../src/walk/obstacles.ts';
import type { Stand } from '../../src/edition/schema.ts';
import { arrivalViewpoint } from '../../src/walk/framing.ts';

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const stands = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'stands.json'), 'utf8')) as {
    stands: Stand[];
  }
).stands;
const WALK = 1.4;
const RADIUS = 0.3;
// A small window keeps software-rendered frames under the 0.25 s (MAX_DELTA) the motion accounts for.
const VIEWPORT = { width: 640, height: 360 };

const api = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([f, a]) =>
      (window as unknown as { __visit: Record<string, (...x: unknown[]) => unknown> }).__visit[f as string]!(...(a as unknown[])),
    [fn, args] as const,
  );

/** Records the eye's plan position every frame until stopped. */
async function startTrace(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __trace: number[][]; __tracing: boolean; __visit: { state(): { position: number[] } } };
    w.__trace = [];
    w.__tracing = true;
    const tick = () => {
      if (!w.__tracing) return;
      const p = w.__visit.state().position;
      w.__trace.push([p[0]!, p[1]!, p[2]!]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return async () =>
    page.evaluate(() => {
      const w = window as unknown as { __trace: number[][]; __tracing: boolean };
      w.__tracing = false;
      return w.__trace;
    });
}

/** Holds a key for `ms`, returning the time it was really held, measured in the page. */
async function hold(page: Page, key: string, ms: number, whileDown?: () => Promise<unknown>): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.down(key);
  await page.waitForTimeout(ms);
  await whileDown?.();
  await page.keyboard.up(key);
  const t1 = await page.evaluate(() => performance.now());
  return (t1 - t0) / 1000;
}

/**
 * Holds a key and returns the motion time the visit should have accounted for: the sum of the
 * deltas of the frames drawn while the key was down, each clamped to MAX_DELTA (0.25 s) as the walker does (a
 * stalled frame must not teleport the visitor). On a fast machine this equals the time held.
 *
 * Whether the key is down is read in the frame itself: key events are dispatched before a frame's
 * animation callbacks, so this callback and the walker's see the same key state. (Reconstructing it
 * from the events' timestamps counted one frame too many on a slow machine: a frame that begins
 * before the key comes up but runs after it, a frame of motion never walked; that was the flake.)
 *
 * The key stays down until three frames have seen it: on a machine loaded by other work the page
 * drew no frame at all in 2.5 s (CI: "walked 0.00 m … 0.00 s of frame time"), and a pace cannot be
 * measured without frames; a visitor holding a key gets frames while they hold it.
 */
async function holdMotion(page: Page, key: string, ms: number): Promise<{ held: number; motion: number }> {
  await page.evaluate(
    ([code, clamp]) => {
      const w = window as unknown as {
        __motion: number;
        __heldFrames: number;
        __keyDown: boolean;
        __frameOn: number;
        __frameToken?: number;
      };
      // A token per call: a loop left from an earlier call stops instead of recording twice.
      const token = (w.__frameToken = (w.__frameToken ?? 0) + 1);
      w.__motion = 0;
      w.__heldFrames = 0;
      w.__keyDown = false;
      w.__frameOn = token;
      const onDown = (e: KeyboardEvent) => {
        if (e.code === code) w.__keyDown = true;
      };
      const onUp = (e: KeyboardEvent) => {
        if (e.code === code) w.__keyDown = false;
      };
      addEventListener('keydown', onDown);
      addEventListener('keyup', onUp);
      let last = performance.now();
      const tick = () => {
        if (w.__frameOn !== token) return (removeEventListener('keydown', onDown), removeEventListener('keyup', onUp));
        // The walker's clock reads performance.now() in its frame, as this does.
        const now = performance.now();
        if (w.__keyDown) {
          w.__motion += Math.min((now - last) / 1000, clamp);
          w.__heldFrames++;
        }
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    [key, MAX_DELTA] as const,
  );
  const held = await hold(page, key, ms, () =>
    page.waitForFunction(() => (window as unknown as { __heldFrames: number }).__heldFrames >= 3, undefined, {
      timeout: 60_000,
      polling: 50,
    }),
  );
  await frames(page, 2);
  const motion = await page.evaluate(() => {
    const w = window as unknown as { __motion: number; __frameOn: number };
    w.__frameOn = 0;
    return w.__motion;
  });
  return { held, motion };
}

/**
 * Waits until the click-to-go route is walked, as long as the visitor keeps moving. The walk takes
 * as many frames as it takes: the walker counts at most MAX_DELTA (0.25 s) a frame (a stalled frame must not
 * teleport the visitor), so on a loaded machine drawing a frame every few hundred milliseconds the
 * same 35 m take minutes of wall time (the CI run that failed at a fixed 60 s). What fails is a
 * walker that stops short: no progress for 20 s while the route is still on.
 */
async function untilRouteWalked(page: Page): Promise<void> {
  let last = (await visitState(page)).position;
  let still = 0;
  for (;;) {
    await page.waitForTimeout(1000);
    const s = await visitState(page);
    if (s.route === null) return;
    const moved = Math.hypot(s.position[0]! - last[0]!, s.position[2]! - last[2]!);
    still = moved > 0.01 ? 0 : still + 1;
    last = s.position;
    if (still >= 20) throw new Error(`the walker stopped at ${s.position.join(', ')} with the route still on`);
  }
}

/** Screen pixel of a plan point on the ground, for the ground camera (fov 70°, pitch 0) at (x, z, yaw). */
function projectGround(
  eye: [number, number],
  yaw: number,
  target: [number, number],
  w: number,
  h: number,
): [number, number] | null {
  const dx = target[0] - eye[0];
  const dz = target[1] - eye[1];
  const depth = -Math.sin(yaw) * dx - Math.cos(yaw) * dz;
  if (depth <= 0.5) return null;
  const right = Math.cos(yaw) * dx - Math.sin(yaw) * dz;
  const up = 0.03 - 1.6;
  const t = Math.tan((70 * Math.PI) / 180 / 2);
  const nx = right / (depth * t * (w / h));
  const ny = up / (depth * t);
  return [((nx + 1) / 2) * w, ((1 - ny) / 2) * h];
}

let browser: Browser;
let visit: VisitPage;
let obstacles: Obstacle[];

beforeAll(async () => {
  obstacles = await loadObstacles(edition);
  browser = await launchChromium();
  visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=fr`, { viewport: VIEWPORT });
  await waitReady(visit.page);
});

afterAll(async () => {
  await visit?.close();
  await browser?.close();
});

describe('walking with the keyboard', () => {
  it('moves forward by about the walking pace times the time held, whatever the layout (physical keys)', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 40, 0);
    await frames(page, 3);
    const before = (await visitState(page)).position;
    const { held, motion } = await holdMotion(page, 'KeyW', 2500);
    await frames(page, 2);
    const after = (await visitState(page)).position;
    const moved = Math.hypot(after[0]! - before[0]!, after[2]! - before[2]!);
    console.log(`walked ${moved.toFixed(2)} m holding W ${held.toFixed(2)} s (${motion.toFixed(2)} s of frame time)`);
    expect(after[2]!).toBeLessThan(before[2]!); // yaw 0 walks toward −z
    expect(Math.abs(after[0]! - before[0]!)).toBeLessThan(0.05);
    // Pace × the frame time the walker was allowed to count while the key was down; the tolerance
    // is the few milliseconds between this page's clock reading and the walker's in each frame.
    expect(moved).toBeGreaterThan(WALK * motion * 0.9);
    expect(moved).toBeLessThan(WALK * held * 1.15);
  });

  it('walks faster with Shift and backwards with S', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 40, 0);
    await frames(page, 2);
    const a = (await visitState(page)).position;
    await page.keyboard.down('Shift');
    const { motion } = await holdMotion(page, 'KeyW', 1500);
    await page.keyboard.up('Shift');
    const b = (await visitState(page)).position;
    expect(a[2]! - b[2]!).toBeGreaterThan(WALK * motion * 1.5);
    await hold(page, 'KeyS', 800);
    const c = (await visitState(page)).position;
    expect(c[2]!).toBeGreaterThan(b[2]!);
  });

  it('turns left with the left arrow (yaw grows) and right with the right arrow', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 40, 0);
    await frames(page, 2);
    const turnLeft = await holdMotion(page, 'ArrowLeft', 600);
    const left = (await visitState(page)).yaw;
    expect(left).toBeGreaterThan(1.9 * turnLeft.motion * 0.6);
    const turnRight = await holdMotion(page, 'ArrowRight', 1200);
    expect((await visitState(page)).yaw).toBeLessThan(left - 1.9 * turnRight.motion * 0.6);
  });

  it('drag with the mouse turns the view', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 40, 0);
    await frames(page, 2);
    await page.mouse.move(320, 200);
    await page.mouse.down();
    await page.mouse.move(420, 200, { steps: 8 });
    await page.mouse.up();
    await frames(page, 2);
    const s = await visitState(page);
    expect(Math.abs(s.yaw)).toBeGreaterThan(0.2);
    expect(s.route).toBeNull(); // a drag is not a click
  });
});

describe('collision', () => {
  it('walking into a pavilion wall for seconds leaves the visitor outside it', async () => {
    const { page } = visit;
    // Pavilion A's front wall runs along z = −30; x = −60 is away from its door.
    await api(page, 'teleport', -60, -26, 0);
    await frames(page, 2);
    await hold(page, 'KeyW', 3000);
    const p = (await visitState(page)).position;
    expect(p[2]!).toBeGreaterThan(-30);
    expect(clearance(obstacles, p[0]!, p[2]!)).toBeGreaterThan(RADIUS - 0.05);
  });

  it('walking into a stand from its front stops at its counter or wall', async () => {
    const { page } = visit;
    await api(page, 'goTo', 'border-control');
    const trace = await startTrace(page);
    await hold(page, 'KeyW', 5000);
    const points = await trace();
    for (const p of points) expect(clearance(obstacles, p[0]!, p[2]!)).toBeGreaterThan(RADIUS - 0.05);
    const stand = stands.find((s) => s.id === 'border-control')!;
    const last = points.at(-1)!;
    // Still in front of the stand's back wall.
    expect(last[2]!).toBeGreaterThan(stand.position[1] - stand.depth / 2);
  });

  it('walking toward the site boundary stops at it', async () => {
    const { page } = visit;
    await api(page, 'teleport', 141, 70, -Math.PI / 2);
    await frames(page, 2);
    await hold(page, 'KeyW', 3500);
    const p = (await visitState(page)).position;
    expect(p[0]!).toBeLessThan(145 - RADIUS + 0.02);
    expect(p[0]!).toBeGreaterThan(142);
  });
});

describe('click to go', () => {
  it('a click on the ground beyond an obstacle walks there around it', async () => {
    const { page } = visit;
    const eye: [number, number] = [-45, -33];
    // Points of pavilion A's floor behind its east island stand, seen past it from the front door.
    const candidates: Array<[number, number]> = [
      [-27, -64],
      [-29, -66],
      [-25, -62],
      [-33, -65],
      [-26, -67],
    ];
    let chosen: { target: [number, number]; route: { target: [number, number]; points: Array<[number, number]> } } | null = null;
    for (const target of candidates) {
      await api(page, 'teleport', eye[0], eye[1], 0);
      await frames(page, 3);
      const px = projectGround(eye, 0, target, VIEWPORT.width, VIEWPORT.height);
      if (!px) continue;
      await page.mouse.click(px[0], px[1]);
      // The route is planned right after the click (the path-finding code may still be loading).
      await page
        .waitForFunction(
          () => (window as unknown as { __visit: { state(): { route: unknown } } }).__visit.state().route !== null,
          undefined,
          {
            timeout: 3000,
          },
        )
        .catch(() => undefined);
      const s = await visitState(page);
      if (s.route && Math.hypot(s.route.target[0] - target[0], s.route.target[1] - target[1]) < 0.8) {
        chosen = { target, route: s.route };
        break;
      }
    }
    expect(chosen, 'a click beyond the island landed on the floor behind it').not.toBeNull();
    const { route } = chosen!;
    // The straight line crosses something solid: walking there is a real detour.
    expect(segmentClearance(obstacles, eye, route.target)).toBeLessThan(RADIUS);
    // Every leg of the path keeps clear of the collision model.
    for (let i = 1; i < route.points.length; i++)
      expect(segmentClearance(obstacles, route.points[i - 1]!, route.points[i]!), `leg ${i}`).toBeGreaterThan(RADIUS - 0.05);
    const trace = await startTrace(page);
    await untilRouteWalked(page);
    const points = await trace();
    for (const p of points) expect(clearance(obstacles, p[0]!, p[2]!)).toBeGreaterThan(RADIUS - 0.05);
    const end = (await visitState(page)).position;
    expect(Math.hypot(end[0]! - route.target[0], end[2]! - route.target[1])).toBeLessThan(0.5);
    await shoot(page, 'walk-pavilion-between-stands');
  });

  it('a key press cancels the route', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 40, 0);
    await frames(page, 2);
    const px = projectGround([0, 40], 0, [0, 20], VIEWPORT.width, VIEWPORT.height)!;
    await page.mouse.click(px[0], px[1]);
    await page.waitForFunction(
      () => (window as unknown as { __visit: { state(): { route: unknown } } }).__visit.state().route !== null,
    );
    // A tap, down and up at once: on a slow device it falls between two frames, and must stop the
    // route all the same (the Walker counts presses, not only keys held when a frame looks).
    await page.keyboard.press('KeyS');
    await frames(page, 2);
    expect((await visitState(page)).route).toBeNull();
  });
});

describe('take me to a stand', () => {
  const facing = async (page: Page, id: string) => {
    const s = await visitState(page);
    const stand = stands.find((x) => x.id === id)!;
    const a = (stand.rotation * Math.PI) / 180;
    // In front: on the stand's axis, beyond its front edge; facing: yaw equals the stand's rotation.
    const lx = Math.cos(a) * (s.position[0]! - stand.position[0]) - Math.sin(a) * (s.position[2]! - stand.position[1]);
    const lz = Math.sin(a) * (s.position[0]! - stand.position[0]) + Math.cos(a) * (s.position[2]! - stand.position[1]);
    // Where the arrival framing puts a visitor on this screen (the ground in front can only bring them nearer).
    const v = arrivalViewpoint({ ...stand, kind: 'stand', stand }, { aspect: VIEWPORT.width / VIEWPORT.height });
    const ez = Math.sin(a) * (v.x - stand.position[0]) + Math.cos(a) * (v.z - stand.position[1]);
    expect(Math.abs(lx)).toBeLessThan(0.5);
    expect(lz).toBeGreaterThan(stand.depth / 2 + 2.5);
    expect(lz).toBeLessThan(ez + 0.3);
    expect(Math.abs(Math.atan2(Math.sin(s.yaw - a), Math.cos(s.yaw - a)))).toBeLessThan(0.02);
  };

  /** The travel asked for by a click may start a few frames later: wait until the visitor faces the stand and has stopped. */
  const arriveFacing = async (page: Page, id: string) => {
    const isFacing = () =>
      facing(page, id).then(
        () => true,
        () => false,
      );
    await expect.poll(isFacing, { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => (await visitState(page)).travelling, { timeout: 30_000 }).toBe(false);
    await frames(page, 2);
    await facing(page, id);
  };

  it('goTo flies to three stands and ends in front of each, facing it', async () => {
    const { page } = visit;
    for (const id of ['dna-profiling', 'human-rights', 'road-safety']) {
      const trace = await startTrace(page);
      await api(page, 'goTo', id);
      const points = await trace();
      await facing(page, id);
      // A flight, not a jump: intermediate frames between start and end.
      const distinct = new Set(points.map((p) => p.map((v) => v.toFixed(2)).join(','))).size;
      expect(distinct).toBeGreaterThan(3);
      await frames(page, 3);
      await shoot(page, `stand-${id}`);
    }
  });

  it('a click on a stand in the full-screen plan travels there, in front of it and facing it', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 40, 0);
    await frames(page, 2);
    await page.locator('[data-testid=plan-open]').click();
    const dialog = page.locator('[data-testid=plan-dialog]');
    await dialog.waitFor({ state: 'visible' });
    // Let the dialog's opening transition end before the picture.
    await page.waitForTimeout(500);
    await shoot(page, 'plan-open');
    await expectModal(page, 'plan-dialog');
    await dialog.locator('[data-stand="passport"]').click();
    await arriveFacing(page, 'passport');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await shoot(page, 'stand-passport-from-plan');
  });

  it('the stand list takes the visitor to a stand', async () => {
    const { page } = visit;
    await page.locator('[data-testid=stands-open]').click();
    await page.locator('[data-testid=stands-dialog]').waitFor({ state: 'visible' });
    await expectModal(page, 'stands-dialog');
    await page.locator('[data-testid=stands-dialog] [data-stand="police-academy"]').click();
    await arriveFacing(page, 'police-academy');
  });

  it('the entrance, on foot', async () => {
    const { page } = visit;
    await api(page, 'teleport', 0, 97, 0);
    await frames(page, 4);
    await shoot(page, 'walk-entrance');
  });
});

describe('reduced motion', () => {
  it('goTo fades instead of flying: no flight frames', async () => {
    const ctx = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground`, {
      viewport: VIEWPORT,
      reducedMotion: 'reduce',
    });
    try {
      await waitReady(ctx.page);
      await api(ctx.page, 'teleport', 0, 40, 0);
      await frames(ctx.page, 2);
      const trace = await startTrace(ctx.page);
      // The veil closes over the view while the rig jumps (drawn by the page from src/state/fade.ts).
      const veiled = ctx.page.waitForSelector('#fade-veil.on', { state: 'attached', timeout: 15_000 });
      await api(ctx.page, 'goTo', 'passport');
      await veiled;
      expect(await ctx.page.locator('#fade-veil.on').count()).toBe(0);
      const points = await trace();
      const distinct = [...new Set(points.map((p) => p.map((v) => v.toFixed(2)).join(',')))];
      expect(distinct.length).toBeLessThanOrEqual(2);
      expect(points.every((p) => Math.abs(p[1]! - 1.6) < 1e-3)).toBe(true);
      expect(ctx.consoleErrors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe('touch', () => {
  it('dragging the on-screen joystick walks', async () => {
    const ctx = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground`, PHONE);
    try {
      const { page } = ctx;
      await waitReady(page);
      await api(page, 'teleport', 0, 40, 0);
      await frames(page, 2);
      const box = (await page.locator('[data-testid=joystick]').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const cdp = await ctx.context.newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
      await touch('touchStart', cx, cy);
      for (let i = 1; i <= 5; i++) await touch('touchMove', cx, cy - i * 10);
      // Held forward, the visitor walks forward (−z) by more than a metre. How long that takes
      // depends on this machine's frame rate (each frame counts at most MAX_DELTA), so hold until it has.
      await expect.poll(async () => 40 - (await visitState(page)).position[2]!, { timeout: 20_000 }).toBeGreaterThan(1);
      await touch('touchEnd', cx, cy - 50);
      await frames(page, 2);
      const p = (await visitState(page)).position;
      expect(Math.abs(p[0]!)).toBeLessThan(0.2);
      // Released, it stops.
      await frames(page, 5);
      expect((await visitState(page)).position).toEqual(p);
      await shoot(page, 'walk-touch-phone');
      // No page scroll or zoom while walking.
      expect(await page.evaluate(() => [window.scrollX, window.scrollY, visualViewport?.scale ?? 1])).toEqual([0, 0, 1]);
    } finally {
      await ctx.close();
    }
  });

  it('the help shows the touch controls, in Arabic, right to left', async () => {
    const ctx = await openVisit(browser, `${inject('baseUrl')}?debug=1&view=ground&lang=ar`, PHONE);
    try {
      const { page } = ctx;
      await waitReady(page);
      await page.locator('[data-testid=help-open]').click();
      const help = page.locator('[data-testid=help-dialog]');
      await help.waitFor({ state: 'visible' });
      expect(await help.locator('.help-list').getAttribute('data-device')).toBe('touch');
      expect(await help.locator('h2').textContent()).toBe('كيفية التنقل');
      expect(await help.textContent()).not.toContain('W A S D');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await help.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      await shoot(page, 'help-touch-ar');
      await page.locator('[data-testid=help-close]').tap();
      await help.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-open');
    } finally {
      await ctx.close();
    }
  });
});

describe('help', () => {
  it('shows the keyboard controls in a modal dialog; Esc closes it and gives focus back', async () => {
    const { page } = visit;
    await page.locator('[data-testid=help-open]').click();
    const help = page.locator('[data-testid=help-dialog]');
    await help.waitFor({ state: 'visible' });
    expect(await help.locator('.help-list').getAttribute('data-device')).toBe('keyboard');
    expect(await help.locator('h2').textContent()).toBe('Comment se déplacer');
    expect(await help.textContent()).toContain('W A S D · Z Q S D');
    await expectModal(page, 'help-dialog', 4);
    await help.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await shoot(page, 'help-keyboard');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-open');
  });
});

describe('hygiene', () => {
  it('logged no console error and asked nothing of another origin', () => {
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});
