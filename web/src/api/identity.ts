import {
  BulkConfirmResult,
  CandidateResult,
  CaseIdentityLinks,
  IdentityReviewPair,
  IdentityReviewQueue,
  type BulkConfirmInput,
  type CandidateQuery,
  type IdentityReviewDecisionInput,
  type IdentityReviewQueueQuery,
  type LinkInput,
} from '@refugio/contract';
import { request } from './client';

const cases = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export const searchIdentityCandidates = (query: CandidateQuery, signal?: AbortSignal) =>
  request('/api/v1/identity/candidates', { method: 'POST', body: query, schema: CandidateResult, signal });

export const fetchCaseIdentityLinks = (caseId: string, signal?: AbortSignal) =>
  request(`${cases(caseId)}/identity-links`, { schema: CaseIdentityLinks, signal });

export const linkPerson = (caseId: string, personId: string, input: LinkInput) =>
  request(`${cases(caseId)}/people/${encodeURIComponent(personId)}/links`, {
    method: 'POST',
    body: input,
    schema: CaseIdentityLinks,
  });

export const undoIdentityLink = (caseId: string, linkId: string) =>
  request(`${cases(caseId)}/identity-links/${encodeURIComponent(linkId)}/undo`, {
    method: 'POST',
    schema: CaseIdentityLinks,
  });

export const fetchIdentityReviewQueue = (query: IdentityReviewQueueQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return request(`/api/v1/identity/review-pairs?${params.toString()}`, {
    schema: IdentityReviewQueue,
    signal,
  });
};

export const decideIdentityPair = (pairId: string, input: IdentityReviewDecisionInput) =>
  request(`/api/v1/identity/review-pairs/${encodeURIComponent(pairId)}/decision`, {
    method: 'POST',
    body: input,
    schema: IdentityReviewPair,
  });

export const bulkConfirmIdentityPairs = (input: BulkConfirmInput) =>
  request('/api/v1/identity/review-pairs/bulk-confirm', {
    method: 'POST',
    body: input,
    schema: BulkConfirmResult,
  });
