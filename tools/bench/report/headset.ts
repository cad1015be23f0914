/** The bench report's headset section: both eyes' draw calls and triangles per viewpoint, and the profiles' bytes. */
import { BUDGETS } from '../budgets.ts';
import type { HeadsetResult } from '../measure/headset.ts';

const n = (x: number) => x.toLocaleString('en-US');

export function headsetSection(rows: readonly HeadsetResult[], profiles: { files: number; raw: number; brotli: number }): string {
  const over = (v: number, budget: number) => (v > budget ? ' **OVER BUDGET**' : '');
  return [
    '## In a headset (emulated Quest 3, both eyes)',
    '',
    'iwer drawing one view per eye: `renderer.info` counts both. Same budgets as a page frame: ' +
      `${BUDGETS.calls} draw calls and ${n(BUDGETS.triangles)} triangles.`,
    '',
    '| viewpoint | draw calls | triangles |',
    '| --- | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.stats.calls}${over(r.stats.calls, BUDGETS.calls)} | ${n(r.stats.triangles)}${over(r.stats.triangles, BUDGETS.triangles)} |`,
    ),
    '',
    `Controller and hand profiles (dist/xr-profiles, fetched on entering VR): ${profiles.files} files, ` +
      `${n(Math.round(profiles.raw / 1000))} kB raw, ${n(Math.round(profiles.brotli / 1000))} kB brotli ` +
      `(budget ${n(BUDGETS.headsetProfilesBrotli / 1000)} kB)${over(profiles.brotli, BUDGETS.headsetProfilesBrotli)}.`,
  ].join('\n');
}
