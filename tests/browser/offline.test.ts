/**
 * The service worker, in real Chromium on the production build: a kiosk that ran once online runs
 * and reloads with the server gone (video and captions included, every zone's detail); a public
 * visitor's worker keeps only the first frame's files and what the visit fetched; a new version
 * waits until `applyWaitingUpdate()` (the kiosk's idle reset), never reloading a visit by itself.
 *
 * Each test serves a build with its own small server (below) rather than the suite's `vite preview`:
 * the offline test stops it (a real network cut, not only `setOffline`, which a worker's own
 * requests may not obey), and the update test serves two builds in turn at one origin.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { freePort, ROOT } from '../../tools/browser/server.ts';
import { visitApi, visitState, waitReady } from '../../tools/browser/page.ts';
import { BUDGETS, overBudget } from '../../tools/bench/budgets.ts';
import { precacheBytes } from '../../tools/bench/measure/precache.ts';
import { KIOSK_CACHE, OFFLINE_MANIFEST, RUNTIME_CACHE, type OfflineManifest } from '../../src/sw/contract.ts';
import { openVisit, shoot, type VisitPage } from './visit.ts';

const DIST = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(DIST, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
const VIEWPORT = { width: 1280, height: 720 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

interface StaticServer {
  url: string;
  /** Serves another folder from now on, at the same origin. */
  serve(dir: string): void;
  stop(): Promise<void>;
}

/** A static server of a build folder: the app's fallback to index.html, and range requests (206) as a host gives them. */
async function startStatic(dir: string): Promise<StaticServer> {
  let root = dir;
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    let file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      if (path.extname(rel)) return res.writeHead(404).end('not found');
      file = path.join(root, 'index.html');
    }
    const size = fs.statSync(file).size;
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'accept-ranges': 'bytes',
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(size - 1, Number(range[2])) : size - 1;
      res.writeHead(206, {
        ...headers,
        'content-range': `bytes ${start}-${end}/${size}`,
        'content-length': String(end - start + 1),
      });
      return fs.createReadStream(file, { start, end }).pipe(res);
    }
    res.writeHead(200, { ...headers, 'content-length': String(size) });
    fs.createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => (root = next),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const md5 = (b: Buffer | string) => crypto.createHash('md5').update(b).digest('hex');
const sha16 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

/**
 * Build B: a copy of the build whose index.html says `<meta name="jpo-build" content="B">`, with the
 * worker's precache revision and the offline manifest's entry changed to match, as a rebuild would.
 */
function makeBuildB(): string {
  const b = fs.mkdtempSync(path.join(os.tmpdir(), 'jpo-build-b-'));
  fs.cpSync(DIST, b, { recursive: true });
  const oldHtml = fs.readFileSync(path.join(DIST, 'index.html'));
  const html = oldHtml.toString('utf8').replace('<head>', '<head>\n    <meta name="jpo-build" content="B" />');
  fs.writeFileSync(path.join(b, 'index.html'), html);
  for (const enc of ['.br', '.gz']) fs.rmSync(path.join(b, `index.html${enc}`), { force: true });
  const sw = fs.readFileSync(path.join(b, 'sw.js'), 'utf8');
  const parts = sw.split(md5(oldHtml));
  if (parts.length !== 2) throw new Error(`sw.js names index.html's revision ${parts.length - 1} times, not once`);
  fs.writeFileSync(path.join(b, 'sw.js'), parts.join(md5(html)));
  const m = JSON.parse(fs.readFileSync(path.join(b, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
  const entry = m.files.find((f) => f.url === 'index.html')!;
  m.bytes += Buffer.byteLength(html) - entry.bytes;
  Object.assign(entry, { bytes: Buffer.byteLength(html), revision: sha16(html) });
  m.build = sha16(m.files.map((f) => `${f.url} ${f.revision}`).join('\n'));
  fs.writeFileSync(path.join(b, OFFLINE_MANIFEST), JSON.stringify(m));
  return b;
}

type Status = { files: number; bytes: number; cached: number; done: boolean; error: string | null };
type OfflineApi = {
  state: { supported: boolean; profile: string; controlled: boolean; kioskCache: Status | null; updateWaiting: boolean };
  applyWaitingUpdate(): boolean;
  checkForUpdate(): Promise<void>;
};

const offlineState = (page: Page) => page.evaluate(() => (window as unknown as { __offline: OfflineApi }).__offline.state);

/** Waits for the kiosk cache to be full; returns the wall time it took from the first status (informational). */
async function kioskWarm(page: Page): Promise<number> {
  await page.waitForFunction(() => '__offline' in window);
  const started = Date.now();
  await expect
    .poll(async () => (await offlineState(page)).kioskCache, { timeout: 150_000, interval: 250 })
    .toMatchObject({ done: true, error: null, files: manifest.files.length, bytes: manifest.bytes, cached: manifest.bytes });
  return Date.now() - started;
}

/** Every cache of the origin: name → URLs (paths with their query). */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => {
        const u = new URL(r.url);
        return u.pathname.slice(1) + u.search;
      });
    }
    return out;
  });
}

/** Opens a stand's video hotspot, plays it, and checks frames advance and the shown captions loaded cues. */
async function playVideo(page: Page): Promise<{ readyState: number; currentTime: number; cues: number; track: number }> {
  await visitApi(page, 'openStand', 'dna-profiling', 'video-tour');
  const video = page.locator('video.hs-video');
  await video.waitFor({ state: 'visible', timeout: 30_000 });
  await video.evaluate((v: HTMLVideoElement) => v.play());
  const read = () =>
    video.evaluate((v: HTMLVideoElement) => {
      const shown = [...v.textTracks].find((t) => t.mode === 'showing');
      const el = [...v.querySelectorAll('track')].find((t) => t.track === shown);
      return {
        readyState: v.readyState,
        currentTime: v.currentTime,
        cues: shown?.cues?.length ?? 0,
        track: el?.readyState ?? -1,
      };
    });
  await expect.poll(async () => (await read()).currentTime, { timeout: 30_000 }).toBeGreaterThan(0.5);
  await expect.poll(async () => (await read()).cues, { timeout: 15_000 }).toBeGreaterThan(0);
  return read();
}

let browser: Browser;
/** What a test opened, closed when it ends: a kiosk page left running would slow the next test's software WebGL. */
const cleanup: Array<() => Promise<unknown> | void> = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  for (let f = cleanup.pop(); f; f = cleanup.pop()) await f();
});

afterAll(async () => {
  await browser?.close();
});

describe('a kiosk, once online', () => {
  it('runs and reloads with the server gone: the visit, a video with captions, every zone’s detail', async () => {
    const server = await startStatic(DIST);
    cleanup.push(() => server.stop());
    const visit: VisitPage = await openVisit(browser, `${server.url}?kiosk=entrance&debug=1`, {
      viewport: VIEWPORT,
      serviceWorkers: 'allow',
    });
    cleanup.push(() => visit.close());
    const { page, context } = visit;
    await waitReady(page);
    const warmMs = await kioskWarm(page);
    console.info(`kiosk warm-up: ${manifest.files.length} files, ${manifest.bytes} B in ${warmMs} ms (this machine, loopback)`);
    // The kiosk's page is claimed once full: the rest of this very visit is served from the cache too.
    await expect.poll(async () => (await offlineState(page)).controlled).toBe(true);
    const caches = await cacheContents(page);
    expect(caches[KIOSK_CACHE]!.sort()).toEqual([OFFLINE_MANIFEST, ...manifest.files.map((f) => f.url)].sort());

    // The network cut: the server is gone, and the browser is told it is offline.
    await server.stop();
    await context.setOffline(true);
    const failed: string[] = [];
    const fromNetwork: string[] = [];
    // A request the page cancels itself is not one the offline kiosk failed to serve: closing the panel
    // removes the playing video, and Chromium aborts the range request it still had in flight
    // (net::ERR_ABORTED; CI saw it once for tour.webm). What this catches is the network's refusals.
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '';
      if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
    });
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && r.url().startsWith(server.url)) fromNetwork.push(r.url());
    });
    await page.reload();
    await waitReady(page);
    expect((await visitState(page)).stands.length).toBeGreaterThan(0);

    const video = await playVideo(page);
    expect(video.readyState).toBeGreaterThanOrEqual(2);
    expect(video.track).toBe(2); // HTMLTrackElement.LOADED
    await shoot(page, 'offline-kiosk-video');
    await visitApi(page, 'closePanel');

    // Every zone's detail, walked to in turn, loads from the cache.
    const models = JSON.parse(fs.readFileSync(path.join(DIST, `models/${manifest.edition}/manifest.json`), 'utf8')) as {
      files: Array<{ role: string; zone?: string }>;
    };
    const site = JSON.parse(fs.readFileSync(path.join(ROOT, `scenes/${manifest.edition}/site.json`), 'utf8')) as {
      zones: Array<{ id: string; position: [number, number] }>;
    };
    const zones = models.files.filter((f) => f.role === 'detail').map((f) => f.zone!);
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) {
      const [x, z] = site.zones.find((s) => s.id === zone)!.position;
      // Teleported at each try: the kiosk's own tour may fly the visitor on between two polls.
      await expect
        .poll(
          async () => {
            await visitApi(page, 'teleport', x, z, 0);
            return (await visitState(page)).detail.zones;
          },
          { timeout: 30_000, interval: 300 },
        )
        .toContain(zone);
    }
    expect((await visitState(page)).detail.broken).toEqual([]);
    await shoot(page, 'offline-kiosk-detail');
    expect(failed).toEqual([]);
    expect(fromNetwork).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});

describe('a public visitor', () => {
  it('precaches only the first frame’s files, and keeps what the visit fetched but never a video', async () => {
    const server = await startStatic(DIST);
    cleanup.push(() => server.stop());
    const visit = await openVisit(browser, `${server.url}?debug=1&lang=fr`, { viewport: VIEWPORT, serviceWorkers: 'allow' });
    cleanup.push(() => visit.close());
    const { page } = visit;
    await waitReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const state = await offlineState(page);
    expect(state).toMatchObject({ supported: true, profile: 'public', kioskCache: null });
    // Not claimed: this first visit runs on the network it started with.
    expect(state.controlled).toBe(false);

    const firstFrame = manifest.files.filter((f) => f.firstFrame).map((f) => f.url);
    const precached = async () => {
      const all = await cacheContents(page);
      const name = Object.keys(all).find((n) => n.startsWith('workbox-precache'));
      return name ? all[name]!.map((u) => u.replace(/\?__WB_REVISION__=\w+$/, '')).sort() : [];
    };
    await expect.poll(precached, { timeout: 60_000 }).toEqual([...firstFrame].sort());
    const bytes = precacheBytes(DIST, manifest);
    expect(overBudget('publicPrecacheBrotli', bytes.public.transferred), `${bytes.public.transferred} B`).toBe(false);
    expect(bytes.public.transferred).toBeLessThanOrEqual(BUDGETS.publicPrecacheBrotli);

    // The next visit is served by the worker: what it fetches is kept, but a video (ranges, 206) is not.
    await page.reload();
    await waitReady(page);
    expect((await offlineState(page)).controlled).toBe(true);
    await playVideo(page);
    await shoot(page, 'offline-public-video');
    const all = await cacheContents(page);
    expect(Object.keys(all)).not.toContain(KIOSK_CACHE);
    const runtime = all[RUNTIME_CACHE] ?? [];
    expect(
      runtime.some((u) => /^assets\/StandPanel-[\w-]+\.js$/.test(u)),
      runtime.join(', '),
    ).toBe(true);
    expect(
      runtime.some((u) => /\.vtt$/.test(u)),
      runtime.join(', '),
    ).toBe(true);
    expect(
      Object.values(all)
        .flat()
        .filter((u) => /\.(webm|mp4)(\?|$)/.test(u)),
    ).toEqual([]);
    expect(visit.offsite).toEqual([]);
  });
});

describe('a new version', () => {
  it('downloads in the background, waits through the visit, and runs only at the kiosk’s idle reset', async () => {
    const buildB = makeBuildB();
    cleanup.push(() => fs.rmSync(buildB, { recursive: true, force: true }));
    const server = await startStatic(DIST);
    cleanup.push(() => server.stop());
    const visit = await openVisit(browser, `${server.url}?kiosk=entrance&debug=1`, {
      viewport: VIEWPORT,
      serviceWorkers: 'allow',
    });
    cleanup.push(() => visit.close());
    const { page } = visit;
    await waitReady(page);
    await kioskWarm(page);
    // A visitor starts a visit (the attract loop gives way to a press).
    await page.getByTestId('kiosk-attract').click();
    await expect.poll(async () => ((await visitState(page)).kiosk as { phase?: string } | null)?.phase).toBe('visit');
    const build = () => page.evaluate(() => document.querySelector('meta[name=jpo-build]')?.getAttribute('content') ?? 'A');
    expect(await build()).toBe('A');
    // A mark on this very document: a reload would lose it. And a visitor is there: pointer moves
    // every second keep the kiosk's idle reset (which applies a waiting version) from coming.
    await page.evaluate(() => {
      const visitor = setInterval(
        () => document.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5 })),
        1000,
      );
      Object.assign(window, { __sameDocument: true, __visitor: visitor });
    });
    let loads = 0;
    page.on('load', () => loads++);

    server.serve(buildB);
    await page.evaluate(() => (window as unknown as { __offline: OfflineApi }).__offline.checkForUpdate());
    await expect.poll(async () => (await offlineState(page)).updateWaiting, { timeout: 120_000 }).toBe(true);
    // The visit goes on, on version A.
    await visitApi(page, 'openStand', 'dna-profiling');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await build()).toBe('A');
    expect(loads).toBe(0);
    await visitApi(page, 'closePanel');

    // The visitor leaves; the kiosk's idle reset applies it: the page reloads once, on B.
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => clearInterval((window as unknown as { __visitor: number }).__visitor));
    await visitApi(page, 'idleNow', 0);
    await reloaded;
    await waitReady(page);
    expect(await build()).toBe('B');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBeUndefined();
    expect(await offlineState(page)).toMatchObject({ updateWaiting: false, controlled: true });
    // Nothing more waits: a second call is a no-op.
    expect(await page.evaluate(() => (window as unknown as { __offline: OfflineApi }).__offline.applyWaitingUpdate())).toBe(
      false,
    );
    // The kiosk cache holds B's index.html, B's list and nothing of A that B lacks.
    const kiosk = (await cacheContents(page))[KIOSK_CACHE]!;
    expect(kiosk.length).toBe(manifest.files.length + 1);
    const html = await page.evaluate(async (k) => (await (await caches.open(k)).match('/index.html'))!.text(), KIOSK_CACHE);
    expect(html).toContain('jpo-build');
    await shoot(page, 'offline-update-b');
  });
});
