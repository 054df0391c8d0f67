/**
 * Dates of birth as integers (yyyymmdd, 0 = unknown) and their agreement levels. Officers swap day
 * and month (03/07 vs 07/03), mistype one digit, and applicants who do not know their date give a
 * year, often written as 1 January, 1 July or 15 June: such dates are "estimated" even unmarked.
 */

/** Parses YYYY-MM-DD (a real calendar date, year 1900–2100); '' → 0; anything else → -1. */
export function parseBirthDate(text: string): number {
  if (text.length === 0) return 0;
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return -1;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return -1;
  if (day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The usual stand-ins for an unknown day: 1 January, 1 July, 15 June, 31 December. */
export function looksEstimated(date: number): boolean {
  const md = date % 10000;
  return md === 101 || md === 701 || md === 615 || md === 1231;
}

export const DATE_LEVELS = [
  'exact',
  'day_month_swapped',
  'one_digit',
  'year_off_by_one',
  'estimated',
  'disagree',
] as const;

/** Agreement level index of two dates (see DATE_LEVELS), or -1 when either is unknown. */
export function dateLevel(a: number, aEstimated: boolean, b: number, bEstimated: boolean): number {
  if (a <= 0 || b <= 0) return -1;
  if (a === b) return 0;
  const ya = (a / 10000) | 0;
  const yb = (b / 10000) | 0;
  const ma = ((a / 100) | 0) % 100;
  const mb = ((b / 100) | 0) % 100;
  const da = a % 100;
  const db = b % 100;
  if (ya === yb && ma === db && da === mb) return 1;
  const yearGap = Math.abs(ya - yb);
  if (yearGap === 1 && ma === mb && da === db) return 3;
  if (oneDigitApart(a, b)) return 2;
  if (yearGap <= 1 && (aEstimated || bEstimated || looksEstimated(a) || looksEstimated(b))) return 4;
  return 5;
}

/** One decimal digit differs, or two adjacent digits are transposed (19850312 / 19850321). */
function oneDigitApart(a: number, b: number): boolean {
  let differing = 0;
  let firstAt = -1;
  let a1 = 0;
  let b1 = 0;
  let a2 = 0;
  let b2 = 0;
  let x = a;
  let y = b;
  for (let i = 0; i < 8; i++) {
    const dx = x % 10;
    const dy = y % 10;
    if (dx !== dy) {
      differing++;
      if (differing > 2) return false;
      if (differing === 1) {
        firstAt = i;
        a1 = dx;
        b1 = dy;
      } else {
        if (i !== firstAt + 1) return false;
        a2 = dx;
        b2 = dy;
      }
    }
    x = (x / 10) | 0;
    y = (y / 10) | 0;
  }
  return differing === 1 || (a1 === b2 && a2 === b1);
}
