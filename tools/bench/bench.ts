/**
 * `npm run bench`: the performance benchmark of the production build. Serves dist/ with `vite
 * preview`, drives headless Chromium (software WebGL: SwiftShader on the CPU), and writes
 * bench-results/report.json and bench-results/report.md, then prints the Markdown.
 *
 * It measures; it does not judge. Numbers above a budget are marked OVER BUDGET and the exit code
 * stays 0: the budgets are enforced by tests/browser/budgets.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { ROOT, startPreview } from '../../tests/browser/server.ts';
import { frames, visitStats } from '../../tests/browser/visit.ts';
import {
  BUDGETS,
  criticalPath,
  distInventory,
  installReadyStamp,
  kB,
  loadedResources,
  total,
  VIDEO,
  waitReadyAt,
  wholeVisitWithoutVideo,
  type CriticalPath,
  type FileSizes,
  type Kind,
  type Totals,
} from './bytes.ts';
import {
  ENTRANCE,
  EDITION,
  measureViewpoints,
  memoryRoundTrip,
  relativeChange,
  visitApi,
  type MemoryRoundTrip,
  type Stats,
  type ViewpointResult,
  VIEWPORT,
} from './viewpoints.ts';

const OUT = path.join(ROOT, 'bench-results');
/**
 * The bench serves and sizes a copy of dist/, so a rebuild by someone else during the run changes
 * neither what is served nor what is counted.
 */
const SNAPSHOT = 'bench-results/dist';
const DIST = path.join(ROOT, SNAPSHOT);
/** The walk is drawn in a smaller window so software rendering gives enough frames to sample. */
const WALK_VIEWPORT = { width: 640, height: 360 };
const RUNS = 3;
const SOFTWARE = 'WebGL here is software (SwiftShader on 2 CPU cores): frame times are not a GPU’s';

interface NetworkProfile {
  id: string;
  label: string;
  /** Bytes per second; null: no throttling. */
  down: number | null;
  up: number | null;
  rttMs: number;
}

const mbps = (n: number) => (n * 1_000_000) / 8;
const PROFILES: NetworkProfile[] = [
  { id: 'local', label: 'no throttling (loopback)', down: null, up: null, rttMs: 0 },
  { id: 'fast-4g', label: 'fast 4G: 9 Mbps down, 1.5 Mbps up, 60 ms RTT', down: mbps(9), up: mbps(1.5), rttMs: 60 },
  { id: 'slow-4g', label: 'slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms RTT', down: mbps(1.6), up: mbps(0.75), rttMs: 150 },
];

// ---------------------------------------------------------------------------------------------
// Loading under an emulated network

interface CdpRequest {
  id: string;
  url: string;
  type: string;
  initiatorType: string;
  initiatorUrl: string | null;
  /** CDP monotonic seconds. */
  start: number;
  end: number | null;
  /** Bytes on the wire for the response (headers and body as transferred). */
  encodedDataLength: number;
  contentEncoding: string | null;
}

interface CriticalRequest extends CdpRequest {
  wave: number;
}

interface LoadRun {
  profile: string;
  /** ms from navigation start to `__visit.ready` resolving, in the page. */
  readyMs: number;
  /** Sum of CDP encodedDataLength of the responses completed before ready. */
  transferred: number;
  requests: CriticalRequest[];
  waves: number;
  resources: Awaited<ReturnType<typeof loadedResources>>;
}

function initiatorUrl(initiator: {
  url?: string;
  stack?: { callFrames: Array<{ url: string }>; parent?: { callFrames: Array<{ url: string }> } };
}): string | null {
  if (initiator.url) return initiator.url;
  for (let s = initiator.stack; s; s = s.parent) {
    const frame = s.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return null;
}

/**
 * Dependency waves (round trips in sequence): the document is wave 1; a request the parser found in
 * a document or stylesheet is one wave after it; a request made by script is one wave after the
 * latest script, document or data response that had completed when it started (it may have needed
 * any of them: the scene chunks before the manifest, the manifest before the models), except
 * responses of the same type and extension from the same script: those are siblings fetched
 * together (the three models), whatever order they happened to end in.
 */
function assignWaves(requests: CdpRequest[]): CriticalRequest[] {
  const out: CriticalRequest[] = [];
  const byUrl = new Map<string, CriticalRequest>();
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  for (const r of sorted) {
    let wave = 1;
    if (r.type !== 'Document') {
      const parent = r.initiatorUrl ? byUrl.get(r.initiatorUrl) : undefined;
      wave = (parent?.wave ?? 1) + 1;
      if (r.initiatorType === 'script') {
        const ext = path.extname(new URL(r.url).pathname);
        for (const q of out) {
          const sibling = q.type === r.type && q.initiatorUrl === r.initiatorUrl && path.extname(new URL(q.url).pathname) === ext;
          if (['Document', 'Script', 'Fetch', 'XHR'].includes(q.type) && !sibling && q.end !== null && q.end <= r.start)
            wave = Math.max(wave, q.wave + 1);
        }
      }
    }
    const c = { ...r, wave };
    out.push(c);
    if (!byUrl.has(r.url)) byUrl.set(r.url, c);
  }
  return out;
}

async function loadOnce(browser: Browser, url: string, profile: NetworkProfile): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await installReadyStamp(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.down !== null)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.rttMs,
        downloadThroughput: profile.down,
        uploadThroughput: profile.up ?? profile.down,
      });
    const requests = new Map<string, CdpRequest>();
    cdp.on('Network.requestWillBeSent', (e) =>
      requests.set(e.requestId, {
        id: e.requestId,
        url: e.request.url,
        type: e.type ?? 'Other',
        initiatorType: e.initiator.type,
        initiatorUrl: initiatorUrl(e.initiator),
        start: e.timestamp,
        end: null,
        encodedDataLength: 0,
        contentEncoding: null,
      }),
    );
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      if (r) r.contentEncoding = h['content-encoding'] ?? null;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) {
        r.end = e.timestamp;
        r.encodedDataLength = e.encodedDataLength;
      }
    });
    await page.goto(url, { waitUntil: 'commit' });
    const readyMs = await waitReadyAt(page, 180_000);
    const resources = await loadedResources(page);
    // Responses complete before ready, by Resource Timing (the page's clock, the same as readyMs).
    const before = new Set(resources.filter((r) => r.end <= readyMs).map((r) => r.url));
    const critical = [...requests.values()].filter((r) => before.has(r.url) && r.end !== null);
    const withWaves = assignWaves(critical);
    return {
      profile: profile.id,
      readyMs,
      transferred: critical.reduce((s, r) => s + r.encodedDataLength, 0),
      requests: withWaves,
      waves: Math.max(0, ...withWaves.map((r) => r.wave)),
      resources,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Walking: JS time per frame

/**
 * Wraps requestAnimationFrame before the app runs: every callback is timed, and callbacks that
 * receive the same frame timestamp are summed into one frame. The app draws from rAF (the
 * @react-three/fiber loop: useFrame work and the WebGL calls of the render), so this is the main
 * thread's JavaScript per frame. Event handlers (keys) run outside rAF and are not counted here.
 */
const FRAME_LOG = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const log = { on: false, frames: [] };
  window.__frameLog = log;
  let current = null;
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const a = performance.now();
    try { cb(ts); } finally {
      const b = performance.now();
      if (log.on) {
        if (!current || current.ts !== ts) {
          current = { ts, js: 0, heap: performance.memory ? performance.memory.usedJSHeapSize : 0 };
          log.frames.push(current);
        }
        current.js += b - a;
      }
    }
  });
})();`;

/** The fixed route: keys held from the entrance, 10 s in all (ms from the start). */
const ROUTE: Array<{ at: number; key: string; action: 'down' | 'up' }> = [
  { at: 0, key: 'KeyW', action: 'down' },
  { at: 3000, key: 'ArrowLeft', action: 'down' },
  { at: 3400, key: 'ArrowLeft', action: 'up' },
  { at: 5800, key: 'ArrowRight', action: 'down' },
  { at: 6600, key: 'ArrowRight', action: 'up' },
  { at: 10000, key: 'KeyW', action: 'up' },
];

interface WalkResult {
  viewport: string;
  seconds: number;
  frames: number;
  from: number[];
  to: number[];
  jsMs: { median: number; p95: number; max: number; mean: number };
  intervalMs: { median: number; p95: number };
  /** CDP Performance.getMetrics: (ScriptDuration delta) / frames, all script including events and GC. */
  scriptPerFrameMs: number;
  taskPerFrameMs: number;
  heap: { start: number; max: number; end: number };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

type FrameLog = { on: boolean; frames: Array<{ ts: number; js: number; heap: number }> };

async function walk(page: Page, cdp: CDPSession): Promise<WalkResult> {
  await visitApi(page, 'teleport', ENTRANCE.x, ENTRANCE.z, ENTRANCE.yaw);
  await frames(page, 5);
  const from = (await page.evaluate(() =>
    (window as unknown as { __visit: { state(): { position: number[] } } }).__visit.state(),
  )) as { position: number[] };
  await cdp.send('Performance.enable');
  const m0 = await metrics(cdp);
  const heapStart = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  await page.evaluate(() => {
    const log = (window as unknown as { __frameLog: FrameLog }).__frameLog;
    log.frames = [];
    log.on = true;
  });
  const t0 = Date.now();
  for (const step of ROUTE) {
    const wait = step.at - (Date.now() - t0);
    if (wait > 0) await page.waitForTimeout(wait);
    if (step.action === 'down') await page.keyboard.down(step.key);
    else await page.keyboard.up(step.key);
  }
  const seconds = (Date.now() - t0) / 1000;
  const log = await page.evaluate(() => {
    const l = (window as unknown as { __frameLog: FrameLog }).__frameLog;
    l.on = false;
    return l.frames;
  });
  const m1 = await metrics(cdp);
  const heapEnd = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  const to = (await page.evaluate(() =>
    (window as unknown as { __visit: { state(): { position: number[] } } }).__visit.state(),
  )) as { position: number[] };
  // The first frame may have started before recording: drop it.
  const framesLog = log.slice(1);
  const js = framesLog.map((f) => f.js);
  const intervals = framesLog.slice(1).map((f, i) => f.ts - framesLog[i]!.ts);
  const n = Math.max(1, framesLog.length);
  return {
    viewport: `${WALK_VIEWPORT.width}×${WALK_VIEWPORT.height}`,
    seconds,
    frames: framesLog.length,
    from: from.position,
    to: to.position,
    jsMs: {
      median: quantile(js, 0.5),
      p95: quantile(js, 0.95),
      max: Math.max(...js),
      mean: js.reduce((s, v) => s + v, 0) / n,
    },
    intervalMs: { median: quantile(intervals, 0.5), p95: quantile(intervals, 0.95) },
    scriptPerFrameMs: (((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000) / n,
    taskPerFrameMs: (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / n,
    heap: { start: heapStart, max: Math.max(heapStart, heapEnd, ...framesLog.map((f) => f.heap)), end: heapEnd },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const over = (value: number, budget: number) => (value > budget ? ' **OVER BUDGET**' : '');
const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
const ms1 = (v: number) => `${v.toFixed(1)} ms`;
const num = (v: number) => v.toLocaleString('en-US');
const pct = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
const MiB = (v: number) => `${(v / 1024 / 1024).toFixed(1)} MiB`;
const median = (values: number[]) => quantile(values, 0.5);

function table(head: string[], rows: string[][], align?: Array<'l' | 'r'>): string {
  const a = align ?? head.map((_, i) => (i === 0 ? 'l' : 'r'));
  return [
    `| ${head.join(' | ')} |`,
    `| ${a.map((x) => (x === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const sizeCells = (t: Pick<Totals, 'raw' | 'gzip' | 'brotli'>) => [kB(t.raw), kB(t.gzip), kB(t.brotli)];

function bytesSection(inventory: Array<FileSizes & { kind: Kind }>): { md: string; json: unknown } {
  const of = (k: Kind) => inventory.filter((f) => f.kind === k);
  const rows: string[][] = [];
  const json: Record<string, unknown> = {};
  const add = (label: string, list: FileSizes[]) => {
    if (list.length === 0) return;
    const t = total(list);
    rows.push([label, String(t.files), ...sizeCells(t)]);
  };
  add('HTML', of('html'));
  for (const f of of('js').sort((a, b) => b.raw - a.raw)) add(`JS \`${f.file}\``, [f]);
  add('**JS, all chunks**', of('js'));
  add('CSS', of('css'));
  const fonts = of('font');
  add(
    'Fonts .woff2',
    fonts.filter((f) => f.file.endsWith('.woff2')),
  );
  add(
    'Fonts .woff (fallback; Chromium fetched only .woff2)',
    fonts.filter((f) => f.file.endsWith('.woff')),
  );
  add(
    'Fonts, other',
    fonts.filter((f) => !/\.woff2?$/.test(f.file)),
  );
  for (const f of of('model')) add(`Model \`${f.file}\``, [f]);
  add('Scene data (JSON)', of('scene data'));
  add('Images', of('image'));
  add('Other', of('other'));
  add(
    'Video and captions (excluded from the whole visit)',
    inventory.filter((f) => VIDEO.test(f.file)),
  );
  for (const k of ['html', 'js', 'css', 'font', 'model', 'scene data', 'image', 'video', 'other'] as Kind[])
    json[k] = { totals: total(of(k)), files: of(k) };
  return { md: table(['What', 'files', 'raw', 'gzip -9', 'brotli q11'], rows), json };
}

function criticalSection(cp: CriticalPath, run: LoadRun): string {
  const wire = new Map(run.requests.map((r) => [r.url, r]));
  const rows = cp.files.map((f) => {
    const r = wire.get(f.url);
    return [
      `\`${f.file}\``,
      f.kind,
      String(r?.wave ?? '?'),
      ms(f.start),
      ms(f.end),
      r ? `${kB(r.encodedDataLength)}${r.contentEncoding ? ` (${r.contentEncoding})` : ''}` : '?',
      kB(f.raw),
      kB(f.gzip),
      kB(f.brotli),
    ];
  });
  rows.push([
    `**${cp.files.length} responses**`,
    '',
    String(run.waves),
    '',
    ms(cp.readyAt),
    kB(run.transferred),
    kB(cp.totals.raw),
    kB(cp.totals.gzip),
    `**${kB(cp.totals.brotli)}**${over(cp.totals.brotli, BUDGETS.criticalBrotli)}`,
  ]);
  return table(['File', 'kind', 'wave', 'start', 'end', 'on the wire (vite preview)', 'raw', 'gzip -9', 'brotli q11'], rows, [
    'l',
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
  ]);
}

async function main() {
  const built = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(built, 'index.html'))) throw new Error('dist/index.html not found: run `npm run build` first');
  const started = Date.now();
  const loadBefore = os.loadavg();
  const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);
  // A copy taken while someone rebuilds can be torn: check that what index.html names is there.
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(DIST, { recursive: true, force: true });
    fs.cpSync(built, DIST, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
    const html = fs.existsSync(path.join(DIST, 'index.html')) ? fs.readFileSync(path.join(DIST, 'index.html'), 'utf8') : '';
    const named = [...html.matchAll(/(?:src|href)="\/([^"?#]+)"/g)].map((m) => m[1]!);
    if (html && named.every((f) => fs.existsSync(path.join(DIST, f)))) break;
    if (attempt === 5) throw new Error('dist/ kept changing while it was copied (a build running?)');
    await new Promise((r) => setTimeout(r, 5000));
  }

  log('sizing dist/ (gzip -9, brotli q11, in memory)');
  const inventory = distInventory(DIST);
  const whole = wholeVisitWithoutVideo(DIST);

  const server = await startPreview(SNAPSHOT);
  const browser = await launchChromium();
  const url = `${server.url}?debug=1`;
  const origin = new URL(server.url).origin;
  try {
    // Loading: three runs per network profile, each in a fresh context with the cache disabled.
    const runs: LoadRun[] = [];
    for (const profile of PROFILES)
      for (let i = 0; i < RUNS; i++) {
        log(`load ${profile.id} #${i + 1}`);
        runs.push(await loadOnce(browser, url, profile));
      }
    const reference = runs.find((r) => r.profile === 'local')!;
    const critical = criticalPath(DIST, reference.resources, reference.readyMs, origin);

    // Viewpoints, then the GPU objects after a flight to every stand.
    log('viewpoints');
    const context = await browser.newContext({ viewport: VIEWPORT });
    let viewpoints: ViewpointResult[];
    let memory: MemoryRoundTrip;
    try {
      await installReadyStamp(context);
      const page = await context.newPage();
      // Opened as a visitor opens it: ready is the first frame of the aerial view, which draws (and
      // so uploads) every model; the round trip then starts at the entrance.
      await page.goto(url);
      await waitReadyAt(page);
      log('GPU objects: a flight to each stand and back');
      memory = await memoryRoundTrip(page);
      viewpoints = await measureViewpoints(page);
    } finally {
      await context.close();
    }

    log('walk');
    const walkContext: BrowserContext = await browser.newContext({ viewport: WALK_VIEWPORT });
    let walked: WalkResult;
    let onFootFirst: Stats;
    try {
      await installReadyStamp(walkContext);
      await walkContext.addInitScript({ content: FRAME_LOG });
      const page = await walkContext.newPage();
      const cdp = await walkContext.newCDPSession(page);
      await page.goto(`${url}&view=ground`);
      await waitReadyAt(page);
      await frames(page, 6);
      onFootFirst = await visitStats(page);
      walked = await walk(page, cdp);
    } finally {
      await walkContext.close();
    }
    const chromiumVersion = browser.version();
    const loadAfter = os.loadavg();
    const loadavg = `load average ${loadBefore[0]!.toFixed(1)} at the start, ${loadAfter[0]!.toFixed(1)} at the end`;

    // -------------------------------------------------------------------------------------------
    const bytes = bytesSection(inventory);
    const encodings = new Map<string, Set<string>>();
    for (const r of reference.requests) {
      const kind = path.extname(new URL(r.url).pathname) || '(document)';
      if (!encodings.has(kind)) encodings.set(kind, new Set());
      encodings.get(kind)!.add(r.contentEncoding ?? 'none');
    }
    const encodingLine = [...encodings.entries()].map(([k, v]) => `${k}: ${[...v].join('/')}`).join(', ');

    const netRows = PROFILES.map((p) => {
      const rs = runs.filter((r) => r.profile === p.id);
      const ready = median(rs.map((r) => r.readyMs));
      const transferred = median(rs.map((r) => r.transferred));
      const waves = Math.max(...rs.map((r) => r.waves));
      if (p.down === null)
        return [
          p.label,
          `${ms(ready)} (${rs.map((r) => ms(r.readyMs)).join(', ')})`,
          kB(transferred),
          String(waves),
          '—',
          '—',
          '—',
        ];
      const limit = (transferred / p.down) * 1000 + waves * p.rttMs;
      const limitBr = (critical.totals.brotli / p.down) * 1000 + waves * p.rttMs;
      return [
        p.label,
        `${ms(ready)} (${rs.map((r) => ms(r.readyMs)).join(', ')})`,
        kB(transferred),
        String(waves),
        `${ms(limit)} = ${kB(transferred)} ÷ ${(p.down * 8) / 1e6} Mbps + ${waves} × ${p.rttMs} ms`,
        `${(ready / limit).toFixed(2)}×`,
        ms(limitBr),
      ];
    });

    const vpRows = viewpoints.map((v) => [
      v.label,
      `(${v.position[0]!.toFixed(1)}, ${v.position[2]!.toFixed(1)}) yaw ${v.yaw.toFixed(2)}`,
      `${num(v.stats.calls)}${over(v.stats.calls, BUDGETS.calls)}`,
      `${num(v.stats.triangles)}${over(v.stats.triangles, BUDGETS.triangles)}`,
      num(v.stats.geometries),
      num(v.stats.textures),
      num(v.stats.programs),
    ]);

    const md = `# Performance benchmark — ${EDITION}

Generated ${new Date().toISOString()} by \`npm run bench\` on ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, Chromium ${chromiumVersion} headless, served by \`vite preview\` from a copy of dist/ (\`${SNAPSHOT}\`). ${SOFTWARE}. The machine is shared (${loadavg}, for 2 cores): times vary from run to run; byte and draw counts do not.

Sizes: 1 kB = 1000 bytes. gzip -9 and brotli q11 are computed in memory from dist/ with the settings of the build's precompression (\`tools/vite/precompress.ts\`).

## Budgets

| Budget | limit | measured | |
| --- | ---: | ---: | --- |
| Critical path (responses before ready), brotli | ${kB(BUDGETS.criticalBrotli)} | ${kB(critical.totals.brotli)} | ${critical.totals.brotli > BUDGETS.criticalBrotli ? '**OVER BUDGET**' : 'ok'} |
| JS requested before ready, gzip | ${kB(BUDGETS.firstLoadJsGzip)} | ${kB(critical.js.gzip)} | ${critical.js.gzip > BUDGETS.firstLoadJsGzip ? '**OVER BUDGET**' : 'ok'} |
| Whole visit without video, brotli | ${kB(BUDGETS.wholeBrotli)} | ${kB(whole.brotli)} | ${whole.brotli > BUDGETS.wholeBrotli ? '**OVER BUDGET**' : 'ok'} |
| Draw calls, worst viewpoint | ${BUDGETS.calls} | ${Math.max(...viewpoints.map((v) => v.stats.calls))} | ${viewpoints.some((v) => v.stats.calls > BUDGETS.calls) ? '**OVER BUDGET**' : 'ok'} |
| Triangles, worst viewpoint | ${num(BUDGETS.triangles)} | ${num(Math.max(...viewpoints.map((v) => v.stats.triangles)))} | ${viewpoints.some((v) => v.stats.triangles > BUDGETS.triangles) ? '**OVER BUDGET**' : 'ok'} |
| Geometries / textures after all ${memory.stands} stands and back (vs after the first stand) | ±${BUDGETS.memoryDrift * 100}% | ${pct(memory.geometries)} / ${pct(memory.textures)} | ${Math.abs(memory.geometries) > BUDGETS.memoryDrift || Math.abs(memory.textures) > BUDGETS.memoryDrift ? '**OVER BUDGET**' : 'ok'} |

## Bytes in dist/

${bytes.md}

Whole visit without video (every file of dist/ but .webm, .mp4, .vtt, and not the .br/.gz copies): ${whole.files} files, ${kB(whole.raw)} raw, ${kB(whole.gzip)} gzip, **${kB(whole.brotli)} brotli**${over(whole.brotli, BUDGETS.wholeBrotli)}. It counts both font formats although Chromium fetches only the .woff2.

## Critical path: what the first walkable frame needs

Measured, not listed by hand: the page loaded in Chromium (no throttling, cache disabled), every response that completed before \`__visit.ready\` resolved (Resource Timing \`responseEnd\` ≤ the ready time), each looked up in dist/. Ready at ${ms(critical.readyAt)} after navigation start. "On the wire" is CDP \`Network.loadingFinished.encodedDataLength\` (headers included) with the Content-Encoding \`vite preview\` used.${critical.unmatched.length ? ` Not in dist/: ${critical.unmatched.join(', ')}.` : ''}

${criticalSection(critical, reference)}

JS requested before ready: ${critical.js.files} files, ${kB(critical.js.raw)} raw, **${kB(critical.js.gzip)} gzip**${over(critical.js.gzip, BUDGETS.firstLoadJsGzip)}, ${kB(critical.js.brotli)} brotli.

## Draw calls and triangles at fixed viewpoints

Viewport ${VIEWPORT.width}×${VIEWPORT.height}. At each viewpoint the visit waits 6 frames, then reads \`__visit.stats()\` (\`renderer.info\` of the last frame). Stands are reached with \`goTo\`; the other places with \`teleport\`; the aerial view with \`view('aerial')\`. Budgets: ${BUDGETS.calls} draw calls, ${num(BUDGETS.triangles)} triangles per viewpoint.

${table(['Viewpoint', 'eye (x, z)', 'draw calls', 'triangles', 'geometries', 'textures', 'programs'], vpRows, ['l', 'l', 'r', 'r', 'r', 'r', 'r'])}

## Time to the first walkable frame

Each run opens a fresh browser context with the cache disabled (\`Network.setCacheDisabled\`) and the network emulated by the Chrome DevTools Protocol (\`Network.emulateNetworkConditions\`: latency added per request, throughput shared by all responses). Time: \`performance.now()\` in the page when \`__visit.ready\` resolves, i.e. from navigation start to the first frame drawn with every model. Median of ${RUNS} runs (all runs in brackets). ${SOFTWARE}: the time after the last byte (parsing, compiling shaders, drawing) is the CPU's.

Transfer: \`vite preview\` does not serve the .br or .gz files; it compresses on the fly with gzip (zlib's default level) responses of text, JavaScript, JSON and XML types from 1 kB up, and sends fonts and .glb models as they are. Seen on this run: ${encodingLine}. So the timings are for that transfer, and the physical limit below uses the bytes actually transferred (the sum of \`encodedDataLength\` of the responses completed before ready).

Physical limit = transferred bytes ÷ downlink + round trips × RTT. Round trips = dependency waves, derived from the requests (not assumed): the document is wave 1; what the parser finds in it or in a stylesheet is one wave after; a request made by script is one wave after the latest script/document/data response completed when it started. Here: ${reference.waves} waves (${waveChain(reference)}). The limit ignores TCP setup, HTTP/1.1's six connections per host and all CPU time, so it is a floor. The last column is the same floor if a CDN served the build's .br files (${kB(critical.totals.brotli)} brotli).

${table(['Network', 'ready (median; runs)', 'transferred before ready', 'waves', 'physical limit', 'measured ÷ limit', 'limit with .br'], netRows, ['l', 'r', 'r', 'r', 'l', 'r', 'r'])}

## JavaScript per frame while walking

Route: teleport to the entrance (${ENTRANCE.x}, ${ENTRANCE.z}, yaw ${ENTRANCE.yaw}), then hold W for 10 s, turning left (←) from 3.0 to 3.4 s and right (→) from 5.8 to 6.6 s; walked from (${walked.from[0]!.toFixed(1)}, ${walked.from[2]!.toFixed(1)}) to (${walked.to[0]!.toFixed(1)}, ${walked.to[2]!.toFixed(1)}), ${Math.hypot(walked.to[0]! - walked.from[0]!, walked.to[2]! - walked.from[2]!).toFixed(1)} m: the walker moves 1.4 m/s but counts at most 0.1 s per frame, so with frames slower than that it covers less than the ${(1.4 * walked.seconds).toFixed(0)} m of a real walk. Viewport ${walked.viewport}.

Method: an init script wraps \`requestAnimationFrame\` before the app loads; each callback is timed with \`performance.now()\`, and the callbacks that receive the same frame timestamp are summed into that frame. The app's whole frame (the @react-three/fiber loop: \`useFrame\` work and the WebGL calls of the render) runs in rAF, so this is the main thread's JavaScript per frame; key handlers run outside it. Cross-check: CDP \`Performance.getMetrics\` ScriptDuration (all script, events and GC included) over the walk ÷ frames. Heap: \`performance.memory.usedJSHeapSize\` (Chromium runs with --enable-precise-memory-info), sampled every frame.

| | |
| --- | ---: |
| frames recorded in ${walked.seconds.toFixed(1)} s | ${walked.frames} |
| JS per frame, median | ${ms1(walked.jsMs.median)} |
| JS per frame, 95th percentile | ${ms1(walked.jsMs.p95)} |
| JS per frame, max / mean | ${ms1(walked.jsMs.max)} / ${ms1(walked.jsMs.mean)} |
| ScriptDuration ÷ frames (cross-check) | ${ms1(walked.scriptPerFrameMs)} |
| TaskDuration ÷ frames (all main-thread work) | ${ms1(walked.taskPerFrameMs)} |
| frame interval, median / 95th percentile (${SOFTWARE}) | ${ms1(walked.intervalMs.median)} / ${ms1(walked.intervalMs.p95)} |
| JS heap at start / max / end | ${MiB(walked.heap.start)} / ${MiB(walked.heap.max)} / ${MiB(walked.heap.end)} |

${SOFTWARE}. With SwiftShader the WebGL calls themselves are cheap for the main thread (drawing happens in the GPU process on the same 2 cores), but the cores are shared with rasterisation, so these times are higher than on a machine with a GPU.

## GPU objects after visiting every stand

The visit opened as a visitor opens it (aerial view first); at the entrance right after ready (*cold*); then after a flight to a first stand (\`${memory.warmUpStand}\`) and back (*start*); then after \`goTo\` to each of the ${memory.stands} stands (stands.json order) and a teleport back to the entrance (*end*); 6 frames after arriving each time. three.js creates a geometry or texture on the GPU the first time it is drawn, and some things exist only near a stand or a zone (hotspot markers, a zone's detail model), so the budget compares *end* with *start*, taken after that first stand: a change there is something created on the way and kept, not the first upload of what every stand shows. The change from *cold* is shown too. For reference, a visit opened on foot (\`?view=ground\`) holds ${onFootFirst.geometries} geometries and ${onFootFirst.textures} textures 6 frames after ready, before it has looked around.

| | cold | start | end | end vs start (budget ±${BUDGETS.memoryDrift * 100}%) | end vs cold |
| --- | ---: | ---: | ---: | ---: | ---: |
| geometries | ${memory.cold.geometries} | ${memory.start.geometries} | ${memory.end.geometries} | ${pct(memory.geometries)}${Math.abs(memory.geometries) > BUDGETS.memoryDrift ? ' **OVER BUDGET**' : ''} | ${pct(memory.coldGeometries)} |
| textures | ${memory.cold.textures} | ${memory.start.textures} | ${memory.end.textures} | ${pct(memory.textures)}${Math.abs(memory.textures) > BUDGETS.memoryDrift ? ' **OVER BUDGET**' : ''} | ${pct(memory.coldTextures)} |
| programs | ${memory.cold.programs} | ${memory.start.programs} | ${memory.end.programs} | ${pct(relativeChange(memory.start.programs, memory.end.programs))} | ${pct(relativeChange(memory.cold.programs, memory.end.programs))} |
`;

    const json = {
      generatedAt: new Date().toISOString(),
      edition: EDITION,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        node: process.version,
        chromium: chromiumVersion,
        webgl: 'SwiftShader (software): frame times are not a GPU’s',
      },
      budgets: BUDGETS,
      bytes: { byKind: bytes.json, wholeWithoutVideo: whole },
      criticalPath: critical,
      network: {
        profiles: PROFILES,
        runs: runs.map(({ resources: _r, ...r }) => r),
      },
      viewpoints,
      walk: { method: 'requestAnimationFrame wrapper (sum of callbacks per frame timestamp)', route: ROUTE, ...walked },
      gpuObjects: { ...memory, onFootAfterReady: onFootFirst },
      loadavg: { start: loadBefore, end: loadAfter },
    };
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
    fs.writeFileSync(path.join(OUT, 'report.md'), md);
    log(`done: bench-results/report.md, bench-results/report.json`);
    process.stdout.write(md);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** "document → JS/CSS → …": the kinds of file in each wave of a run. */
function waveChain(run: LoadRun): string {
  const waves: string[] = [];
  for (let w = 1; w <= run.waves; w++) {
    const kinds = new Set(
      run.requests
        .filter((r) => r.wave === w)
        .map((r) => {
          const p = new URL(r.url).pathname;
          if (r.type === 'Document') return 'HTML';
          if (/\.glb$/.test(p)) return 'models';
          if (/manifest\.json$/.test(p)) return 'manifest';
          if (/\.woff2?$/.test(p)) return 'fonts';
          if (/\.css$/.test(p)) return 'CSS';
          if (/\.js$/.test(p)) return /\/(edition|site|stands)-[^/]*\.js$/.test(p) ? 'scene chunks' : 'JS';
          return path.extname(p).slice(1) || r.type;
        }),
    );
    waves.push([...kinds].join(', '));
  }
  return waves.join(' → ');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
