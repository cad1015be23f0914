/**
 * Lighthouse's mobile preset (its default: a mid-range phone, slow 4G simulated), performance only,
 * on the build served locally: first and largest contentful paint, median of RUNS runs, each in a
 * fresh Chromium. The browser is this machine's (tools/browser/chromium.ts, with its flags that keep
 * every request on 127.0.0.1); Lighthouse drives it over its DevTools port.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../browser/chromium.ts';
import { freePort } from '../../browser/server.ts';
import { median } from '../stats.ts';

export const LIGHTHOUSE_RUNS = 3;
/** The target for the first contentful paint (Lighthouse's own "good" threshold on mobile). */
export const FCP_TARGET_MS = 1800;

export interface LighthouseRun {
  /** ms, as Lighthouse simulates them for its mobile preset. */
  fcp: number;
  lcp: number;
  /** The performance score, 0 to 1. */
  score: number | null;
  /** What Lighthouse took as the largest contentful paint (its selector or snippet). */
  lcpElement: string | null;
}

export interface LighthouseResult {
  version: string;
  runs: LighthouseRun[];
  fcp: number;
  lcp: number;
}

/** Starts Chromium headless with a DevTools port; resolves once it listens. */
export async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'visit-lighthouse-'));
  const child = spawn(
    chromiumPath(),
    ['--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${err}`)), 30_000);
    child.stderr!.on('data', (d) => {
      err += String(d);
      if (err.includes('DevTools listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
  return {
    port,
    // Chromium's own helper processes can still be writing to the profile a moment after the browser
    // dies (a bench run failed on ENOTEMPTY here): wait for the exit, then remove it with retries.
    stop: async () => {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGKILL');
      await exited;
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/** One Lighthouse run of `categories` on `url`, in a fresh Chromium: its report (errors thrown). */
export async function lighthouseReport(url: string, categories: string[]): Promise<Result> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chromium.stop();
  }
}

async function runOnce(url: string): Promise<{ run: LighthouseRun; version: string }> {
  const lhr = await lighthouseReport(url, ['performance']);
  const value = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    if (typeof v !== 'number') throw new Error(`Lighthouse gave no ${id}`);
    return v;
  };
  const lcpItems = (
    lhr.audits['largest-contentful-paint-element']?.details as
      { items?: Array<{ items?: Array<{ node?: { selector?: string; snippet?: string } }> }> } | undefined
  )?.items;
  const node = lcpItems?.[0]?.items?.[0]?.node;
  return {
    version: lhr.lighthouseVersion,
    run: {
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      score: lhr.categories.performance?.score ?? null,
      lcpElement: node?.selector ?? node?.snippet ?? null,
    },
  };
}

/** LIGHTHOUSE_RUNS runs on `url`; the medians of their first and largest contentful paints. */
export async function measureLighthouse(url: string, log: (s: string) => void): Promise<LighthouseResult> {
  const runs: LighthouseRun[] = [];
  let version = '';
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    log(`lighthouse #${i + 1}`);
    const r = await runOnce(url);
    runs.push(r.run);
    version = r.version;
  }
  return { version, runs, fcp: median(runs.map((r) => r.fcp)), lcp: median(runs.map((r) => r.lcp)) };
}
