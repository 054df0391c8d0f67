import { describe, expect, it } from 'vitest';
import { PersonInput, SignInInput } from '@refugio/contract';
import { createI18n } from './i18n';
import { issuesFromApi, issuesFromZod, translateIssue } from './fieldErrors';

const valid = {
  givenNames: 'José',
  firstSurname: 'Núñez',
  sex: 'M',
  birthDate: '1990-01-31',
  countryOfBirth: 'HND',
  countryOfOrigin: 'HND',
  languages: ['spa'],
};

function errorsFor(input: unknown, language: 'es' | 'en' = 'es') {
  const parsed = PersonInput.safeParse(input);
  if (parsed.success) return {};
  const { t } = createI18n(language);
  return Object.fromEntries(
    Object.entries(issuesFromZod(parsed.error.issues)).map(([p, i]) => [p, translateIssue(t, i)]),
  );
}

describe('translateIssue on the contract schemas', () => {
  it('accepts a valid person (nothing to translate)', () => {
    expect(errorsFor(valid)).toEqual({});
  });

  it('says in Spanish what is wrong with each field', () => {
    const errors = errorsFor({
      ...valid,
      givenNames: '  ',
      birthDate: '2026-02-30',
      countryOfBirth: 'XXX',
      languages: [],
    });
    expect(errors).toEqual({
      givenNames: 'Este campo es obligatorio.',
      birthDate: 'Fecha no válida. Escriba dd/mm/aaaa.',
      countryOfBirth: 'País no reconocido.',
      languages: 'Agregue al menos 1.',
    });
  });

  it('says the same in English', () => {
    const errors = errorsFor(
      { ...valid, givenNames: 'x'.repeat(101), birthDate: '1899-12-31', phone: 'call me' },
      'en',
    );
    expect(errors).toEqual({
      givenNames: 'At most 100 characters.',
      birthDate: 'The date of birth cannot be before 1900.',
      phone: 'Digits, spaces, +, ( ) and - only; at least 6 characters.',
    });
  });

  it('asks to choose when a list choice is missing or impossible', () => {
    expect(errorsFor({ ...valid, sex: undefined }).sex).toBe('Seleccione una opción.');
    expect(errorsFor({ ...valid, sex: 'Q' }).sex).toBe('Seleccione una opción.');
    expect(errorsFor({ ...valid, countryOfOrigin: undefined }).countryOfOrigin).toBe(
      'Este campo es obligatorio.',
    );
  });

  it('translates an invalid email on sign-in', () => {
    const parsed = SignInInput.safeParse({ email: 'registro', password: 'x' });
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? {} : issuesFromZod(parsed.error.issues);
    expect(issues.email && translateIssue(createI18n('es').t, issues.email)).toBe(
      'Correo electrónico no válido.',
    );
  });
});

describe('server field errors', () => {
  const { t } = createI18n('es');

  it('are translated by their code', () => {
    const errors = issuesFromApi([
      {
        path: 'lateFilingJustification',
        code: 'late_filing_justification_required',
        message: 'Justify the late filing',
      },
      { path: 'dependants.0.relationship', code: 'invalid_value', message: 'Invalid option' },
    ]);
    expect(translateIssue(t, errors.lateFilingJustification!)).toBe(
      'La solicitud está fuera de plazo: escriba la justificación.',
    );
    expect(translateIssue(t, errors['dependants.0.relationship']!)).toBe('Seleccione una opción.');
  });

  it("fall back to the server's message when the code is unknown", () => {
    const errors = issuesFromApi([
      { path: 'principal.givenNames', code: 'name_blocked', message: 'Blocked by policy' },
    ]);
    expect(translateIssue(t, errors['principal.givenNames']!)).toBe('Blocked by policy');
  });
});
