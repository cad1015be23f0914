/**
 * `npx tsx tools/bench/frames.ts`: only the bench's frame-rate measure (visit beside the bare three.js
 * reference, adaptive quality, early frames), to iterate on frame cost without the whole bench.
 * Snapshots a build (BENCH_DIST, default dist/) into BENCH_OUT (default bench-results/) as `dist/`,
 * builds the reference into it, serves both with `vite preview`, writes frames.md, frames.json and a
 * screenshot of both pages at each viewpoint (frames-shots/) there, and prints the Markdown. Needs a build: `npm run build`, or `npx vite build --outDir <dir>`.
 * FRAMES_ONLY=road-safety,aerial measures only the viewpoints whose id contains one of those words
 * (to iterate on one view in minutes); EARLY=0 leaves the early frames out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../browser/chromium.ts';
import { ROOT, startPreview } from '../browser/server.ts';
import { measureEarlyFrames, measureFrames } from './measure/frames.ts';
import { VIEWPOINTS } from './measure/viewpoints.ts';
import { buildReference } from './reference/build.ts';
import { framesSection } from './report/frames.ts';
import { OUT, SNAPSHOT, snapshotDist } from './snapshot.ts';

const started = Date.now();
const log = (s: string) => process.stderr.write(`[frames ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

/** The bench's own snapshot when nothing is named; else a plain copy (a folder of one's own is not rebuilt meanwhile). */
async function snapshot(): Promise<{ out: string; dist: string }> {
  const from = path.resolve(ROOT, process.env.BENCH_DIST || 'dist');
  const out = path.resolve(ROOT, process.env.BENCH_OUT || OUT);
  if (from === path.join(ROOT, 'dist') && out === OUT) {
    await snapshotDist();
    return { out, dist: path.join(ROOT, SNAPSHOT) };
  }
  if (!fs.existsSync(path.join(from, 'index.html'))) throw new Error(`${from}/index.html not found: build first`);
  const dist = path.join(out, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(from, dist, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
  return { out, dist };
}

async function main() {
  const { out, dist } = await snapshot();
  log(`building the reference into ${path.relative(ROOT, dist) || dist}`);
  await buildReference(dist);
  const server = await startPreview(dist);
  const browser = await launchChromium();
  try {
    // FRAMES_QUERY adds to the visit's address, for a comparison (crowd=0, …).
    const url = `${server.url}?debug=1${process.env.FRAMES_QUERY ? `&${process.env.FRAMES_QUERY}` : ''}`;
    const shots = path.join(out, 'frames-shots');
    fs.mkdirSync(shots, { recursive: true });
    const only = (process.env.FRAMES_ONLY ?? '').split(',').filter(Boolean);
    const views = only.length ? VIEWPOINTS.filter((v) => only.some((w) => v.id.includes(w))) : VIEWPOINTS;
    const frames = await measureFrames(browser, url, log, views, shots);
    const earlyFrames = process.env.EARLY === '0' ? null : await measureEarlyFrames(browser, url, log);
    const md = `${framesSection(frames, earlyFrames)}\n`;
    fs.writeFileSync(path.join(out, 'frames.md'), md);
    fs.writeFileSync(path.join(out, 'frames.json'), `${JSON.stringify({ frames, earlyFrames }, null, 2)}\n`);
    log(`done: ${path.join(out, 'frames.md')}, frames.json`);
    process.stdout.write(md);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
