import type { TFunction } from 'i18next';
import type { FieldError } from '@refugio/contract';
import { interviews } from './es/interviews';
import { templates } from './es/templates';
import { timeLimits } from './es/timeLimits';
import { dataProtection } from './es/dataProtection';

/** One problem with one field: a zod issue from the browser or a field error from the server. */
export interface FieldIssue {
  code: string;
  message: string;
  min?: number;
  max?: number;
  format?: string;
  origin?: string;
}

/** Problems by dotted field path (`principal.givenNames`, `dependants.0.documents.1.number`). */
export type FieldErrors = Record<string, FieldIssue>;

/** The parts of a zod issue the UI reads (structural, so the web app needs no zod import). */
export interface ZodLikeIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  origin?: unknown;
}

const asNumber = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : undefined);
const asString = (x: unknown) => (typeof x === 'string' ? x : undefined);

/** The first issue for each path; `normalise` may map a path (e.g. `languages.2` → `languages`). */
export function issuesFromZod(
  issues: readonly ZodLikeIssue[],
  normalise: (path: string) => string = (p) => p,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = normalise(issue.path.map(String).join('.'));
    errors[path] ??= {
      code: issue.code,
      message: issue.message,
      min: asNumber(issue.minimum),
      max: asNumber(issue.maximum),
      format: asString(issue.format),
      origin: asString(issue.origin),
    };
  }
  return errors;
}

export function issuesFromApi(
  fields: readonly FieldError[],
  normalise: (path: string) => string = (p) => p,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const max = /(\d+)/.exec(field.message)?.[1];
    errors[normalise(field.path)] ??= {
      code: field.code,
      message: field.message,
      max: max === undefined ? undefined : Number(max),
      min: max === undefined ? undefined : Number(max),
      origin: /\barray\b/.test(field.message)
        ? 'array'
        : /\bnumber\b/.test(field.message)
          ? 'number'
          : undefined,
      format: /date/i.test(field.message) ? 'date' : undefined,
    };
  }
  return errors;
}

// The contract's refinements carry English messages and no code of their own; they are matched
// here so that the officer reads them in the UI language (see the report: a `params.code` would be sturdier).
const byMessage: [RegExp, (t: TFunction) => string][] = [
  [/^Required$/, (t) => t('errors.field.required')],
  [/cannot be in the future/, (t) => t('errors.field.dateInFuture')],
  [/before 1900/, (t) => t('errors.field.birthBefore1900')],
  [/listed twice/, (t) => t('errors.field.duplicate')],
  [/^Phone:/, (t) => t('errors.field.phone')],
  [/^Unknown country code/, (t) => t('errors.field.unknownCountry')],
  [/^Unknown language code/, (t) => t('errors.field.unknownLanguage')],
  [/^Unknown UNHCR specific-needs code/, (t) => t('errors.field.unknownNeed')],
  [/control characters/, (t) => t('errors.field.controlCharacters')],
  [/cannot be dated before the entry/, (t) => t('errors.field.applicationBeforeEntry')],
  [/end is before the start/, (t) => t('errors.field.endBeforeStart')],
  [/^Choose the (case|office)$/, (t) => t('errors.field.choose')],
];

/** The issue in the officer's language; the server's message only when nothing better is known. */
export function translateIssue(t: TFunction, issue: FieldIssue): string {
  const known = byMessage.find(([pattern]) => pattern.test(issue.message));
  if (known) return known[1](t);
  switch (issue.code) {
    case 'late_filing_justification_required':
      return t('errors.field.lateFilingJustificationRequired');
    case 'forbidden':
      return t('errors.field.forbidden');
    // Domain codes of the deadlines API (server/src/deadlines, server/src/calendars).
    case 'already_declared':
      return t('errors.field.alreadyDeclared');
    case 'before_start':
      return t('errors.field.endBeforeStart');
    case 'reason_not_allowed':
      return t('errors.field.reasonNotAllowed');
    case 'invalid_length':
      return t('errors.field.invalidLength');
    case 'too_long': {
      // "first_instance_decision may be extended by 45 working_days in all": the law's unit is in the message.
      const unit = /\b(working_days|calendar_days|calendar_months)\b/.exec(issue.message)?.[1] as
        'working_days' | 'calendar_days' | 'calendar_months' | undefined;
      return issue.max === undefined
        ? t('errors.field.tooLongGeneric')
        : t('errors.field.extensionTooLong', {
            max: issue.max,
            unit: unit ? t(`deadlines.units.${unit}`) : '',
          });
    }
    // Codes of the procedure engine's data check (server/src/procedure/transition-data.ts).
    case 'required':
      return t('errors.field.required');
    case 'not_allowed':
      return t('errors.field.notAllowedForStep');
    case 'inconsistent_with_outcome':
      return t('errors.field.inconsistentWithOutcome');
    // Domain codes of the case file's writes (server/src/presentations, triage, assignments, cases).
    case 'in_future':
      return t('errors.field.dateInFuture');
    case 'before_application':
      return t('errors.field.beforeApplication');
    case 'before_notification':
      return t('errors.field.beforeNotification');
    case 'before_filing':
      return t('errors.field.beforeAppealFiling');
    case 'already_recorded':
      return t('errors.field.alreadyRecorded');
    case 'track_not_listed':
      return t('errors.field.trackNotListed');
    case 'same_track':
      return t('errors.field.sameTrack');
    case 'reason_required':
      return t('errors.field.required');
    case 'not_assignable':
      return t('errors.field.notAssignable');
    case 'unknown_indicator':
      return t('errors.field.unknownIndicator');
    case 'invalid_type':
      return t('errors.field.required');
    case 'invalid_value':
    case 'invalid_union':
      return t('errors.field.choose');
    case 'invalid_format':
      if (issue.format === 'date') return t('errors.field.invalidDate');
      if (issue.format === 'email') return t('errors.field.invalidEmail');
      return t('errors.field.invalid');
    case 'too_small':
      if (issue.origin === 'number' && issue.min !== undefined)
        return t('errors.field.tooSmallNumber', { min: issue.min });
      if (issue.origin === 'array' || issue.origin === 'set')
        return t('errors.field.tooFew', { min: issue.min ?? 1 });
      return t('errors.field.required');
    case 'too_big':
      if (issue.origin === 'number' && issue.max !== undefined)
        return t('errors.field.tooLargeNumber', { max: issue.max });
      if (issue.origin === 'array' || issue.origin === 'set') {
        return issue.max === undefined
          ? t('errors.field.invalid')
          : t('errors.field.tooMany', { max: issue.max });
      }
      return issue.max === undefined
        ? t('errors.field.tooLongGeneric')
        : t('errors.field.tooLong', { max: issue.max });
    default:
      return featureCode(t, issue.code) ?? (issue.message || t('errors.field.invalid'));
  }
}

// The features' own refusal codes, translated under `<feature>.errors.<code>` (interviews: a double
// booking, a missing consent…; time-limit rules: a version already on that date…).
const featureErrors = {
  interviews: interviews.errors,
  timeLimits: timeLimits.errors,
  templates: templates.errors,
  dataProtection: dataProtection.errors,
};

function featureCode(t: TFunction, code: string): string | undefined {
  for (const [feature, codes] of Object.entries(featureErrors))
    if (code in codes) return t(`${feature}.errors.${code}` as never);
  return undefined;
}
