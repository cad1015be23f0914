/** The report's section on the kiosk soak: the budgets checked, a table of sampled cycles, and a line chart as SVG. */
import { soakChecks } from '../budgets.ts';
import { SOAK_KIOSK, SOAK_TOURS, SOAK_VIDEO, SOAK_VIEWPORT, type SoakRow } from '../measure/soak.ts';
import { num, pct, table } from './format.ts';

/** Cycles shown in the table: the first, the first warm one, every 25th, and the last. */
export function sampledRows(rows: readonly SoakRow[]): SoakRow[] {
  const last = rows.length;
  return rows.filter((r) => r.cycle <= 2 || r.cycle % 25 === 0 || r.cycle === last);
}

export function soakSection(rows: readonly SoakRow[], seconds: number, chartFile = 'soak.svg'): string {
  const checks = soakChecks(rows);
  const budgetRows = checks.map((c) => [
    c.measure === 'heapMB' ? 'JS heap after GC, MB' : c.measure,
    c.limit,
    `${c.measure === 'heapMB' ? c.reference.toFixed(2) : num(c.reference)} → ${c.measure === 'heapMB' ? c.last.toFixed(2) : num(c.last)} (${pct(c.change)})`,
    c.over ? '**OVER BUDGET**' : 'ok',
  ]);
  const sample = sampledRows(rows).map((r) => [
    String(r.cycle),
    num(r.geometries),
    num(r.textures),
    r.heapMB.toFixed(2),
    num(r.nodes),
    num(r.listeners),
    num(r.documents),
  ]);
  return `## Kiosk soak

${rows.length} cycles of the kiosk \`${SOAK_KIOSK}\` (\`?kiosk=${SOAK_KIOSK}&debug=1\`) in ${Math.round(seconds)} s (${(seconds / rows.length).toFixed(1)} s a cycle), on a ${SOAK_VIEWPORT.width}×${SOAK_VIEWPORT.height} touch screen with reduced motion (travel is the fade), no service worker. A cycle: a touch (touch events) on the attract loop starts a visit; three different stands' panels open in turn (the next three of stands.json each cycle); the \`${SOAK_VIDEO.hotspot}\` video of \`${SOAK_VIDEO.stand}\` plays; a guided tour is picked in the toolbar (${SOAK_TOURS.map((t) => `\`${t}\``).join(' and ')} in turn) and travels to its first stop; \`__visit.idleNow(0)\` resets the kiosk. The counters are read once the attract loop's tour dwells at its first stop with stand detail settled, after a forced garbage collection (CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` and \`Memory.getDOMCounters\`; GPU objects from \`renderer.info.memory\`).

${table(['Budget', 'limit', 'measured (reference → last)', ''], budgetRows, ['l', 'l', 'r', 'l'])}

${table(['cycle', 'geometries', 'textures', 'JS heap, MB', 'DOM nodes', 'listeners', 'documents'], sample)}

![The five counters per cycle, each divided by its value at cycle 1](${chartFile})`;
}

const SERIES = [
  { key: 'geometries', label: 'geometries', colour: '#1f6feb' },
  { key: 'textures', label: 'textures', colour: '#8250df' },
  { key: 'heapMB', label: 'JS heap', colour: '#bf3989' },
  { key: 'nodes', label: 'DOM nodes', colour: '#cf222e' },
  { key: 'listeners', label: 'listeners', colour: '#9a6700' },
] as const;

/** A line chart of the five counters, each normalised to cycle 1, as a standalone SVG file. */
export function soakSvg(rows: readonly SoakRow[]): string {
  const first = rows[0];
  if (!first) throw new Error('no soak rows to chart');
  const W = 720;
  const H = 320;
  const pad = { left: 56, right: 130, top: 20, bottom: 40 };
  const ratios = SERIES.map((s) => rows.map((r) => (first[s.key] === 0 ? 1 : r[s.key] / first[s.key])));
  const all = ratios.flat();
  const lo = Math.min(0.9, Math.floor(Math.min(...all) * 10) / 10);
  const hi = Math.max(1.1, Math.ceil(Math.max(...all) * 10) / 10);
  const last = rows.at(-1)!.cycle;
  const x = (cycle: number) => pad.left + ((cycle - 1) / Math.max(1, last - 1)) * (W - pad.left - pad.right);
  const y = (v: number) => pad.top + ((hi - v) / (hi - lo)) * (H - pad.top - pad.bottom);
  const step = (hi - lo) / 5;
  const grid = Array.from({ length: 6 }, (_, i) => lo + i * step).map(
    (v) =>
      `<line x1="${pad.left}" x2="${W - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d0d7de"/>` +
      `<text x="${pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v.toFixed(2)}</text>`,
  );
  const ticks = [1, ...rows.filter((r) => r.cycle % 50 === 0).map((r) => r.cycle), last]
    .filter((c, i, a) => a.indexOf(c) === i)
    .map((c) => `<text x="${x(c).toFixed(1)}" y="${H - pad.bottom + 16}" text-anchor="middle">${c}</text>`);
  const lines = SERIES.map((s, i) => {
    const points = rows.map((r, k) => `${x(r.cycle).toFixed(1)},${y(ratios[i]![k]!).toFixed(1)}`).join(' ');
    const end = ratios[i]!.at(-1)!;
    return (
      `<polyline fill="none" stroke="${s.colour}" stroke-width="1.8" points="${points}"/>` +
      `<text x="${W - pad.right + 8}" y="${pad.top + 14 + i * 18}" fill="${s.colour}">${s.label} ×${end.toFixed(2)}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11" fill="#24292f">
<title>Kiosk soak: counters per cycle, each divided by its value at cycle 1</title>
<rect width="${W}" height="${H}" fill="#ffffff"/>
${grid.join('\n')}
${ticks.join('\n')}
<text x="${(pad.left + W - pad.right) / 2}" y="${H - 6}" text-anchor="middle">cycle</text>
<text x="14" y="${H / 2}" text-anchor="middle" transform="rotate(-90 14 ${H / 2})">÷ cycle 1</text>
${lines.join('\n')}
</svg>
`;
}
