import { describe, expect, it } from 'vitest';
import { emptyDependant, newDraft, type RegistrationDraft } from './draft';
import { normalisePath, validateRegistration } from './validateRegistration';

function validDraft(): RegistrationDraft {
  const draft = newDraft('136d5c6b-877a-4293-9419-7f2890ec2b94', '2026-11-29');
  draft.entryDate = '2026-11-20';
  Object.assign(draft.principal, {
    givenNames: 'José',
    firstSurname: 'Núñez',
    sex: 'M',
    birthDate: '1990-01-31',
    countryOfBirth: 'HND',
    countryOfOrigin: 'HND',
    languages: ['spa'],
    otherNames: 'Chepe\n\n  Pepe  ',
  });
  return draft;
}

const late = { late: true, deadline: '2026-02-13', method: 'calendar_days' } as const;

describe('validateRegistration', () => {
  it('accepts a complete draft and turns it into the contract input', () => {
    const result = validateRegistration(validDraft(), undefined);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.principal.otherNames).toEqual(['Chepe', 'Pepe']);
      expect(result.input.dependants).toEqual([]);
    }
  });

  it('fails a dependant without relationship, at the dependant’s path', () => {
    const draft = validDraft();
    draft.dependants.push({ ...emptyDependant(), ...draft.principal, relationship: '' });
    const result = validateRegistration(draft, undefined);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors)).toEqual(['dependants.0.relationship']);
  });

  it('fails a late application without justification and passes it with one', () => {
    const draft = validDraft();
    expect(validateRegistration(draft, late).errors.lateFilingJustification?.code).toBe(
      'late_filing_justification_required',
    );
    draft.lateFilingJustification = 'Hospitalizada tras el ingreso.';
    const result = validateRegistration(draft, late);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input.lateFilingJustification).toBe('Hospitalizada tras el ingreso.');
  });

  it('drops a justification typed earlier once the dates say the application is in time', () => {
    const draft = { ...validDraft(), lateFilingJustification: 'texto viejo' };
    const result = validateRegistration(draft, {
      late: false,
      deadline: '2027-01-01',
      method: 'calendar_days',
    });
    expect(result.ok && result.input.lateFilingJustification).toBe('');
  });

  it('refuses an application dated before the entry', () => {
    const draft = { ...validDraft(), applicationDate: '2026-11-01' };
    expect(validateRegistration(draft, undefined).errors.applicationDate?.message).toMatch(
      /before the entry/,
    );
  });
});

describe('normalisePath', () => {
  it('shows an error on one item of a list next to the whole list', () => {
    expect(normalisePath('principal.languages.2')).toBe('principal.languages');
    expect(normalisePath('dependants.3.nationalities.0')).toBe('dependants.3.nationalities');
  });
  it('keeps document fields, which each have their own input', () => {
    expect(normalisePath('principal.documents.1.number')).toBe('principal.documents.1.number');
  });
});
