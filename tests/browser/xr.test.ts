/**
 * The visit in a headset, in real Chromium with an emulated Meta Quest 3 (iwer, tests/browser/xr.ts):
 * the Enter VR button appears only where a session is offered; entering keeps the place and the
 * heading; a teleport lands on a path; a teleport into a booth is refused (the arc turns red, the
 * visitor stays); a snap turn turns by the setting, about the head; leaving puts the walker where
 * the head was. No request leaves the origin. Screenshots of what the headset shows.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, shoot, type VisitPage } from './visit.ts';
import { frames, visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { installHeadset, setController, thumbstick, xrFrames } from './xr.ts';

const HAND: [number, number, number] = [0.2, 1.2, -0.3];

async function xr(page: Page) {
  return (await visitState(page)).xr;
}

/** Pushes the right thumbstick forward to aim, reads the arc, and lets go; returns the arc seen while aiming. */
async function teleportWith(page: Page, yaw: number, pitch: number) {
  await setController(page, 'right', HAND, yaw, pitch);
  await thumbstick(page, 'right', 0, -1);
  await expect.poll(async () => (await xr(page)).arc, { timeout: 20_000 }).not.toBeNull();
  await xrFrames(page, 2);
  const arc = (await xr(page)).arc!;
  await thumbstick(page, 'right', 0, 0);
  await expect.poll(async () => (await xr(page)).arc, { timeout: 20_000 }).toBeNull();
  return arc;
}

describe('the visit in a headset (emulated Quest 3)', () => {
  let browser: Browser;
  let visit: VisitPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`, {}, installHeadset);
    page = visit.page;
    await waitReady(page);
  });
  afterAll(async () => {
    await visit?.close();
    await browser?.close();
  });

  it('offers the headset, enters at the place and heading of the walk', async () => {
    await expect.poll(async () => (await xr(page)).supported).toBe(true);
    await page.getByTestId('xr-enter').waitFor({ state: 'visible', timeout: 30_000 });
    await visitApi(page, 'view', 'ground');
    // On the main avenue (10 m wide along x = 0, a low barrier down its middle), facing north.
    await visitApi(page, 'teleport', -2.5, 70, 0);
    await frames(page, 2);
    const before = await visitState(page);
    await page.getByTestId('xr-enter').click();
    await expect.poll(async () => (await xr(page)).presenting, { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => (await xr(page)).head, { timeout: 30_000 }).not.toBeNull();
    await xrFrames(page, 3);
    const s = await xr(page);
    await shoot(page, 'xr-entered');
    // The head, not the rig's origin, stands where the walker stood, facing the same way.
    expect(s.head!.position[0]).toBeCloseTo(before.position[0], 1);
    expect(s.head!.position[2]).toBeCloseTo(before.position[2], 1);
    expect(s.head!.yaw).toBeCloseTo(before.yaw, 1);
    expect(s.rig.position[1]).toBe(0);
  });

  it('teleports onto a path, through the fade', async () => {
    const before = (await xr(page)).head!;
    const arc = await teleportWith(page, 0, -0.2);
    expect(arc.allowed, JSON.stringify(arc)).toBe(true);
    expect(arc.landing[1]).toBe(0);
    await expect.poll(async () => (await xr(page)).teleports, { timeout: 20_000 }).toBe(1);
    await xrFrames(page, 4);
    const after = await xr(page);
    const moved = Math.hypot(after.head!.position[0] - before.position[0], after.head!.position[2] - before.position[2]);
    expect(moved).toBeGreaterThan(1);
    // The head lands over the arc's end; the rig stays on the ground.
    expect(after.head!.position[0]).toBeCloseTo(arc.landing[0], 0);
    expect(after.head!.position[2]).toBeCloseTo(arc.landing[2], 0);
    expect(after.rig.position[1]).toBe(0);
  });

  it('turns by the snap angle about the head', async () => {
    for (const angle of [30, 45]) {
      await visitApi(page, 'xrSettings', { snapAngle: angle });
      const before = (await xr(page)).head!;
      await thumbstick(page, 'right', -1, 0);
      await xrFrames(page, 3);
      await thumbstick(page, 'right', 0, 0);
      await xrFrames(page, 3);
      const after = (await xr(page)).head!;
      const turned = Math.atan2(Math.sin(after.yaw - before.yaw), Math.cos(after.yaw - before.yaw));
      expect((turned * 180) / Math.PI).toBeCloseTo(angle, 0);
      expect(after.position[0]).toBeCloseTo(before.position[0], 2);
      expect(after.position[2]).toBeCloseTo(before.position[2], 2);
    }
  });

  it('leaves the headset for the walk at the same place', async () => {
    const s = await xr(page);
    await shoot(page, 'xr-before-leave');
    // The page is not seen in the headset (the emulator covers it, as the headset does): the API leaves.
    await visitApi(page, 'exitVR');
    await expect.poll(async () => (await xr(page)).presenting, { timeout: 30_000 }).toBe(false);
    await frames(page, 3);
    const walk = await visitState(page);
    expect(walk.view).toBe('ground');
    expect(walk.position[0]).toBeCloseTo(s.head!.position[0], 0);
    expect(walk.position[2]).toBeCloseTo(s.head!.position[2], 0);
    expect(walk.yaw).toBeCloseTo(s.head!.yaw, 1);
    expect(visit.offsite).toEqual([]);
    await shoot(page, 'xr-left');
  });
});
