/** The report's sections on bytes: every file of dist/ by kind, and what the first walkable frame needed. */
import { kB, total, VIDEO, type CriticalPath, type FileSizes, type Kind, type Totals } from '../measure/bytes.ts';
import type { LoadRun } from '../measure/load.ts';
import { ms, overMark, table } from './format.ts';

export type Inventory = Array<FileSizes & { kind: Kind }>;

const KINDS: Kind[] = ['html', 'js', 'css', 'font', 'model', 'scene data', 'image', 'video', 'other'];

const sizeCells = (t: Pick<Totals, 'raw' | 'gzip' | 'brotli'>) => [kB(t.raw), kB(t.gzip), kB(t.brotli)];

function bytesTable(inventory: Inventory): string {
  const of = (k: Kind) => inventory.filter((f) => f.kind === k);
  const rows: string[][] = [];
  const add = (label: string, list: FileSizes[]) => {
    if (list.length === 0) return;
    const t = total(list);
    rows.push([label, String(t.files), ...sizeCells(t)]);
  };
  add('HTML', of('html'));
  for (const f of of('js').sort((a, b) => b.raw - a.raw)) add(`JS \`${f.file}\``, [f]);
  add('**JS, all chunks**', of('js'));
  add('CSS', of('css'));
  const fonts = of('font');
  add(
    'Fonts .woff2',
    fonts.filter((f) => f.file.endsWith('.woff2')),
  );
  add(
    'Fonts .woff (fallback; Chromium fetched only .woff2)',
    fonts.filter((f) => f.file.endsWith('.woff')),
  );
  add(
    'Fonts, other',
    fonts.filter((f) => !/\.woff2?$/.test(f.file)),
  );
  for (const f of of('model')) add(`Model \`${f.file}\``, [f]);
  add('Scene data (JSON)', of('scene data'));
  add('Images', of('image'));
  add('Other', of('other'));
  add(
    'Video and captions (excluded from the whole visit)',
    inventory.filter((f) => VIDEO.test(f.file)),
  );
  return table(['What', 'files', 'raw', 'gzip -9', 'brotli q11'], rows);
}

/** The JSON twin of the bytes table: totals and files of each kind. */
export function bytesByKind(inventory: Inventory): Record<Kind, { totals: Totals; files: Inventory }> {
  const of = (k: Kind) => inventory.filter((f) => f.kind === k);
  return Object.fromEntries(KINDS.map((k) => [k, { totals: total(of(k)), files: of(k) }])) as Record<
    Kind,
    { totals: Totals; files: Inventory }
  >;
}

export function bytesSection(inventory: Inventory, whole: Totals): string {
  return `## Bytes in dist/

${bytesTable(inventory)}

Whole visit without video (every file of dist/ but .webm, .mp4, .vtt, and not the .br/.gz copies): ${whole.files} files, ${kB(whole.raw)} raw, ${kB(whole.gzip)} gzip, **${kB(whole.brotli)} brotli**${overMark('wholeBrotli', whole.brotli)}. It counts both font formats although Chromium fetches only the .woff2.`;
}

function criticalTable(cp: CriticalPath, run: LoadRun): string {
  const wire = new Map(run.requests.map((r) => [r.url, r]));
  const rows = cp.files.map((f) => {
    const r = wire.get(f.url);
    return [
      `\`${f.file}\``,
      f.kind,
      String(r?.wave ?? '?'),
      ms(f.start),
      ms(f.end),
      r ? `${kB(r.encodedDataLength)}${r.contentEncoding ? ` (${r.contentEncoding})` : ''}` : '?',
      kB(f.raw),
      kB(f.gzip),
      kB(f.brotli),
    ];
  });
  rows.push([
    `**${cp.files.length} responses**`,
    '',
    String(run.waves),
    '',
    ms(cp.readyAt),
    kB(run.transferred),
    kB(cp.totals.raw),
    kB(cp.totals.gzip),
    `**${kB(cp.totals.brotli)}**${overMark('criticalBrotli', cp.totals.brotli)}`,
  ]);
  return table(['File', 'kind', 'wave', 'start', 'end', 'on the wire (vite preview)', 'raw', 'gzip -9', 'brotli q11'], rows, [
    'l',
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
  ]);
}

export function criticalSection(critical: CriticalPath, reference: LoadRun): string {
  return `## Critical path: what the first walkable frame needs

Measured, not listed by hand: the page loaded in Chromium (no throttling, cache disabled), every response that completed before \`__visit.ready\` resolved (Resource Timing \`responseEnd\` ≤ the ready time), each looked up in dist/. Ready at ${ms(critical.readyAt)} after navigation start. "On the wire" is CDP \`Network.loadingFinished.encodedDataLength\` (headers included) with the Content-Encoding \`vite preview\` used.${critical.unmatched.length ? ` Not in dist/: ${critical.unmatched.join(', ')}.` : ''}

${criticalTable(critical, reference)}

JS requested before ready: ${critical.js.files} files, ${kB(critical.js.raw)} raw, **${kB(critical.js.gzip)} gzip**${overMark('firstLoadJsGzip', critical.js.gzip)}, ${kB(critical.js.brotli)} brotli.`;
}
