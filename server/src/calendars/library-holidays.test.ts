import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { countryCalendars } from './country-calendars';
import { appliesIn } from './date-rules';
import { holidayCorrections } from './holiday-corrections';
import { toDayNumber, weekdayOf } from './iso-date';
import { DATE_HOLIDAYS, libraryHolidays } from './library-holidays';

const dates = (code: keyof typeof countryCalendars, year: number, kind = 'holiday') =>
  libraryHolidays(countryCalendars[code], year)
    .filter((d) => d.kind === kind)
    .map((d) => d.date);

describe('date-holidays with the known corrections', () => {
  it('names the installed version in every source', () => {
    const entry = createRequire(import.meta.url).resolve('date-holidays');
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(DATE_HOLIDAYS).toBe(`date-holidays ${pkg.version}`);
  });

  it('drops only rules the library really has, so an upstream change is noticed here', () => {
    for (const c of holidayCorrections) {
      if (c.action !== 'drop') continue;
      const library = new Holidays(countryCalendars[c.country].dateHolidays.code);
      const year = c.years.from ?? 2020;
      const found = [year, year + 1, year + 2, year + 3, year + 4, year + 5].some(
        (y) => appliesIn(c.years, y) && library.getHolidays(y).some((h) => h.rule === c.rule),
      );
      expect(found, `${c.country} "${c.rule}"`).toBe(true);
    }
  });

  it('moves within one year, to a different day', () => {
    for (const c of holidayCorrections) {
      if (c.action !== 'move') continue;
      expect(c.to.slice(0, 4), c.from).toBe(c.from.slice(0, 4));
      expect(c.to).not.toBe(c.from);
      if (c.country === 'CRI') expect(weekdayOf(toDayNumber(c.to)), c.to).toBe(1); // Ley 9875 moves to Mondays
    }
  });

  it('Mexico: the 2024 handover is on 1 October, not 1 December, and so is the next one', () => {
    expect(dates('MEX', 2024)).toContain('2024-10-01');
    expect(dates('MEX', 2024)).not.toContain('2024-12-01');
    expect(dates('MEX', 2030)).toContain('2030-10-01');
    expect(dates('MEX', 2030)).not.toContain('2030-12-01');
    expect(dates('MEX', 2018)).toContain('2018-12-01'); // before the reform the library was right
    // Bank holidays (Jueves Santo, 12 December) are not public holidays.
    expect(dates('MEX', 2026)).not.toContain('2026-04-02');
    expect(dates('MEX', 2026)).not.toContain('2026-12-12');
  });

  it('Costa Rica: 1 December from 2020, no 12 October, 31 August from 2022, and the 2020–2023 Monday moves', () => {
    expect(dates('CRI', 2027)).toEqual(expect.arrayContaining(['2027-12-01', '2027-08-31']));
    expect(dates('CRI', 2026).filter((d) => d.slice(5, 7) === '10')).toEqual([]);
    expect(dates('CRI', 2019)).toContain('2019-10-12'); // still a feriado before Ley 9803
    expect(dates('CRI', 2021)).not.toContain('2021-08-31');
    expect(dates('CRI', 2020)).toEqual(expect.arrayContaining(['2020-11-30', '2020-09-14']));
    expect(dates('CRI', 2020)).not.toEqual(expect.arrayContaining(['2020-12-01']));
    expect(dates('CRI', 2023)).toEqual(expect.arrayContaining(['2023-04-10', '2023-07-24', '2023-08-14']));
    expect(dates('CRI', 2023)).not.toContain('2023-04-11');
  });

  it('Honduras: Semana Morazánica from the first Wednesday of October, as the government announced each year', () => {
    const october = (year: number) => dates('HND', year).filter((d) => d.slice(5, 7) === '10');
    expect(october(2022)).toEqual(['2022-10-05', '2022-10-06', '2022-10-07']); // radiohrn.hn 2022-09-07
    expect(october(2023)).toEqual(['2023-10-04', '2023-10-05', '2023-10-06']); // enlaplaza.hn
    expect(october(2024)).toEqual(['2024-10-02', '2024-10-03', '2024-10-04']); // corrections CSV
    expect(october(2025)).toEqual(['2025-10-01', '2025-10-02', '2025-10-03']); // elheraldo.hn 2025-09-24
    expect(october(2015)).toEqual(['2015-10-03', '2015-10-12', '2015-10-21']); // before Decreto 78-2015 applied
  });

  it('Honduras: 14 April on the following Monday (Decreto 50-2003)', () => {
    expect(dates('HND', 2026)).toContain('2026-04-20'); // Tue 14 → Mon 20 (Cohep 2026)
    expect(dates('HND', 2026)).not.toContain('2026-04-14');
    expect(dates('HND', 2024)).toContain('2024-04-15'); // Sun 14 → Mon 15
    expect(dates('HND', 2025)).toContain('2025-04-14'); // a Monday stays
  });

  it('El Salvador: 1 January, 10 May and 17 June are asuetos (Código de Trabajo art. 190)', () => {
    expect(dates('SLV', 2026)).toEqual(expect.arrayContaining(['2026-01-01', '2026-05-10', '2026-06-17']));
    expect(dates('SLV', 2012)).not.toContain('2012-06-17');
    expect(dates('SLV', 2026, 'candidate')).toEqual(expect.arrayContaining(['2026-08-03', '2026-12-24']));
  });

  it('Guatemala: the afternoons of 24 and 31 December are candidates, not whole days off', () => {
    expect(dates('GTM', 2026, 'candidate')).toEqual(['2026-12-24', '2026-12-31']);
    expect(dates('GTM', 2026)).not.toContain('2026-12-24');
  });

  it("Belize: 2025 exactly as the Government's official list (San Pedro Sun, 2024-10-27)", () => {
    expect(dates('BLZ', 2025)).toEqual([
      '2025-01-01',
      '2025-01-15',
      '2025-03-10',
      '2025-04-18',
      '2025-04-19',
      '2025-04-21',
      '2025-05-01',
      '2025-08-01',
      '2025-09-10',
      '2025-09-22',
      '2025-10-13',
      '2025-11-19',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(dates('BLZ', 2024)).toContain('2024-04-29');
    expect(dates('BLZ', 2024)).not.toContain('2024-05-01');
  });
});
