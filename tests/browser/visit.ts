/**
 * Test-only helpers: opening the visit in a fresh browser context with every request and console
 * error recorded, a phone, modal checks, screenshots. Driving the page itself: tools/browser/page.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { ROOT } from '../../tools/browser/server.ts';

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

export interface VisitPage {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave the local server (aborted). */
  offsite: string[];
  consoleErrors: string[];
  /**
   * Every `securitypolicyviolation` the page reported (the build is served with the production
   * policy, deploy/headers.ts): directive, blocked URL, where. Chromium also logs each one as a
   * console error, so a test that expects no console error fails on one too.
   */
  violations: string[];
  close(): Promise<void>;
}

/**
 * Opens the visit in a fresh context. `prepare` runs before the page loads (after the guard that
 * blocks other origins), e.g. to make a file fail: its routes take precedence over the guard.
 */
/**
 * The URL with the rendering level pinned at pixel ratio 1, full tier (`?quality=1`) unless it names
 * one: on this machine's software WebGL the adaptive quality would drop to its cheaper tier within
 * seconds, at a pace set by the machine's load, and what a test sees (detail loaded, counts,
 * screenshots) must not depend on that. tests/browser/quality.test.ts tests the adapting itself.
 */
export function pinQuality(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('quality')) u.searchParams.set('quality', '1');
  return u.toString();
}

export async function openVisit(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<VisitPage> {
  // No service worker unless a test asks for one (the offline tests): a reload served by the worker
  // would escape the routes below, and a kiosk's worker would fill its whole cache during the test.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block', ...options });
  const offsite: string[] = [];
  const consoleErrors: string[] = [];
  const local = new URL(url).host;
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === local) return route.continue();
    offsite.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const violations: string[] = [];
  await context.exposeBinding('__visitViolation', (_source, v: string) => void violations.push(v));
  await context.addInitScript({
    content: `addEventListener('securitypolicyviolation', (e) => window.__visitViolation(
      e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')), true);`,
  });
  await prepare?.(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.goto(pinQuality(url));
  return { page, context, offsite, consoleErrors, violations, close: () => context.close() };
}

/** A phone: 390 × 700, touch, mobile viewport. */
export const PHONE = { viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true } as const;

/**
 * Checks that a dialog is modal: Tab never takes focus to the page behind it (between cycles focus
 * may pass through the browser's own UI), and the page behind cannot be focused at all.
 */
export async function expectModal(page: Page, testId: string, tabs = 8): Promise<void> {
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate((id) => {
      const a = document.activeElement;
      return !a || a === document.body ? 'none' : a.closest(`[data-testid="${id}"]`) ? 'dialog' : 'outside';
    }, testId);
    if (where === 'outside') throw new Error(`Tab ${i + 1} left the ${testId} dialog`);
  }
  const stolen = await page.evaluate(() => {
    const b = document.querySelector<HTMLButtonElement>('.topbar button')!;
    b.focus();
    return document.activeElement === b;
  });
  if (stolen) throw new Error(`the top bar took focus behind the ${testId} dialog`);
}

/** Saves a screenshot under test-results/screenshots/ and returns its bytes. */
export async function shoot(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

export interface ImageStats {
  mean: number;
  stddev: number;
  /** Share of near-black pixels. */
  dark: number;
  /** Number of distinct colours at 4 bits a channel. */
  colours: number;
}

/** Luminance statistics of a PNG, computed in the page (no image library needed in Node). */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let sum = 0;
    let sum2 = 0;
    let dark = 0;
    const colours = new Set<number>();
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += l;
      sum2 += l * l;
      if (l < 16) dark++;
      colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
    }
    const mean = sum / n;
    return { mean, stddev: Math.sqrt(sum2 / n - mean * mean), dark: dark / n, colours: colours.size };
  }, png.toString('base64'));
}

/**
 * Share of `block` × `block` pixel blocks whose mean colour differs by more than `levels` in a channel
 * between two same-size PNGs: 0 for the same picture, most of them for another view. Blocks, not
 * pixels: the same view drawn at another pixel ratio moves edges by a fraction of a pixel, while a
 * sign or a marker missing changes dozens of blocks.
 */
export function blockChange(page: Page, a: Buffer, b: Buffer, block = 8, levels = 32): Promise<number> {
  return page.evaluate(
    async ([x, y, B, L]) => {
      const means = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
        const cols = Math.floor(width / B);
        const rows = Math.floor(height / B);
        const out = new Float64Array(cols * rows * 3);
        for (let py = 0; py < rows * B; py++)
          for (let px = 0; px < cols * B; px++) {
            const k = (Math.floor(py / B) * cols + Math.floor(px / B)) * 3;
            const i = (py * width + px) * 4;
            for (let ch = 0; ch < 3; ch++) out[k + ch] = out[k + ch]! + data[i + ch]! / (B * B);
          }
        return out;
      };
      const [p, q] = [await means(x), await means(y)];
      let changed = 0;
      for (let k = 0; k < p.length; k += 3)
        if (Math.max(Math.abs(p[k]! - q[k]!), Math.abs(p[k + 1]! - q[k + 1]!), Math.abs(p[k + 2]! - q[k + 2]!)) > L) changed++;
      return changed / (p.length / 3);
    },
    [a.toString('base64'), b.toString('base64'), block, levels] as const,
  );
}

/** Waits until the open dialogs' entrances have played (a frame can take a second on a loaded machine). */
export const dialogsSettled = (page: Page): Promise<unknown> =>
  page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('dialog[open]')].flatMap((d) =>
        d
          .getAnimations({ subtree: true })
          // Entrances only: a looping animation (the plan's "you are here" pulse) never finishes.
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
    ),
  );

/**
 * Runs `use` with `page` frozen (Chromium's page lifecycle: no script, no frame), then thaws it. For
 * a test that opens a second visit beside a suite's shared one: two WebGL visits drawing at once on
 * software GL share two cores, and on a loaded CI machine the second one's load took over a minute
 * while the first drew frames nobody looked at. A visitor has one visit open.
 */
export async function whileFrozen<T>(page: Page, use: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  try {
    return await use();
  } finally {
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await cdp.detach();
  }
}
