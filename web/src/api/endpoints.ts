import {
  CalendarYearView,
  CaseDetail,
  CaseList,
  DeadlineDashboard,
  DeclaredDayChangeResult,
  FilingWindowCheck,
  Me,
  RecomputationView,
  ReferenceData,
  RegisteredCase,
  SuspensionChangeResult,
  SuspensionList,
  type AssignCaseInput,
  type CaseListQuery,
  type CorrectSuspensionInput,
  type DeadlineDashboardQuery,
  type DeclareNonWorkingDayInput,
  type ExtendDeadlineInput,
  type LiftSuspensionInput,
  type OverrideTrackInput,
  type ProcedureActionInput,
  type RecordPresentationInput,
  type RegisterApplicationInput,
  type SignInInput,
  type SuspendClocksInput,
  type SuspensionListQuery,
  type TimeLimitId,
  type WithdrawDeclaredDayInput,
  type WithdrawSuspensionInput,
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

/** A query object as URL parameters, leaving out what is unset. */
export function searchParams(
  query: CaseListQuery | DeadlineDashboardQuery | SuspensionListQuery,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

export const listCases = (query: CaseListQuery, signal?: AbortSignal) =>
  request(`${v1}/cases?${searchParams(query).toString()}`, { schema: CaseList, signal });

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

const id = (value: string) => encodeURIComponent(value);

/** Grants an extension of one time limit; answers the case as it now stands. */
export const extendDeadline = (caseId: string, limit: TimeLimitId, input: ExtendDeadlineInput) =>
  request(`${v1}/cases/${id(caseId)}/deadlines/${id(limit)}/extensions`, {
    method: 'POST',
    body: input,
    schema: CaseDetail,
  });

/** Moves the case to another processing track, with the reason (supervisor); answers the case. */
export const overrideTrack = (caseId: string, input: OverrideTrackInput) =>
  request(`${v1}/cases/${id(caseId)}/track`, { method: 'POST', body: input, schema: CaseDetail });

/** Records the applicant's periodic presentation (weekly signature) on a date; answers the case. */
export const recordPresentation = (caseId: string, input: RecordPresentationInput) =>
  request(`${v1}/cases/${id(caseId)}/presentations`, { method: 'POST', body: input, schema: CaseDetail });

/** Puts an officer in charge of the case, or nobody (`officerId: null`); answers the case. */
export const assignCase = (caseId: string, input: AssignCaseInput) =>
  request(`${v1}/cases/${id(caseId)}/assignment`, { method: 'PUT', body: input, schema: CaseDetail });

export const getDeadlineDashboard = (query: DeadlineDashboardQuery, signal?: AbortSignal) =>
  request(`${v1}/deadlines?${searchParams(query).toString()}`, { schema: DeadlineDashboard, signal });

export const listSuspensions = (query: SuspensionListQuery, signal?: AbortSignal) =>
  request(`${v1}/clock-suspensions?${searchParams(query).toString()}`, {
    schema: SuspensionList,
    signal,
  });

export const suspendClocks = (input: SuspendClocksInput) =>
  request(`${v1}/clock-suspensions`, { method: 'POST', body: input, schema: SuspensionChangeResult });

/** The changes a supervisor may make to a suspension, each with the body it sends. */
export interface SuspensionChanges {
  lift: LiftSuspensionInput;
  correct: CorrectSuspensionInput;
  withdraw: WithdrawSuspensionInput;
}

export const changeSuspension = <A extends keyof SuspensionChanges>(
  suspensionId: string,
  action: A,
  input: SuspensionChanges[A],
) =>
  request(`${v1}/clock-suspensions/${id(suspensionId)}/${action}`, {
    method: 'POST',
    body: input,
    schema: SuspensionChangeResult,
  });

export const getRecomputation = (recomputationId: string, signal?: AbortSignal) =>
  request(`${v1}/clock-recomputations/${id(recomputationId)}`, { schema: RecomputationView, signal });

export const getCalendar = (year: number, signal?: AbortSignal) =>
  request(`${v1}/calendar?year=${year}`, { schema: CalendarYearView, signal });

export const declareNonWorkingDay = (input: DeclareNonWorkingDayInput) =>
  request(`${v1}/calendar/declared-days`, { method: 'POST', body: input, schema: DeclaredDayChangeResult });

export const withdrawDeclaredDay = (dayId: string, input: WithdrawDeclaredDayInput) =>
  request(`${v1}/calendar/declared-days/${id(dayId)}/withdraw`, {
    method: 'POST',
    body: input,
    schema: DeclaredDayChangeResult,
  });
