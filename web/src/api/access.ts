import {
  BreakGlassCount,
  BreakGlassGranted,
  BreakGlassGrantView,
  BreakGlassList,
  CaseDetail,
  type BreakGlassQuery,
  type BreakGlassRequest,
  type BreakGlassReviewInput,
  type LiftSensitivityInput,
  type MarkSensitiveInput,
  type NameSupervisorInput,
  type RemoveSupervisorInput,
} from '@refugio/contract';
import { request } from './client';

const cases = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export const markSensitive = (caseId: string, input: MarkSensitiveInput) =>
  request(`${cases(caseId)}/sensitivity`, { method: 'POST', body: input, schema: CaseDetail });

export const liftSensitivity = (caseId: string, markId: string, input: LiftSensitivityInput) =>
  request(`${cases(caseId)}/sensitivity/${encodeURIComponent(markId)}/lift`, {
    method: 'POST',
    body: input,
    schema: CaseDetail,
  });

export const nameSupervisor = (caseId: string, input: NameSupervisorInput) =>
  request(`${cases(caseId)}/supervisors`, { method: 'POST', body: input, schema: CaseDetail });

export const removeSupervisor = (caseId: string, userId: string, input: RemoveSupervisorInput) =>
  request(`${cases(caseId)}/supervisors/${encodeURIComponent(userId)}/remove`, {
    method: 'POST',
    body: input,
    schema: CaseDetail,
  });

export const requestBreakGlass = (input: BreakGlassRequest) =>
  request('/api/v1/break-glass', { method: 'POST', body: input, schema: BreakGlassGranted });

export const listBreakGlass = (query: BreakGlassQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return request(`/api/v1/break-glass?${params.toString()}`, { schema: BreakGlassList, signal });
};

export const countUnreviewedBreakGlass = (signal?: AbortSignal) =>
  request('/api/v1/break-glass/count', { schema: BreakGlassCount, signal });

export const reviewBreakGlass = (grantId: string, input: BreakGlassReviewInput) =>
  request(`/api/v1/break-glass/${encodeURIComponent(grantId)}/review`, {
    method: 'POST',
    body: input,
    schema: BreakGlassGrantView,
  });
