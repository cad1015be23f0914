/**
 * Typo distance for search: Damerau–Levenshtein in its optimal-string-alignment form (insertion,
 * deletion, substitution, and two neighbours swapped: "pasport", "balistique", "cybercrimminalité").
 *
 * Bounded: search only asks "within 1 or 2?", so the table stops as soon as the answer is no, and
 * the length difference alone settles most words. Allocation-free: it runs against thousands of
 * words per keystroke, on three scratch rows kept here.
 */

/** Longest word compared; longer ones are simply not typo-matched (no word of the data comes close). */
const LONGEST = 48;
const rows = [new Int32Array(LONGEST + 1), new Int32Array(LONGEST + 1), new Int32Array(LONGEST + 1)] as const;

/**
 * Edit distance from `a` to `b`, or with `prefix` to the closest prefix of `b` (a word being
 * typed), when it is at most `max`; `max + 1` when it is more.
 */
export function boundedDistance(a: string, b: string, max: number, prefix = false): number {
  const over = max + 1;
  const n = a.length;
  // A prefix of b longer than n + max is already too far.
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  if (n > LONGEST || m > LONGEST) return over;
  if (prefix ? m < n - max : Math.abs(n - m) > max) return over;
  if (n > max && !startsClose(a, b, max)) return over;

  // Only the band of cells within `max` of the diagonal can end within `max`: cells beside it read as `over`.
  let before = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  const first = Math.min(m, max);
  for (let j = 0; j <= first; j++) prev[j] = j;
  if (first < m) prev[first + 1] = over;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = lo === 1 ? i : over;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ai === bj ? 0 : 1);
      if (prev[j]! + 1 < d) d = prev[j]! + 1;
      if (cur[j - 1]! + 1 < d) d = cur[j - 1]! + 1;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj && before[j - 2]! + 1 < d) d = before[j - 2]! + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) cur[hi + 1] = over;
    // A swap reaches back two rows: only two rows over the bound in a row settle it.
    if (rowMin > max && prevMin > max) return over;
    prevMin = rowMin;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }

  let d = prev[m]!;
  if (prefix) for (let j = Math.max(0, n - max); j < m; j++) if (prev[j]! < d) d = prev[j]!;
  return d > max ? over : d;
}

/**
 * Whether one of the first `max + 1` letters of `a` is within `max` places of the same letter in `b`:
 * true of any two words within `max` edits (one of those letters is left in place, or beside it),
 * false of most others, and far cheaper than the table.
 */
function startsClose(a: string, b: string, max: number): boolean {
  for (let i = 0; i <= max && i < a.length; i++) {
    const c = a.charCodeAt(i);
    for (let j = Math.max(0, i - max); j <= i + max && j < b.length; j++) if (b.charCodeAt(j) === c) return true;
  }
  return false;
}

/** Typos forgiven in a word of this many letters: none under 4, one up to 7, two from 8. */
export function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Shortest word being typed that may match the start of a word with typos. */
export const TYPO_PREFIX_MIN = 5;
