import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWeekend, parseIsoDate, toDayNumber, type IsoDate } from './iso-date';
import { confidences, type Confidence, type NonWorkingKind } from './non-working-day';

/** `<repo>/countries/calendars/`, found from this file so that the working directory does not matter. */
export const CALENDARS_DIR = fileURLToPath(new URL('../../../countries/calendars/', import.meta.url));

/** One row of a sourced table, its `reason` prefix turned into a kind. */
export interface TableRow {
  readonly date: IsoDate;
  readonly kind: Exclude<NonWorkingKind, 'weekend'>;
  readonly reason: string;
  readonly legalBasis: string;
  readonly confidence: Confidence;
  readonly source: string;
}

export interface CalendarTable {
  readonly file: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly rows: readonly TableRow[];
}

// The prefixes the tables' README defines. An unknown prefix stops loading: a new category of day must
// be decided on, not silently counted as statutory.
const prefixKinds: Record<string, TableRow['kind']> = {
  'OBSERVED-NOT-IN-LFPA': 'observed',
  'DOF-DECLARED-COMAR': 'declared',
  'CANDIDATE-NO-ACUERDO-FOUND': 'candidate',
  'CANDIDATE-OFFICE-CLOSURE': 'candidate',
};
const PREFIX = /^([A-Z]+(?:-[A-Z]+)+):\s*/;
const COLUMNS = 'date,reason,legal_basis,confidence';

const cache = new Map<string, CalendarTable>();

/** Reads and validates a table once; the error names the file, line and column of every problem. */
export function loadCalendarTable(
  file: string,
  years: { from: number; to: number },
  dir: string = CALENDARS_DIR,
): CalendarTable {
  const path = join(dir, file);
  const cached = cache.get(path);
  if (cached) return cached;
  const table = parseCalendarTable(readFileSync(path, 'utf8'), file, years);
  cache.set(path, table);
  return table;
}

export function parseCalendarTable(
  text: string,
  file: string,
  years: { from: number; to: number },
): CalendarTable {
  // RFC 4180 (quoted cells may hold commas, doubled quotes and line breaks); blank lines skipped.
  const [header, ...lines] = parse(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  if (header?.join(',') !== COLUMNS) {
    throw new Error(`Calendar table ${file}: the header must be "${COLUMNS}"`);
  }
  const errors: string[] = [];
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  let previousBasis = '';
  lines.forEach((cells, index) => {
    const line = index + 2;
    const fail = (message: string) => errors.push(`  - line ${line}: ${message}`);
    if (cells.length !== 4) return fail(`expected 4 columns, found ${cells.length}`);
    const [date, rawReason, rawBasis, confidence] = cells as [string, string, string, string];
    const parsed = parseIsoDate(date);
    if (!parsed) return fail(`date: "${date}" is not a date YYYY-MM-DD`);
    if (parsed.year < years.from || parsed.year > years.to)
      return fail(`date: ${date} is outside the years ${years.from}–${years.to} the table covers`);
    // Weekends are always non-working; a weekend row would be a typo in the date.
    if (isWeekend(toDayNumber(date))) return fail(`date: ${date} is a Saturday or Sunday`);
    if (seen.has(date)) return fail(`date: ${date} is listed twice`);
    seen.add(date);
    if (!confidences.includes(confidence as Confidence))
      return fail(`confidence: "${confidence}" is not one of ${confidences.join(', ')}`);
    const prefix = PREFIX.exec(rawReason);
    const kind = prefix ? prefixKinds[prefix[1]!] : 'statutory';
    if (!kind) return fail(`reason: unknown prefix "${prefix?.[1]}"`);
    // "idem" repeats the row above; resolved here so every row carries its own legal basis.
    const legalBasis = /^idem$/i.test(rawBasis.trim()) ? previousBasis : rawBasis.trim();
    if (!legalBasis) return fail('legal_basis: empty');
    previousBasis = legalBasis;
    rows.push({
      date,
      kind,
      reason: rawReason.slice(prefix ? prefix[0].length : 0).trim(),
      legalBasis,
      confidence: confidence as Confidence,
      source: `countries/calendars/${file}`,
    });
  });
  if (errors.length > 0) throw new Error(`Calendar table ${file} is invalid:\n${errors.join('\n')}`);
  return { file, fromYear: years.from, toYear: years.to, rows };
}
