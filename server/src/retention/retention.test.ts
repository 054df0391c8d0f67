import { describe, expect, it } from 'vitest';
import { retentionRecordTypes } from '@refugio/contract';
import { addMonths, caseRecordType, cutoffBefore, isDue } from './retention';
import { retentionDefaults } from './retention-defaults';

describe('the record type of a closed case', () => {
  it('a final decision that protects is a recognition; one that does not is a refusal', () => {
    expect(caseRecordType({ closureReason: 'final_decision', outcome: 'recognized' })).toBe(
      'case_recognised',
    );
    expect(caseRecordType({ closureReason: 'final_decision', outcome: 'complementary_protection' })).toBe(
      'case_recognised',
    );
    expect(caseRecordType({ closureReason: 'final_decision', outcome: 'rejected' })).toBe('case_refused');
    expect(caseRecordType({ closureReason: 'final_decision', outcome: 'confirmed' })).toBe('case_refused');
    expect(caseRecordType({ closureReason: 'final_decision', outcome: 'inadmissible' })).toBe('case_refused');
  });

  it('withdrawn, abandoned and unratified applications share the short period; deaths and transfers another', () => {
    for (const reason of ['withdrawn', 'abandoned', 'not_ratified'])
      expect(caseRecordType({ closureReason: reason, outcome: null })).toBe('case_withdrawn');
    for (const reason of ['deceased', 'transferred'])
      expect(caseRecordType({ closureReason: reason, outcome: 'rejected' })).toBe('case_other_closure');
  });

  it('an unknown closure keeps the file for the longest period, never the shortest', () => {
    expect(caseRecordType({ closureReason: null, outcome: null })).toBe('case_recognised');
    expect(caseRecordType({ closureReason: 'something_new', outcome: 'rejected' })).toBe('case_recognised');
  });
});

describe('periods in months', () => {
  it('ends on the same day of the month, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 240)).toBe('2046-11-30');
    expect(addMonths('2026-12-10', 1)).toBe('2027-01-10');
  });

  it('is due from its last day on, not a day before', () => {
    expect(isDue('2036-05-01', '2036-04-30')).toBe(false);
    expect(isDue('2036-05-01', '2036-05-01')).toBe(true);
  });

  it('cuts account records a whole number of months back', () => {
    expect(cutoffBefore(new Date('2027-03-31T10:00:00Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(cutoffBefore(new Date('2027-03-15T10:00:00Z'), 12).toISOString()).toBe('2026-03-15T10:00:00.000Z');
  });
});

describe('the installation defaults', () => {
  it('give every record type a period and say they are a default of the installation, not law', () => {
    for (const type of retentionRecordTypes) {
      expect(retentionDefaults[type].periodMonths).toBeGreaterThan(0);
      expect(retentionDefaults[type].description).toContain('Default of this installation');
    }
  });
});
