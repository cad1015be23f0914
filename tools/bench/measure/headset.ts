/**
 * Draw calls and triangles of a headset's frame at the bench's viewpoints (all but the aerial one,
 * which a headset does not have): an emulated Quest 3 drawing one view per eye (iwer, stereo), the
 * visit entered in VR, the head put at each viewpoint. `renderer.info` then counts both eyes, which
 * is what the budgets must hold for a headset. Also the bytes of the controller and hand profiles
 * shipped (dist/xr-profiles). Shared by `npm run bench` and tests/browser/xr-budgets.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { installHeadset, setController, xrFrames } from '../../browser/headset.ts';
import { visitApi, visitState, visitStats, waitReady, type Stats } from '../../browser/page.ts';
import { settleStreaming, VIEWPOINTS, VIEWPORT, type Viewpoint } from './viewpoints.ts';
import { brotli } from '../../vite/precompress.ts';

export const HEADSET_VIEWPOINTS = VIEWPOINTS.filter((v) => v.kind !== 'aerial');

export interface HeadsetResult {
  id: string;
  label: string;
  stats: Stats;
}

/** Opens the visit with a stereo headset, waits for ready and enters VR; the left hand down at the side. */
export async function openInHeadset(browser: Browser, url: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await installHeadset(context, { stereo: true });
  const page = await context.newPage();
  const u = new URL(url);
  u.searchParams.set('debug', '1');
  u.searchParams.set('quality', '1');
  await page.goto(u.toString());
  await waitReady(page);
  await page.waitForFunction(
    () => (window as unknown as { __visit: { state(): { xr: { available: boolean } } } }).__visit.state().xr.available,
    undefined,
    {
      timeout: 30_000,
    },
  );
  await visitApi(page, 'view', 'ground');
  if (!(await visitApi(page, 'enterVR'))) throw new Error('the emulated headset did not start a session');
  await page.waitForFunction(
    () => (window as unknown as { __visit: { state(): { xr: { head: unknown } } } }).__visit.state().xr.head !== null,
  );
  await setController(page, 'left', [-0.3, 0.85, -0.15], 0, -0.6);
  return { page, close: () => context.close() };
}

/** Puts the head at a viewpoint and waits for what is drawn there to settle. */
export async function goToHeadsetViewpoint(page: Page, vp: Viewpoint): Promise<void> {
  if (vp.kind === 'teleport') await visitApi(page, 'teleport', vp.x, vp.z, vp.yaw);
  else if (vp.kind === 'stand') await visitApi(page, 'goTo', vp.standId);
  await xrFrames(page, 6);
  await settleStreaming(page);
  await xrFrames(page, 3);
}

export async function measureHeadset(page: Page, list: Viewpoint[] = HEADSET_VIEWPOINTS): Promise<HeadsetResult[]> {
  const out: HeadsetResult[] = [];
  for (const vp of list) {
    await goToHeadsetViewpoint(page, vp);
    const state = await visitState(page);
    if (!state.xr.presenting) throw new Error(`the session ended at ${vp.id}`);
    out.push({ id: vp.id, label: vp.label, stats: await visitStats(page) });
  }
  return out;
}

/** The bytes of dist/xr-profiles: every file, raw and brotli. */
export function profileBytes(dist: string): { files: number; raw: number; brotli: number } {
  const dir = path.join(dist, 'xr-profiles');
  let files = 0;
  let raw = 0;
  let br = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.(br|gz)$/.test(e.name)) {
        const bytes = fs.readFileSync(p);
        files++;
        raw += bytes.byteLength;
        br += fs.existsSync(`${p}.br`) ? fs.statSync(`${p}.br`).size : brotli(bytes).byteLength;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { files, raw, brotli: br };
}
