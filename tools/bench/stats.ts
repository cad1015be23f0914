/** Order statistics shared by the measures (frame times) and the report (medians of runs). */

/** The nearest-rank quantile: a value that was measured, never one interpolated between two. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}

export const median = (values: number[]): number => quantile(values, 0.5);
