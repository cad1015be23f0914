/**
 * `npm run bench`: the performance benchmark of the production build. Serves a copy of dist/ with
 * `vite preview`, drives headless Chromium (software WebGL: SwiftShader on the CPU), and writes
 * bench-results/report.json and bench-results/report.md, then prints the Markdown.
 *
 * It measures; it does not judge. Numbers above a budget are marked OVER BUDGET and the exit code
 * stays 0: the budgets are enforced by the browser budget tests (budgets.test.ts).
 *
 * `npm run bench -- <edition>` names the edition as every command does (tools/edition/resolve.ts).
 * The budgets are the default edition's, so it benches that one: another name, or a folder outside
 * scenes/, is refused with a message, never benched in its place.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../browser/chromium.ts';
import { SCENES } from '../edition/read.ts';
import { EditionArgError, orExit, requireInScenes, resolveEdition } from '../edition/resolve.ts';
import { startPreview } from '../browser/server.ts';
import { criticalPath, distInventory, wholeVisitWithoutVideo } from './measure/bytes.ts';
import { measureLoads } from './measure/load.ts';
import { measureScene } from './measure/viewpoints.ts';
import { measurePace, measureWalk } from './measure/walk.ts';
import { measureEarlyFrames, measureFrames } from './measure/frames.ts';
import { measureLighthouse } from './measure/lighthouse.ts';
import { buildReference } from './reference/build.ts';
import { precacheBytes, precacheSection } from './measure/precache.ts';
import { measureSoak } from './measure/soak.ts';
import { measureHeadset, openInHeadset, profileBytes } from './measure/headset.ts';
import { headsetSection } from './report/headset.ts';
import { soakSection, soakSvg } from './report/soak.ts';
import { writeReport } from './report/report.ts';
import { DIST, OUT, SNAPSHOT, snapshotDist } from './snapshot.ts';

/**
 * The kiosk soak's cycles: 300 (an hour here, a day of visitors) unless SOAK_CYCLES says fewer, for a
 * whole bench in one run in minutes; the report says how many ran.
 */
const SOAK_CYCLES = Math.max(2, Number(process.env.SOAK_CYCLES) || 300);

const started = Date.now();
const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

async function main() {
  const defaultId = (JSON.parse(fs.readFileSync(path.join(SCENES, 'editions.json'), 'utf8')) as { default: string }).default;
  const ref = orExit('bench', () => {
    const r = resolveEdition(process.argv[2] ?? defaultId);
    requireInScenes(r, 'bench');
    if (r.id !== defaultId)
      throw new EditionArgError(
        `the bench measures the default edition (${defaultId}, scenes/editions.json) against its budgets, not ${r.id}`,
      );
    return r;
  });
  log(`edition folder ${ref.folder}`);
  const loadStart = os.loadavg();
  await snapshotDist();
  // The bare three.js reference the frame cost is measured against, served beside the visit.
  await buildReference(SNAPSHOT);
  log('sizing dist/ (gzip -9, brotli q11, in memory)');
  const inventory = distInventory(DIST);
  const whole = wholeVisitWithoutVideo(DIST);
  const precache = precacheBytes(DIST);

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
    log('walking pace at about 4 frames per second');
    const pace = await measurePace(browser, url);
    log('frames: the visit beside the bare three.js reference');
    const frames = await measureFrames(browser, url, log);
    const earlyFrames = await measureEarlyFrames(browser, url, log);
    log('headset: an emulated Quest 3, both eyes, at every viewpoint');
    const inHeadset = await openInHeadset(browser, server.url);
    const headset = await measureHeadset(inHeadset.page);
    await inHeadset.close();
    const profiles = profileBytes(DIST);
    // Lighthouse opens its own Chromium, and its simulation scales the CPU time it sees: before the soak.
    log('lighthouse: mobile preset, 3 runs');
    const lighthouse = await measureLighthouse(server.url, log);
    log(`kiosk soak: ${SOAK_CYCLES} cycles`);
    const soak = await measureSoak(browser, server.url, SOAK_CYCLES, log);
    const report = writeReport({
      inventory,
      whole,
      runs,
      reference,
      critical,
      viewpoints,
      memory,
      walked,
      onFootFirst,
      pace,
      frames,
      earlyFrames,
      lighthouse,
      chromium: browser.version(),
      loadavg: { start: loadStart, end: os.loadavg() },
    });
    // The offline profiles' bytes and the kiosk soak, after the report's own sections.
    fs.writeFileSync(path.join(OUT, 'soak.svg'), soakSvg(soak.rows));
    const offline = `\n${precacheSection(precache, critical.totals.brotli)}\n\n${soakSection(soak.rows, soak.seconds)}\n\n${headsetSection(headset, profiles)}\n`;
    fs.appendFileSync(path.join(OUT, 'report.md'), offline);
    const json = JSON.parse(fs.readFileSync(path.join(OUT, 'report.json'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(
      path.join(OUT, 'report.json'),
      `${JSON.stringify({ ...json, precache, soak, headset: { viewpoints: headset, profiles } }, null, 2)}\n`,
    );
    const md = report + offline;
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
