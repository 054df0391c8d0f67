import { describe, expect, it } from 'vitest';
import { GIVEN_SLOTS } from './person-table';
import { PersonsCsvError, readPersonsCsv } from './persons-csv';

const HEADER = 'id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_number';

describe('readPersonsCsv', () => {
  it('reads quoted fields (commas, doubled quotes, line breaks), CRLF, a BOM and blank lines', () => {
    const table = readPersonsCsv(
      `\uFEFF${HEADER}\r\n"a","María, ""Mary""",López,,F,1990-01-02,hnd,\r\n\r\nb,"Jean\nPierre",Joseph,,M,,HTI,"12 345"\r\n`,
    );
    expect(table.size).toBe(2);
    expect(table.ids).toEqual(['a', 'b']);
    const givenText = (row: number) =>
      [0, 1, 2]
        .map((k) => table.given[row * GIVEN_SLOTS + k]!)
        .filter((t) => t >= 0)
        .map((t) => table.lexicon.text[t]);
    expect(givenText(0)).toEqual(['maria', 'mary']);
    expect(givenText(1)).toEqual(['jean', 'pierre']);
    expect(table.birth[0]).toBe(19900102);
    expect(table.nationality[0]).toBe(table.lexicon.country('HND'));
    expect(table.lexicon.documentText).toEqual(['12345']);
  });

  it('accepts the columns in any order', () => {
    const table = readPersonsCsv(
      'nationality,id,document_number,birth_date,sex,second_surname,first_surname,given_names\nHTI,x,,,,,Joseph,Jean\n',
    );
    expect(table.ids).toEqual(['x']);
    expect(table.lexicon.text).toContain('joseph');
  });

  it('rejects the whole file, naming each problem by line and column', () => {
    try {
      readPersonsCsv(`${HEADER}\na,Juan,,,M,2001-02-29,,\nb,Ana,,\n`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PersonsCsvError);
      const problems = (error as PersonsCsvError).problems;
      expect(problems).toEqual([
        { line: 2, column: 'birth_date', message: 'must be a date YYYY-MM-DD or empty' },
        { line: 3, column: 'row', message: '4 fields where the header has 8' },
      ]);
    }
    expect(() => readPersonsCsv('')).toThrow(PersonsCsvError);
  });
});
