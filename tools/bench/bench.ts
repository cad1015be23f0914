/**
 * `npm run bench`: the performance benchmark of the production build. Serves a copy of dist/ with
 * `vite preview`, drives headless Chromium (software WebGL: SwiftShader on the CPU), and writes
 * bench-results/report.json and bench-results/report.md, then prints the Markdown.
 *
 * It measures; it does not judge. Numbers above a budget are marked OVER BUDGET and the exit code
 * stays 0: the budgets are enforced by the browser budget tests (budgets.test.ts).
 */
import os from 'node:os';
import { launchChromium } from '../browser/chromium.ts';
import { startPreview } from '../browser/server.ts';
import { criticalPath, distInventory, wholeVisitWithoutVideo } from './measure/bytes.ts';
import { measureLoads } from './measure/load.ts';
import { measureScene } from './measure/viewpoints.ts';
import { measureWalk } from './measure/walk.ts';
import { writeReport } from './report/report.ts';
import { DIST, SNAPSHOT, snapshotDist } from './snapshot.ts';

const started = Date.now();
const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

async function main() {
  const loadStart = os.loadavg();
  await snapshotDist();
  log('sizing dist/ (gzip -9, brotli q11, in memory)');
  const inventory = distInventory(DIST);
  const whole = wholeVisitWithoutVideo(DIST);

  const server = await startPreview(SNAPSHOT);
  const browser = await launchChromium();
  const url = `${server.url}?debug=1`;
  try {
    const runs = await measureLoads(browser, url, log);
    const reference = runs.find((r) => r.profile === 'local')!;
    const critical = criticalPath(DIST, reference.resources, reference.readyMs, new URL(server.url).origin);
    log('viewpoints');
    const { viewpoints, memory } = await measureScene(browser, url, log);
    log('walk');
    const { walked, onFootFirst } = await measureWalk(browser, url);
    const md = writeReport({
      inventory,
      whole,
      runs,
      reference,
      critical,
      viewpoints,
      memory,
      walked,
      onFootFirst,
      chromium: browser.version(),
      loadavg: { start: loadStart, end: os.loadavg() },
    });
    log(`done: bench-results/report.md, bench-results/report.json`);
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
