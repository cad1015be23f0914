/** How the report writes numbers, tables and budget verdicts in Markdown. */
import { overBudget, type Budget } from '../budgets.ts';

export const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
export const ms1 = (v: number) => `${v.toFixed(1)} ms`;
export const num = (v: number) => v.toLocaleString('en-US');
export const pct = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
export const MiB = (v: number) => `${(v / 1024 / 1024).toFixed(1)} MiB`;

/** Said wherever a time is shown, so no figure is read as a GPU's. */
export const SOFTWARE = 'WebGL here is software (SwiftShader on 2 CPU cores): frame times are not a GPU’s';

/** Follows a measured figure: the bench marks a broken budget and carries on (the tests fail on it). */
export const overMark = (budget: Budget, value: number) => (overBudget(budget, value) ? ' **OVER BUDGET**' : '');

export function table(head: string[], rows: string[][], align?: Array<'l' | 'r'>): string {
  const a = align ?? head.map((_, i) => (i === 0 ? 'l' : 'r'));
  return [
    `| ${head.join(' | ')} |`,
    `| ${a.map((x) => (x === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
