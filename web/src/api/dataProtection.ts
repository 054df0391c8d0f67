import {
  ApiError,
  CaseConsents,
  DisclosureList,
  DisclosurePackage,
  DisclosureView,
  RecipientList,
  RecipientView,
  SubjectAccessExport,
  type DiscloseInput,
  type RecipientInput,
  type RecordConsentInput,
  type SubjectAccessFormat,
  type UpdateRecipientInput,
} from '@refugio/contract';
import { z } from 'zod';
import { ApiFailure, antiForgeryHeaders, request } from './client';

const caseUrl = (caseId: string, what: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/${what}`;

export const listRecipients = (signal?: AbortSignal) =>
  request('/api/v1/recipients', { schema: RecipientList, signal });

export const createRecipient = (input: RecipientInput) =>
  request('/api/v1/recipients', { method: 'POST', body: input, schema: RecipientView });

export const updateRecipient = (recipientId: string, input: UpdateRecipientInput) =>
  request(`/api/v1/recipients/${encodeURIComponent(recipientId)}`, {
    method: 'PUT',
    body: input,
    schema: RecipientView,
  });

export const getCaseConsents = (caseId: string, signal?: AbortSignal) =>
  request(caseUrl(caseId, 'consents'), { schema: CaseConsents, signal });

export const recordConsent = (caseId: string, input: RecordConsentInput) =>
  request(caseUrl(caseId, 'consents'), { method: 'POST', body: input, schema: CaseConsents });

export const listDisclosures = (caseId: string, signal?: AbortSignal) =>
  request(caseUrl(caseId, 'disclosures'), { schema: DisclosureList, signal });

export const disclose = (caseId: string, input: DiscloseInput) =>
  request(caseUrl(caseId, 'disclosures'), {
    method: 'POST',
    body: input,
    schema: z.object({ disclosure: DisclosureView, package: DisclosurePackage }),
  });

/**
 * A person's subject access export as a file to save: the JSON checked against the contract, the
 * PDF as the server rendered it. Fetched (not a plain link) so that a refusal shows as a message in
 * the page instead of a download of an error.
 */
export async function fetchSubjectAccess(
  caseId: string,
  personId: string,
  format: SubjectAccessFormat,
  language: 'es' | 'en',
): Promise<Blob> {
  const path = `${caseUrl(caseId, `people/${encodeURIComponent(personId)}/subject-access.${format}`)}?lang=${language}`;
  if (format === 'json') {
    const body = await request(path, { schema: SubjectAccessExport });
    return new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
  }
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      headers: { ...antiForgeryHeaders, accept: 'application/pdf' },
    });
  } catch (error) {
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) {
    const parsed = ApiError.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiFailure(response.status, code, message, fields ?? []);
    }
    throw new ApiFailure(response.status, 'unexpected', `HTTP ${response.status}`);
  }
  return response.blob();
}
