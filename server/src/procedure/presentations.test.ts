import { describe, expect, it } from 'vitest';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { presentationStatus, type PresentationRule } from './presentations';

const mexico = loadCountryProfile('MEX').procedure.periodicPresentation;
const withThreshold = (n: number): PresentationRule =>
  mexico.status === 'known' ? { ...mexico, missedThreshold: n } : mexico;

describe('weekly presentation', () => {
  // Filed Wed 4 Nov 2026: the first judged week starts Mon 9 Nov; on Mon 30 Nov the weeks of
  // 9, 16 and 23 Nov are over and the week of 30 Nov is not judged yet.
  it('lists the complete weeks without a presentation and counts the run up to the last week', () => {
    expect(presentationStatus(mexico, '2026-11-04', ['2026-11-12'], '2026-11-30')).toEqual({
      missedWeeks: ['2026-11-16', '2026-11-23'],
      consecutiveMissed: 2,
      threshold: null,
      abandonmentIndicated: false,
    });
  });

  it('a presentation on any day of a week covers it and resets the run', () => {
    const status = presentationStatus(mexico, '2026-11-04', ['2026-11-15', '2026-11-27'], '2026-12-01');
    expect(status).toMatchObject({ missedWeeks: ['2026-11-16'], consecutiveMissed: 0 });
  });

  it('does not judge the week of filing nor the current week', () => {
    expect(presentationStatus(mexico, '2026-11-25', [], '2026-11-29')).toMatchObject({ missedWeeks: [] });
    expect(presentationStatus(mexico, '2026-11-25', [], '2026-12-02')).toMatchObject({ missedWeeks: [] });
    expect(presentationStatus(mexico, '2026-11-25', [], '2026-12-07')).toMatchObject({
      missedWeeks: ['2026-11-30'],
    });
  });

  it('indicates abandonment only when the law gives a threshold and the run reaches it', () => {
    expect(presentationStatus(withThreshold(3), '2026-11-04', [], '2026-11-30')).toMatchObject({
      consecutiveMissed: 3,
      abandonmentIndicated: true,
    });
    expect(presentationStatus(withThreshold(4), '2026-11-04', [], '2026-11-30')).toMatchObject({
      abandonmentIndicated: false,
    });
    // Mexico's threshold was not retrieved: the count is shown, the rule is not applied.
    expect(presentationStatus(mexico, '2026-11-04', [], '2026-11-30')).toMatchObject({
      consecutiveMissed: 3,
      abandonmentIndicated: false,
    });
  });

  it('is null where the law requires no periodic presentation', () => {
    const costaRica = loadCountryProfile('CRI').procedure.periodicPresentation;
    expect(presentationStatus(costaRica, '2026-11-04', [], '2026-11-30')).toBeNull();
  });
});
