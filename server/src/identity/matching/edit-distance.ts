/**
 * Whether two strings are within `limit` edits (insertions, deletions, substitutions, and adjacent
 * transpositions counted as one), computed on a band of the matrix so it stops early. No allocation
 * for strings up to 63 characters.
 */
const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function withinEdits(a: string, b: string, limit: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return false;
  if (n === 0 || m === 0) return Math.max(n, m) <= limit;
  if (n >= 64 || m >= 64) return a === b;
  let prev2 = ROWS[0]!;
  let prev = ROWS[1]!;
  let row = ROWS[2]!;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, prev2[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return false;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return prev[m]! <= limit;
}

/**
 * Whether two strings are at most one edit apart (one substitution, insertion, deletion or adjacent
 * transposition), in one pass without allocation: the comparison loop's typo test.
 */
export function withinOneEdit(a: string, b: string): boolean {
  let n = a.length;
  let m = b.length;
  if (n - m > 1 || m - n > 1) return false;
  let start = 0;
  while (start < n && start < m && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  if (start === n && start === m) return true;
  while (n > start && m > start && a.charCodeAt(n - 1) === b.charCodeAt(m - 1)) {
    n--;
    m--;
  }
  const restA = n - start;
  const restB = m - start;
  if (restA <= 1 && restB <= 1) return true; // one substitution, insertion or deletion
  return (
    restA === 2 &&
    restB === 2 &&
    a.charCodeAt(start) === b.charCodeAt(start + 1) &&
    a.charCodeAt(start + 1) === b.charCodeAt(start)
  );
}
