/** Driving an opened visit through its debug interface `window.__visit` (`?debug=1`): tests, bench and media alike. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { VisitApi } from '../../src/automation/visitApi.ts';

// The page's own description of `window.__visit` (type only: nothing of the app runs here).
type Api = VisitApi;

export type VisitState = ReturnType<Api['state']>;
export type Stats = ReturnType<Api['stats']>;

export function visitState(page: Page): Promise<VisitState> {
  return page.evaluate(() => (window as unknown as { __visit: Api }).__visit.state());
}

export function visitStats(page: Page): Promise<Stats> {
  return page.evaluate(() => (window as unknown as { __visit: Api }).__visit.stats());
}

/** Calls a member of `window.__visit`, awaiting what it returns. */
export function visitApi(page: Page, fn: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([f, a]) =>
      (window as unknown as { __visit: Record<string, (...x: unknown[]) => unknown> }).__visit[f as string]!(...(a as unknown[])),
    [fn, args] as const,
  );
}

/** Waits for `window.__visit.ready`: the first frame drawn with all of the edition's models. */
export async function waitReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => '__visit' in window, undefined, { timeout });
  await page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as { __visit: Api }).__visit.ready,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`not ready after ${ms} ms`)), ms)),
      ]),
    timeout,
  );
}

/** Waits for n more rendered frames. */
export async function frames(page: Page, n = 3): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * Installs, before any page script runs, a hook that stamps `window.__readyAt` (performance.now(),
 * i.e. milliseconds since navigation start) the moment `__visit.ready` resolves. Use `waitReadyAt`
 * with it instead of `waitReady`, which would see the hooked property before the app sets it.
 */
export async function installReadyStamp(context: BrowserContext): Promise<void> {
  // tsx (the bench runs with it) keeps function names with a `__name` helper the page lacks.
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  await context.addInitScript({
    content: `(() => {
      let api;
      Object.defineProperty(window, '__visit', {
        configurable: true,
        enumerable: true,
        get: () => api,
        set: (value) => {
          api = value;
          Promise.resolve(value && value.ready).then(() => { window.__readyAt = performance.now(); });
        },
      });
    })();`,
  });
}

/** Waits until the stamp set by `installReadyStamp` exists; returns it (ms since navigation start). */
export async function waitReadyAt(page: Page, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt, undefined, {
    timeout,
    polling: 50,
  });
  return (await handle.jsonValue()) as number;
}

/**
 * Runs `use` in a fresh context (nothing cached, nothing shared with another measure) whose pages
 * stamp their ready time, and closes the context however `use` ends.
 */
export async function withReadyStamp<T>(
  browser: Browser,
  options: BrowserContextOptions,
  use: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    await installReadyStamp(context);
    return await use(context);
  } finally {
    await context.close();
  }
}
