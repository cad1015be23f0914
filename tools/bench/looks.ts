/**
 * How the visit looks at every viewpoint of the bench, for the record of a change to its looks
 * (issue 14's before and after in docs/looks/): a screenshot per viewpoint and the renderer's counts
 * there, at a busy moment of the edition replayed (`?at=`), so the programme's boards, the arenas and
 * whatever follows the clock are on. Not part of `npm run bench`: run it on two builds and compare.
 *
 *   npx tsx tools/bench/looks.ts <build folder> <output folder> [event-local moment]
 *
 * Writes <output>/<viewpoint>.jpg (800 × 450, the world without the interface: `?capture=1`) and
 * <output>/counts.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../browser/chromium.ts';
import { startPreview } from '../browser/server.ts';
import { visitStats, waitReady } from '../browser/page.ts';
import { goToViewpoint, VIEWPOINTS } from './measure/viewpoints.ts';

/** A Saturday afternoon: the seminar on, the special forces' demonstration about to start. */
export const LOOKS_AT = '2024-05-18T15:40';
const SIZE = { width: 800, height: 450 } as const;

const [dist, out, at = LOOKS_AT] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: npx tsx tools/bench/looks.ts <build folder> <output folder>');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const server = await startPreview(dist);
const browser = await launchChromium();
try {
  // bypassCSP: the style below that hides the interface is this tool's, injected inline.
  const context = await browser.newContext({ viewport: SIZE, serviceWorkers: 'block', bypassCSP: true });
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  const page = await context.newPage();
  await page.goto(`${server.url}?debug=1&capture=1&lang=fr&view=ground&quality=1&at=${at}`);
  await waitReady(page);
  // The world alone: the page's interface hidden (markers are off with ?capture=1), the canvas kept.
  await page.addStyleTag({ content: 'body * { visibility: hidden !important; } canvas { visibility: visible !important; }' });
  const counts: Record<string, unknown> = {};
  for (const vp of VIEWPOINTS) {
    await goToViewpoint(page, vp);
    await page.waitForTimeout(500);
    const file = `${vp.id.replace(/[^a-z0-9-]/gi, '-')}.jpg`;
    await page.screenshot({ path: path.join(out, file), type: 'jpeg', quality: 72 });
    counts[vp.id] = { label: vp.label, file, ...(await visitStats(page)) };
    console.log(`${vp.id}: ${JSON.stringify(counts[vp.id])}`);
  }
  fs.writeFileSync(path.join(out, 'counts.json'), `${JSON.stringify({ at, counts }, null, 2)}\n`);
} finally {
  await browser.close();
  await server.stop();
}
