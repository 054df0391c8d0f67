import {
  CaseLegalHolds,
  DisposalList,
  LegalHoldList,
  LegalHoldView,
  RetentionDueReport,
  RetentionRunResult,
  RetentionSchedule,
  RetentionScheduleList,
  type LiftLegalHoldInput,
  type PlaceLegalHoldInput,
  type RetentionRecordType,
  type UpdateRetentionScheduleInput,
} from '@refugio/contract';
import { request } from './client';

const holdsUrl = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/legal-holds`;

export const listRetentionSchedules = (signal?: AbortSignal) =>
  request('/api/v1/retention/schedules', { schema: RetentionScheduleList, signal });

export const updateRetentionSchedule = (
  recordType: RetentionRecordType,
  input: UpdateRetentionScheduleInput,
) =>
  request(`/api/v1/retention/schedules/${encodeURIComponent(recordType)}`, {
    method: 'PUT',
    body: input,
    schema: RetentionSchedule,
  });

export const getRetentionDue = (signal?: AbortSignal) =>
  request('/api/v1/retention/due', { schema: RetentionDueReport, signal });

export const runRetention = (limit: number) =>
  request('/api/v1/retention/runs', {
    method: 'POST',
    body: { confirm: true, limit },
    schema: RetentionRunResult,
  });

export const listDisposals = (signal?: AbortSignal) =>
  request('/api/v1/retention/disposals', { schema: DisposalList, signal });

export const listLegalHolds = (signal?: AbortSignal) =>
  request('/api/v1/retention/legal-holds', { schema: LegalHoldList, signal });

export const getCaseLegalHolds = (caseId: string, signal?: AbortSignal) =>
  request(holdsUrl(caseId), { schema: CaseLegalHolds, signal });

export const placeLegalHold = (caseId: string, input: PlaceLegalHoldInput) =>
  request(holdsUrl(caseId), { method: 'POST', body: input, schema: LegalHoldView });

export const liftLegalHold = (caseId: string, holdId: string, input: LiftLegalHoldInput) =>
  request(`${holdsUrl(caseId)}/${encodeURIComponent(holdId)}/lift`, {
    method: 'POST',
    body: input,
    schema: LegalHoldView,
  });
