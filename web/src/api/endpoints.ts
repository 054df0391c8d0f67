import {
  CaseDetail,
  CaseList,
  CountryProfileSummary,
  FilingWindowCheck,
  Me,
  OfficeView,
  RegisteredCase,
  type CaseListQuery,
  type RegisterApplicationInput,
  type SignInInput,
} from '@refugio/contract';
import { request, type Schema } from './client';

const v1 = '/api/v1';

/** What GET /reference answers. The contract has no schema for the envelope, so it is checked in two parts. */
export interface Reference {
  profile: CountryProfileSummary;
  offices: OfficeView[];
}

const ReferenceSchema: Schema<Reference> = {
  safeParse(data) {
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const profile = CountryProfileSummary.safeParse(record.profile);
    const offices = OfficeView.array().safeParse(record.offices);
    if (profile.success && offices.success)
      return { success: true, data: { profile: profile.data, offices: offices.data } };
    return {
      success: false,
      error: { issues: [...(profile.error?.issues ?? []), ...(offices.error?.issues ?? [])] },
    };
  },
};

export const getSession = (signal?: AbortSignal) => request(`${v1}/session`, { schema: Me, signal });

export const signIn = (input: SignInInput) =>
  request(`${v1}/session`, { method: 'POST', body: input, schema: Me });

export const signOut = () => request<void>(`${v1}/session`, { method: 'DELETE' });

export const getReference = (signal?: AbortSignal) =>
  request(`${v1}/reference`, { schema: ReferenceSchema, signal });

export function casesSearchParams(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

export const listCases = (query: CaseListQuery, signal?: AbortSignal) =>
  request(`${v1}/cases?${casesSearchParams(query).toString()}`, { schema: CaseList, signal });

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
