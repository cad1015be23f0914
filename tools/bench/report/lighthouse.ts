/** The report's section on the first paint: Lighthouse's mobile first and largest contentful paint. */
import { FCP_TARGET_MS, LIGHTHOUSE_RUNS, type LighthouseResult } from '../measure/lighthouse.ts';
import { ms, table } from './format.ts';

export function lighthouseSection(result: LighthouseResult): string {
  const verdict =
    result.fcp < FCP_TARGET_MS ? `under the ${ms(FCP_TARGET_MS)} target` : `**OVER the ${ms(FCP_TARGET_MS)} target**`;
  const rows = result.runs.map((r, i) => [
    String(i + 1),
    ms(r.fcp),
    ms(r.lcp),
    r.score === null ? '—' : String(Math.round(r.score * 100)),
    r.lcpElement ? `\`${r.lcpElement}\`` : '—',
  ]);
  return `## First paint (Lighthouse, mobile)

Lighthouse ${result.version}, its mobile preset (a mid-range phone, slow 4G and a 4× slower CPU, simulated from one unthrottled load), performance category only, on the build served by \`vite preview\` on 127.0.0.1, each run in a fresh Chromium. index.html paints the loading card from its HTML and one stylesheet, before any script. Median of ${LIGHTHOUSE_RUNS} runs: first contentful paint **${ms(result.fcp)}** (${verdict}), largest contentful paint **${ms(result.lcp)}**.

${table(['run', 'first contentful paint', 'largest contentful paint', 'performance score', 'largest element'], rows, ['r', 'r', 'r', 'r', 'l'])}`;
}
