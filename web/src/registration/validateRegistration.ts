import { RegisterApplicationInput, type FilingWindowCheck } from '@refugio/contract';
import { issuesFromApi, issuesFromZod, type FieldErrors } from '../i18n/fieldErrors';
import { toRequestBody, type RegistrationDraft } from './draft';
import type { FieldError } from '@refugio/contract';

// Errors on one item of a list the officer edits as a whole are shown next to the whole list.
const listField =
  /^((?:principal|dependants\.\d+)\.(?:otherNames|nationalities|languages|specificNeeds)|triageIndicators)\.\d+$/;

export function normalisePath(path: string): string {
  return listField.exec(path)?.[1] ?? path;
}

export type Validation =
  { ok: true; input: RegisterApplicationInput; errors: FieldErrors } | { ok: false; errors: FieldErrors };

/**
 * The form checked with the contract's schema (the same one the server uses), plus the filing
 * window rule the server applies: a late application needs a justification.
 */
export function validateRegistration(
  draft: RegistrationDraft,
  filing: FilingWindowCheck | undefined,
): Validation {
  const parsed = RegisterApplicationInput.safeParse(toRequestBody(draft, filing?.late));
  const errors = parsed.success ? {} : issuesFromZod(parsed.error.issues, normalisePath);
  if (filing?.late && draft.lateFilingJustification.trim() === '') {
    errors.lateFilingJustification ??= {
      code: 'late_filing_justification_required',
      message: 'A late application needs a justification',
    };
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input: parsed.data, errors };
  return { ok: false, errors };
}

export function serverErrors(fields: readonly FieldError[]): FieldErrors {
  return issuesFromApi(fields, normalisePath);
}
