/**
 * The headset measure alone (`npx tsx tools/bench/headset.ts`): both eyes' draw counts at every
 * viewpoint and the profiles' bytes, printed as the bench's section. BENCH_DIST names the build
 * (dist/ by default). `npm run bench` runs the same measure as part of the whole.
 */
import path from 'node:path';
import { launchChromium } from '../browser/chromium.ts';
import { ROOT, startPreview } from '../browser/server.ts';
import { measureHeadset, openInHeadset, profileBytes } from './measure/headset.ts';
import { headsetSection } from './report/headset.ts';

async function main() {
  const dist = path.resolve(ROOT, process.env.BENCH_DIST || 'dist');
  const server = await startPreview(dist);
  const browser = await launchChromium();
  try {
    const { page, close } = await openInHeadset(browser, server.url);
    const rows = await measureHeadset(page);
    await close();
    process.stdout.write(`${headsetSection(rows, profileBytes(dist))}\n`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
