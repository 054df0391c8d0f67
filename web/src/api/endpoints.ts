import {
  CaseDetail,
  CaseList,
  FilingWindowCheck,
  Me,
  ReferenceData,
  RegisteredCase,
  type CaseListQuery,
  type ProcedureActionInput,
  type RegisterApplicationInput,
  type SignInInput,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';

/** What GET /reference answers. */
export type Reference = ReferenceData;

export const getSession = (signal?: AbortSignal) => request(`${v1}/session`, { schema: Me, signal });

export const signIn = (input: SignInInput) =>
  request(`${v1}/session`, { method: 'POST', body: input, schema: Me });

export const signOut = () => request<void>(`${v1}/session`, { method: 'DELETE' });

export const getReference = (signal?: AbortSignal) =>
  request(`${v1}/reference`, { schema: ReferenceData, signal });

export function casesSearchParams(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

export const listCases = (query: CaseListQuery, signal?: AbortSignal) =>
  request(`${v1}/cases?${casesSearchParams(query).toString()}`, { schema: CaseList, signal });

/** Takes one step of the procedure; answers the case as it now stands. */
export const takeProcedureAction = (caseId: string, action: string, input: ProcedureActionInput) =>
  request(`${v1}/cases/${encodeURIComponent(caseId)}/actions/${encodeURIComponent(action)}`, {
    method: 'POST',
    body: input,
    schema: CaseDetail,
  });

export const getCase = (id: string, signal?: AbortSignal) =>
  request(`${v1}/cases/${encodeURIComponent(id)}`, { schema: CaseDetail, signal });

export const registerApplication = (input: RegisterApplicationInput) =>
  request(`${v1}/cases`, { method: 'POST', body: input, schema: RegisteredCase });

export function checkFilingWindow(entryDate: string, applicationDate: string, signal?: AbortSignal) {
  const params = new URLSearchParams({ entryDate, applicationDate });
  return request(`${v1}/filing-window?${params.toString()}`, { schema: FilingWindowCheck, signal });
}

export function proofOfRegistrationUrl(caseId: string, personId: string, lang: 'es' | 'en'): string {
  const path = `${v1}/cases/${encodeURIComponent(caseId)}/people/${encodeURIComponent(personId)}/proof-of-registration.pdf`;
  return `${path}?lang=${lang}`;
}
