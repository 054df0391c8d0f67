import { describe, expect, it } from 'vitest';
import { loadCalendarTable, parseCalendarTable } from './calendar-table';
import { countryCalendars } from './country-calendars';
import { appliesIn, dateIn } from './date-rules';
import { isWeekend, toDayNumber } from './iso-date';
import { libraryHolidays } from './library-holidays';

const years = { from: 2024, to: 2026 };
const header = 'date,reason,legal_basis,confidence\n';
const mex = loadCalendarTable('mex_nonworking_2024_2026.csv', years);
const cri = loadCalendarTable('cri_nonworking_2024_2026.csv', years);
const weekdayDates = (dates: string[]) => dates.filter((d) => !isWeekend(toDayNumber(d))).sort();

describe('the shipped tables in countries/calendars', () => {
  it('load with every row classified and every "idem" resolved', () => {
    expect(mex.rows).toHaveLength(45);
    expect(cri.rows).toHaveLength(53);
    for (const row of [...mex.rows, ...cri.rows]) {
      expect(row.legalBasis).not.toMatch(/^idem$/i);
      expect(row.reason).not.toMatch(/^[A-Z]+-[A-Z-]+:/);
    }
    const may30 = mex.rows.find((r) => r.date === '2024-05-30')!;
    expect(may30).toMatchObject({ kind: 'declared', confidence: 'medium' });
    expect(may30.legalBasis).toMatch(/^Acuerdo SEGOB en DOF/);
    expect(mex.rows.find((r) => r.date === '2024-10-01')).toMatchObject({ kind: 'observed' });
    expect(mex.rows.find((r) => r.date === '2026-04-02')).toMatchObject({
      kind: 'candidate',
      confidence: 'low',
    });
    expect(cri.rows.find((r) => r.date === '2026-03-31')).toMatchObject({
      kind: 'candidate',
      confidence: 'low',
    });
  });

  it("Mexico's statutory rows are exactly the LFPA art. 28 list that the calendar uses after 2026", () => {
    // The same rule produces the days outside the table, so this checks it against the sourced rows.
    const statute = countryCalendars.MEX.statute!;
    for (const year of [2024, 2025, 2026]) {
      const fromRule = statute.days.flatMap((d) => (appliesIn(d.years, year) ? [dateIn(d.date, year)!] : []));
      const fromTable = mex.rows
        .filter((r) => r.kind === 'statutory' && r.date.startsWith(`${year}`))
        .map((r) => r.date);
      expect(weekdayDates(fromRule), String(year)).toEqual(fromTable.sort());
    }
  });

  it("Mexico's observed rows are exactly the corrected labour-law holidays that LFPA art. 28 does not name", () => {
    for (const year of [2024, 2025, 2026]) {
      const statute = new Set(
        countryCalendars.MEX.statute!.days.flatMap((d) =>
          appliesIn(d.years, year) ? [dateIn(d.date, year)] : [],
        ),
      );
      const fromLibrary = libraryHolidays(countryCalendars.MEX, year)
        .filter((d) => d.kind === 'holiday' && !statute.has(d.date))
        .map((d) => d.date);
      const fromTable = mex.rows
        .filter((r) => r.kind === 'observed' && r.date.startsWith(`${year}`))
        .map((r) => r.date);
      expect(weekdayDates(fromLibrary), String(year)).toEqual(fromTable.sort());
    }
  });

  it("Costa Rica's corrected library list agrees with the table in the years without moved feriados", () => {
    // 2025 and 2026 had no traslados; 2024 did (Leyes 10396 and 10438), which only the table knows.
    for (const year of [2025, 2026]) {
      const fromLibrary = libraryHolidays(countryCalendars.CRI, year).map((d) => d.date);
      const fromTable = cri.rows
        .filter((r) => r.kind === 'statutory' && r.date.startsWith(`${year}`))
        .map((r) => r.date);
      expect(weekdayDates(fromLibrary), String(year)).toEqual(fromTable.sort());
    }
  });
});

describe('a table with a mistake is refused, naming the line', () => {
  const parse = (rows: string) => () => parseCalendarTable(header + rows, 'test.csv', years);

  it('succeeds on quoted cells, "idem" and a blank last line', () => {
    const table = parseCalendarTable(
      `${header}2026-05-01,"1o. de mayo, Día del Trabajo","LFPA art. 28, text",high\n2026-05-05,5 de mayo,idem,high\n\n`,
      'ok.csv',
      years,
    );
    expect(table.rows.map((r) => [r.reason, r.legalBasis])).toEqual([
      ['1o. de mayo, Día del Trabajo', 'LFPA art. 28, text'],
      ['5 de mayo', 'LFPA art. 28, text'],
    ]);
  });

  it('fails on a weekend, a duplicate, a year outside the range, a bad confidence or an unknown prefix', () => {
    expect(parse('2026-03-21,21 de marzo,LFPA art. 28,high\n')).toThrow(
      /line 2: date: 2026-03-21 is a Saturday/,
    );
    expect(parse('2026-05-01,a,b,high\n2026-05-01,a,b,high\n')).toThrow(
      /line 3: date: 2026-05-01 is listed twice/,
    );
    expect(parse('2027-05-05,a,b,high\n')).toThrow(/outside the years 2024–2026/);
    expect(parse('2026-05-05,a,b,certain\n')).toThrow(/confidence: "certain"/);
    expect(parse('2026-05-05,NEW-CATEGORY: x,b,high\n')).toThrow(/unknown prefix "NEW-CATEGORY"/);
    expect(parse('2026-02-30,a,b,high\n')).toThrow(/"2026-02-30" is not a date/);
    expect(() => parseCalendarTable('day,why\n', 'test.csv', years)).toThrow(/header must be/);
  });
});
