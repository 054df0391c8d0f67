import {
  CaseConsents,
  DisclosureList,
  DisclosurePackage,
  DisclosureView,
  RecipientList,
  RecipientView,
  type DiscloseInput,
  type RecipientInput,
  type RecordConsentInput,
  type UpdateRecipientInput,
} from '@refugio/contract';
import { z } from 'zod';
import { request } from './client';

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
