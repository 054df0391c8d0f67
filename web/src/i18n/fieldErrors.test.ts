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

describe('field errors of the deadlines API', () => {
  const { t } = createI18n('es');
  const say = (field: { path: string; code: string; message: string }) =>
    translateIssue(t, issuesFromApi([field])[field.path]!);

  it('are translated by their domain code, with the limit the law sets', () => {
    expect(say({ path: 'date', code: 'already_declared', message: '2026-05-15 is already declared' })).toBe(
      'Este día ya está declarado inhábil.',
    );
    expect(say({ path: 'endsOn', code: 'before_start', message: 'The end is before the start' })).toBe(
      'La fecha de término no puede ser anterior a la de inicio.',
    );
    expect(
      say({
        path: 'length',
        code: 'too_long',
        message: 'appeal_decision may be extended by 30 working_days in all',
      }),
    ).toBe('Supera lo que la ley permite: hasta 30 días hábiles en total.');
    expect(
      say({ path: 'interviewDate', code: 'required', message: 'schedule_interview requires interviewDate' }),
    ).toBe('Este campo es obligatorio.');
    expect(
      say({ path: 'outcome', code: 'not_allowed', message: 'begin_assessment does not take outcome' }),
    ).toBe('Este dato no corresponde a este paso del procedimiento.');
    expect(
      say({ path: 'reason', code: 'reason_not_allowed', message: 'health is not a reason the law lists' }),
    ).toBe('La ley no permite ampliar este plazo por este motivo.');
  });

  it('say a number is out of range as a number, not as a text length', () => {
    expect(say({ path: 'length', code: 'too_big', message: 'Too big: expected number to be <=1000' })).toBe(
      'El valor máximo es 1000.',
    );
    expect(say({ path: 'length', code: 'too_small', message: 'Too small: expected number to be >=1' })).toBe(
      'El valor mínimo es 1.',
    );
  });
});

describe('field errors of the case file writes', () => {
  const say = (field: { path: string; code: string; message: string }, language: 'es' | 'en' = 'es') =>
    translateIssue(createI18n(language).t, issuesFromApi([field])[field.path]!);

  it('translate the presentation date codes, whatever the English message says', () => {
    expect(
      say({
        path: 'date',
        code: 'already_recorded',
        message: 'A presentation on 2026-12-01 is already recorded',
      }),
    ).toBe('Ya hay una firma registrada en esta fecha.');
    expect(say({ path: 'date', code: 'in_future', message: 'The date is in the future' })).toBe(
      'La fecha no puede ser posterior a hoy.',
    );
    expect(
      say({ path: 'date', code: 'before_application', message: 'The date is before the application' }),
    ).toBe('La fecha no puede ser anterior a la fecha de solicitud.');
    expect(
      say({ path: 'date', code: 'before_application', message: 'The date is before the application' }, 'en'),
    ).toBe('The date cannot be before the application date.');
  });

  it('translate the track, assignment and indicator codes', () => {
    expect(say({ path: 'track', code: 'same_track', message: 'The case is already on regular' })).toBe(
      'El expediente ya está en esta vía.',
    );
    expect(say({ path: 'track', code: 'track_not_listed', message: 'simplified is not a track' })).toBe(
      'Esta vía no está prevista para este país.',
    );
    expect(
      say({ path: 'reason', code: 'reason_required', message: 'A change of track needs a reason' }),
    ).toBe('Este campo es obligatorio.');
    expect(
      say({ path: 'officerId', code: 'not_assignable', message: "Not an officer of the case's office" }),
    ).toBe('Esta persona no puede tener el caso a su cargo (no es oficial de la oficina del expediente).');
    expect(
      say({
        path: 'triageIndicators',
        code: 'unknown_indicator',
        message: 'Not an indicator of this profile: x',
      }),
    ).toBe('Hay un indicador que no está previsto para este país.');
  });
});
