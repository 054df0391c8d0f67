import { parseBirthDate } from './compare-dates';
import { NameLexicon } from './lexicon';
import { PersonTable } from './person-table';

/** The columns of `refugio dedup --input`, in any order; every one but id may be empty. */
export const PERSON_COLUMNS = [
  'id',
  'given_names',
  'first_surname',
  'second_surname',
  'sex',
  'birth_date',
  'nationality',
  'document_number',
] as const;

export interface CsvProblem {
  line: number;
  column: string;
  message: string;
}

/** A malformed input: the first problems (line and column, never the values: they are personal data). */
export class PersonsCsvError extends Error {
  constructor(
    readonly problems: CsvProblem[],
    readonly total: number,
  ) {
    super(
      `${total} problem(s) in the input file; nothing was compared:\n` +
        problems.map((p) => `  line ${p.line}, column ${p.column}: ${p.message}`).join('\n') +
        (total > problems.length ? `\n  … and ${total - problems.length} more` : ''),
    );
  }
}

const MAX_PROBLEMS = 20;
const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads the persons CSV (UTF-8, optional BOM, RFC 4180 quoting, LF or CRLF) straight into a
 * PersonTable, without an object per row. A malformed file is rejected as a whole (PersonsCsvError
 * names each problem's line and column): silently skipping a row would hide that person's duplicates.
 */
export function readPersonsCsv(
  text: string,
  onProgress?: (done: number, total: number) => void,
  phoneCountry = '',
): PersonTable {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.length;
  const problems: CsvProblem[] = [];
  let problemCount = 0;
  const problem = (line: number, column: string, message: string) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, column, message });
  };
  const fields: string[] = [];
  let line = 1;
  let quotedOpenedAt = 0;

  // Reads one record into `fields`; returns false at the end of the text.
  const readRecord = (): boolean => {
    fields.length = 0;
    if (pos >= end) return false;
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        quotedOpenedAt = line;
        let value = '';
        let from = ++pos;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            problem(quotedOpenedAt, columnName(fields.length), 'a quoted field is never closed');
            throw new PersonsCsvError(problems, problemCount);
          }
          value += text.slice(pos, close);
          for (let k = pos; k < close; k++) if (text.charCodeAt(k) === LF) line++;
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            pos = close + 2;
            from = pos;
            continue;
          }
          pos = close + 1;
          break;
        }
        fields.push(value);
        const next = text.charCodeAt(pos);
        if (pos < end && next !== COMMA && next !== LF && next !== CR)
          problem(line, columnName(fields.length - 1), 'text after the closing quote');
        while (pos < end && text.charCodeAt(pos) !== COMMA && text.charCodeAt(pos) !== LF) pos++;
      } else {
        const start = pos;
        while (pos < end) {
          const c = text.charCodeAt(pos);
          if (c === COMMA || c === LF) break;
          pos++;
        }
        fields.push(text.slice(start, pos > start && text.charCodeAt(pos - 1) === CR ? pos - 1 : pos));
      }
      if (pos >= end) return true;
      if (text.charCodeAt(pos) === COMMA) {
        pos++;
        continue;
      }
      pos++; // LF
      line++;
      return true;
    }
  };

  if (!readRecord())
    throw new PersonsCsvError([{ line: 1, column: 'header', message: 'the file is empty' }], 1);
  const header = fields.map((f) => f.trim().toLowerCase());
  const columnAt = new Map<string, number>();
  header.forEach((name, index) => columnAt.set(name, index));
  const columnName = (index: number) => header[index] ?? `#${index + 1}`;
  for (const column of PERSON_COLUMNS)
    if (!columnAt.has(column)) problem(1, column, 'missing from the header');
  if (problemCount > 0) throw new PersonsCsvError(problems, problemCount);
  const at = PERSON_COLUMNS.map((column) => columnAt.get(column)!);
  const width = header.length;

  const table = new PersonTable(new NameLexicon(), Math.max(1024, Math.ceil(text.length / 60)), phoneCountry);
  const ids = new Set<string>();
  let nextReport = 0;
  for (;;) {
    const recordLine = line;
    if (!readRecord()) break;
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    if (fields.length !== width) {
      problem(recordLine, 'row', `${fields.length} fields where the header has ${width}`);
      continue;
    }
    const id = fields[at[0]!]!.trim();
    if (id === '') problem(recordLine, 'id', 'is empty');
    else if (ids.has(id)) problem(recordLine, 'id', 'repeats an earlier row');
    ids.add(id);
    const sex = fields[at[4]!]!.trim();
    if (sex !== '' && !/^[FMXfmx]$/.test(sex)) problem(recordLine, 'sex', 'must be F, M, X or empty');
    const birth = parseBirthDate(fields[at[5]!]!.trim());
    if (birth < 0) problem(recordLine, 'birth_date', 'must be a date YYYY-MM-DD or empty');
    const nationality = fields[at[6]!]!.trim();
    if (nationality !== '' && !/^[A-Za-z]{3}$/.test(nationality))
      problem(recordLine, 'nationality', 'must be an ISO 3166-1 alpha-3 code or empty');
    if (problemCount > 0) continue;
    table.addFields(
      id,
      fields[at[1]!]!,
      fields[at[2]!]!,
      fields[at[3]!]!,
      sex,
      birth,
      nationality,
      fields[at[7]!]!,
    );
    if (onProgress && pos >= nextReport) {
      onProgress(pos, end);
      nextReport = pos + 1_000_000;
    }
  }
  if (problemCount > 0) throw new PersonsCsvError(problems, problemCount);
  onProgress?.(end, end);
  return table;
}
