/** The bench report: assembles every section into bench-results/report.md, and the same figures into report.json. */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { Stats } from '../../browser/page.ts';
import { BUDGETS, overBudget } from '../budgets.ts';
import { kB, type CriticalPath, type Totals } from '../measure/bytes.ts';
import { PROFILES, type LoadRun } from '../measure/load.ts';
import { EDITION, type MemoryRoundTrip, type ViewpointResult } from '../measure/viewpoints.ts';
import { ROUTE, type PaceResult, type WalkResult } from '../measure/walk.ts';
import type { EarlyFrames, FramesResult } from '../measure/frames.ts';
import type { LighthouseResult } from '../measure/lighthouse.ts';
import { OUT, SNAPSHOT } from '../snapshot.ts';
import { bytesByKind, bytesSection, criticalSection, type Inventory } from './bytes.ts';
import { num, pct, SOFTWARE } from './format.ts';
import { loadSection } from './load.ts';
import { gpuSection, viewpointsSection } from './scene.ts';
import { paceSection, walkSection } from './walk.ts';
import { framesSection, RATIO_TARGET } from './frames.ts';
import { lighthouseSection } from './lighthouse.ts';

/** Everything one run of the bench measured. */
export interface Measured {
  inventory: Inventory;
  whole: Totals;
  runs: LoadRun[];
  /** The unthrottled run the critical path was read from. */
  reference: LoadRun;
  critical: CriticalPath;
  viewpoints: ViewpointResult[];
  memory: MemoryRoundTrip;
  walked: WalkResult;
  onFootFirst: Stats;
  /** The walking pace on a page slowed to about 4 frames per second. */
  pace: PaceResult;
  /** The visit's frames per second beside the bare three.js reference's, at every viewpoint. */
  frames: FramesResult;
  /** The longest frame of the first two seconds after ready. */
  earlyFrames: EarlyFrames;
  /** Lighthouse's mobile preset: first and largest contentful paint. */
  lighthouse: LighthouseResult;
  chromium: string;
  loadavg: { start: number[]; end: number[] };
}

function header(m: Measured, generatedAt: string): string {
  const loadavg = `load average ${m.loadavg.start[0]!.toFixed(1)} at the start, ${m.loadavg.end[0]!.toFixed(1)} at the end`;
  return `# Performance benchmark — ${EDITION}

Generated ${generatedAt} by \`npm run bench\` on ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, Chromium ${m.chromium} headless, served by \`vite preview\` from a copy of dist/ (\`${SNAPSHOT}\`). ${SOFTWARE}. The machine is shared (${loadavg}, for 2 cores): times vary from run to run; byte and draw counts do not.

Sizes: 1 kB = 1000 bytes. gzip -9 and brotli q11 are computed in memory from dist/ with the settings of the build's precompression (\`tools/vite/precompress.ts\`).`;
}

function budgetsSection({ critical, whole, viewpoints, memory, frames }: Measured): string {
  const worstRatio = Math.max(...frames.viewpoints.map((v) => v.ratio));
  const calls = Math.max(...viewpoints.map((v) => v.stats.calls));
  const triangles = Math.max(...viewpoints.map((v) => v.stats.triangles));
  const rows: Array<[string, string, string, boolean]> = [
    [
      'Critical path (responses before ready), brotli',
      kB(BUDGETS.criticalBrotli),
      kB(critical.totals.brotli),
      overBudget('criticalBrotli', critical.totals.brotli),
    ],
    [
      'JS requested before ready, gzip',
      kB(BUDGETS.firstLoadJsGzip),
      kB(critical.js.gzip),
      overBudget('firstLoadJsGzip', critical.js.gzip),
    ],
    ['Whole visit without video, brotli', kB(BUDGETS.wholeBrotli), kB(whole.brotli), overBudget('wholeBrotli', whole.brotli)],
    ['Draw calls, worst viewpoint', String(BUDGETS.calls), String(calls), overBudget('calls', calls)],
    ['Triangles, worst viewpoint', num(BUDGETS.triangles), num(triangles), overBudget('triangles', triangles)],
    [
      `Geometries / textures after all ${memory.stands} stands and back (vs after the first stand)`,
      `±${BUDGETS.memoryDrift * 100}%`,
      `${pct(memory.geometries)} / ${pct(memory.textures)}`,
      overBudget('memoryDrift', memory.geometries) || overBudget('memoryDrift', memory.textures),
    ],
    // A time, so a target the bench reports rather than a budget a test enforces.
    [
      'Frame cost vs the bare three.js viewer, worst viewpoint (target; times)',
      `${RATIO_TARGET}×`,
      `${worstRatio.toFixed(2)}×`,
      worstRatio > RATIO_TARGET,
    ],
  ];
  return [
    '## Budgets',
    '',
    '| Budget | limit | measured | |',
    '| --- | ---: | ---: | --- |',
    ...rows.map(
      ([budget, limit, measured, over]) => `| ${budget} | ${limit} | ${measured} | ${over ? '**OVER BUDGET**' : 'ok'} |`,
    ),
  ].join('\n');
}

function markdown(m: Measured, generatedAt: string): string {
  const sections = [
    header(m, generatedAt),
    budgetsSection(m),
    bytesSection(m.inventory, m.whole),
    criticalSection(m.critical, m.reference),
    viewpointsSection(m.viewpoints),
    loadSection(m.runs, m.reference, m.critical),
    walkSection(m.walked),
    paceSection(m.pace),
    framesSection(m.frames, m.earlyFrames),
    lighthouseSection(m.lighthouse),
    gpuSection(m.memory, m.onFootFirst),
  ];
  return `${sections.join('\n\n')}\n`;
}

function json(m: Measured, generatedAt: string): unknown {
  return {
    generatedAt,
    edition: EDITION,
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      node: process.version,
      chromium: m.chromium,
      webgl: 'SwiftShader (software): frame times are not a GPU’s',
    },
    budgets: BUDGETS,
    bytes: { byKind: bytesByKind(m.inventory), wholeWithoutVideo: m.whole },
    criticalPath: m.critical,
    network: {
      profiles: PROFILES,
      // Each run's Resource Timing list is what the critical path was derived from: too long to keep.
      runs: m.runs.map(({ resources: _r, ...r }) => r),
    },
    viewpoints: m.viewpoints,
    walk: { method: 'requestAnimationFrame wrapper (sum of callbacks per frame timestamp)', route: ROUTE, ...m.walked },
    pace: m.pace,
    frames: m.frames,
    earlyFrames: m.earlyFrames,
    lighthouse: m.lighthouse,
    gpuObjects: { ...m.memory, onFootAfterReady: m.onFootFirst },
    loadavg: m.loadavg,
  };
}

/** Writes report.md and report.json under bench-results/; returns the Markdown. */
export function writeReport(m: Measured): string {
  const generatedAt = new Date().toISOString();
  const md = markdown(m, generatedAt);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'report.json'), `${JSON.stringify(json(m, generatedAt), null, 2)}\n`);
  fs.writeFileSync(path.join(OUT, 'report.md'), md);
  return md;
}
