import {
  AppealInbox,
  AppealStepResult,
  CaseAppeals,
  OverturnedList,
  type AppealStatus,
  type DecideAppealInput,
  type FileAppealInput,
  type WithdrawAppealInput,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';

export const getCaseAppeals = (caseId: string, signal?: AbortSignal) =>
  request(`${v1}/cases/${encodeURIComponent(caseId)}/appeals`, { schema: CaseAppeals, signal });

export const fileAppeal = (caseId: string, input: FileAppealInput) =>
  request(`${v1}/cases/${encodeURIComponent(caseId)}/appeals`, {
    method: 'POST',
    body: input,
    schema: AppealStepResult,
  });

export const decideAppeal = (appealId: string, input: DecideAppealInput) =>
  request(`${v1}/appeals/${encodeURIComponent(appealId)}/decide`, {
    method: 'POST',
    body: input,
    schema: AppealStepResult,
  });

export const withdrawAppeal = (appealId: string, input: WithdrawAppealInput) =>
  request(`${v1}/appeals/${encodeURIComponent(appealId)}/withdraw`, {
    method: 'POST',
    body: input,
    schema: AppealStepResult,
  });

export const listAppealInbox = (status: AppealStatus, signal?: AbortSignal) =>
  request(`${v1}/appeals?status=${status}`, { schema: AppealInbox, signal });

export const listOverturned = (signal?: AbortSignal) =>
  request(`${v1}/appeals/overturned`, { schema: OverturnedList, signal });

export const markOverturnedSeen = (appealIds: string[]) =>
  request(`${v1}/appeals/overturned/seen`, { method: 'POST', body: { appealIds }, schema: OverturnedList });
