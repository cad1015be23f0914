/** The report's section on loading: time to ready under each network, against the physical limit. */
import path from 'node:path';
import { kB, type CriticalPath } from '../measure/bytes.ts';
import { PROFILES, RUNS, type LoadRun } from '../measure/load.ts';
import { median } from '../stats.ts';
import { ms, SOFTWARE, table } from './format.ts';

export function loadSection(runs: LoadRun[], reference: LoadRun, critical: CriticalPath): string {
  const encodings = new Map<string, Set<string>>();
  for (const r of reference.requests) {
    const kind = path.extname(new URL(r.url).pathname) || '(document)';
    if (!encodings.has(kind)) encodings.set(kind, new Set());
    encodings.get(kind)!.add(r.contentEncoding ?? 'none');
  }
  const encodingLine = [...encodings.entries()].map(([k, v]) => `${k}: ${[...v].join('/')}`).join(', ');

  const rows = PROFILES.map((p) => {
    const rs = runs.filter((r) => r.profile === p.id);
    const ready = median(rs.map((r) => r.readyMs));
    const transferred = median(rs.map((r) => r.transferred));
    const waves = Math.max(...rs.map((r) => r.waves));
    const measured = [p.label, `${ms(ready)} (${rs.map((r) => ms(r.readyMs)).join(', ')})`, kB(transferred), String(waves)];
    if (p.down === null) return [...measured, '—', '—', '—'];
    const limit = (transferred / p.down) * 1000 + waves * p.rttMs;
    const limitBr = (critical.totals.brotli / p.down) * 1000 + waves * p.rttMs;
    return [
      ...measured,
      `${ms(limit)} = ${kB(transferred)} ÷ ${(p.down * 8) / 1e6} Mbps + ${waves} × ${p.rttMs} ms`,
      `${(ready / limit).toFixed(2)}×`,
      ms(limitBr),
    ];
  });

  return `## Time to the first walkable frame

Each run opens a fresh browser context with the cache disabled (\`Network.setCacheDisabled\`) and the network emulated by the Chrome DevTools Protocol (\`Network.emulateNetworkConditions\`: latency added per request, throughput shared by all responses). Time: \`performance.now()\` in the page when \`__visit.ready\` resolves, i.e. from navigation start to the first frame drawn with every model. Median of ${RUNS} runs (all runs in brackets). ${SOFTWARE}: the time after the last byte (parsing, compiling shaders, drawing) is the CPU's.

Transfer: \`vite preview\` does not serve the .br or .gz files; it compresses on the fly with gzip (zlib's default level) responses of text, JavaScript, JSON and XML types from 1 kB up, and sends fonts and .glb models as they are. Seen on this run: ${encodingLine}. So the timings are for that transfer, and the physical limit below uses the bytes actually transferred (the sum of \`encodedDataLength\` of the responses completed before ready).

Physical limit = transferred bytes ÷ downlink + round trips × RTT. Round trips = dependency waves, derived from the requests (not assumed): the document is wave 1; what the parser finds in it or in a stylesheet is one wave after; a request made by script is one wave after the latest script/document/data response completed when it started. Here: ${reference.waves} waves (${waveChain(reference)}). The limit ignores TCP setup, HTTP/1.1's six connections per host and all CPU time, so it is a floor. The last column is the same floor if a CDN served the build's .br files (${kB(critical.totals.brotli)} brotli).

${table(['Network', 'ready (median; runs)', 'transferred before ready', 'waves', 'physical limit', 'measured ÷ limit', 'limit with .br'], rows, ['l', 'r', 'r', 'r', 'l', 'r', 'r'])}`;
}

/** "document → JS/CSS → …": the kinds of file in each wave of a run. */
function waveChain(run: LoadRun): string {
  const waves: string[] = [];
  for (let w = 1; w <= run.waves; w++) {
    const kinds = new Set(
      run.requests
        .filter((r) => r.wave === w)
        .map((r) => {
          const p = new URL(r.url).pathname;
          if (r.type === 'Document') return 'HTML';
          if (/\.glb$/.test(p)) return 'models';
          if (/manifest\.json$/.test(p)) return 'manifest';
          if (/\.woff2?$/.test(p)) return 'fonts';
          if (/\.css$/.test(p)) return 'CSS';
          if (/\.js$/.test(p)) return /\/(edition|site|stands)-[^/]*\.js$/.test(p) ? 'scene chunks' : 'JS';
          return path.extname(p).slice(1) || r.type;
        }),
    );
    waves.push([...kinds].join(', '));
  }
  return waves.join(' → ');
}
