/** Loading the visit under an emulated network: time to ready, bytes on the wire, dependency waves. */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { waitReadyAt, withReadyStamp } from '../../browser/page.ts';
import { loadedResources } from './bytes.ts';
import { VIEWPORT } from './viewpoints.ts';

/** Runs per network profile: their median is reported, since one load's time is noise on a shared machine. */
export const RUNS = 3;

export interface NetworkProfile {
  id: string;
  label: string;
  /** Bytes per second; null: no throttling. */
  down: number | null;
  up: number | null;
  rttMs: number;
}

const mbps = (n: number) => (n * 1_000_000) / 8;
export const PROFILES: NetworkProfile[] = [
  { id: 'local', label: 'no throttling (loopback)', down: null, up: null, rttMs: 0 },
  { id: 'fast-4g', label: 'fast 4G: 9 Mbps down, 1.5 Mbps up, 60 ms RTT', down: mbps(9), up: mbps(1.5), rttMs: 60 },
  { id: 'slow-4g', label: 'slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms RTT', down: mbps(1.6), up: mbps(0.75), rttMs: 150 },
];

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

export interface CriticalRequest extends CdpRequest {
  wave: number;
}

export interface LoadRun {
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
  return withReadyStamp(browser, { viewport: VIEWPORT }, async (context) => {
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
  });
}

/** Every profile, RUNS times each, each run in a fresh context with the cache disabled. */
export async function measureLoads(browser: Browser, url: string, log: (s: string) => void): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  for (const profile of PROFILES)
    for (let i = 0; i < RUNS; i++) {
      log(`load ${profile.id} #${i + 1}`);
      runs.push(await loadOnce(browser, url, profile));
    }
  return runs;
}
