import { describe, expect, it } from 'vitest';
import { DATE_LEVELS, dateLevel, looksEstimated, parseBirthDate } from './compare-dates';

const level = (a: string, b: string, estimated = false) =>
  DATE_LEVELS[dateLevel(parseBirthDate(a), estimated, parseBirthDate(b), false)] ?? 'missing';

describe('parseBirthDate', () => {
  it('reads real calendar dates and the empty value', () => {
    expect(parseBirthDate('1985-03-12')).toBe(19850312);
    expect(parseBirthDate('2000-02-29')).toBe(20000229);
    expect(parseBirthDate('')).toBe(0);
  });

  it('rejects what is not a date YYYY-MM-DD', () => {
    for (const text of [
      '1985-13-01',
      '1985-02-30',
      '1900-02-29',
      '85-03-12',
      '1985/03/12',
      '12-03-1985',
      '1985-3-12',
      'abcd-ef-gh',
      '1800-01-01',
    ])
      expect(parseBirthDate(text), text).toBe(-1);
  });
});

describe('dateLevel', () => {
  it('grades agreement', () => {
    expect(level('1985-03-12', '1985-03-12')).toBe('exact');
    expect(level('1985-03-07', '1985-07-03')).toBe('day_month_swapped');
    expect(level('1985-03-12', '1985-03-13')).toBe('one_digit');
    expect(level('1985-03-12', '1985-03-21')).toBe('one_digit'); // transposed digits
    expect(level('1985-03-12', '1986-03-12')).toBe('year_off_by_one');
    expect(level('1985-01-01', '1984-09-20')).toBe('estimated');
    expect(level('1985-04-20', '1984-09-20', true)).toBe('estimated');
  });

  it('disagrees on other dates and is missing when either is unknown', () => {
    expect(level('1985-03-12', '1990-08-25')).toBe('disagree');
    expect(level('1985-03-12', '1979-03-12')).toBe('disagree');
    expect(level('1985-03-12', '1987-03-12')).toBe('one_digit');
    expect(level('1985-04-20', '1984-09-20')).toBe('disagree');
    expect(level('1985-03-12', '')).toBe('missing');
    expect(level('', '')).toBe('missing');
  });

  it('is symmetric', () => {
    const dates = ['1985-03-12', '1985-12-03', '1986-03-12', '1985-03-21', '1985-01-01', '1984-07-01'];
    for (const a of dates)
      for (const b of dates)
        expect(dateLevel(parseBirthDate(a), false, parseBirthDate(b), false)).toBe(
          dateLevel(parseBirthDate(b), false, parseBirthDate(a), false),
        );
  });

  it('takes 1 January, 1 July, 15 June and 31 December as estimates', () => {
    expect(looksEstimated(19850101)).toBe(true);
    expect(looksEstimated(19850615)).toBe(true);
    expect(looksEstimated(19850312)).toBe(false);
  });
});
