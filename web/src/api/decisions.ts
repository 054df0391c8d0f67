import {
  CaseDecisions,
  DecisionStepResult,
  DecisionView,
  ReviewQueue,
  type BodyResolutionInput,
  type CorrectNotificationInput,
  type DraftDecisionInput,
  type NotifyDecisionInput,
  type SaveDecisionDraftInput,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';

export const getCaseDecisions = (caseId: string, signal?: AbortSignal) =>
  request(`${v1}/cases/${caseId}/decisions`, { schema: CaseDecisions, signal });

export const draftDecision = (caseId: string, input: DraftDecisionInput) =>
  request(`${v1}/cases/${caseId}/decisions`, { method: 'POST', body: input, schema: DecisionView });

/** Saves the current draft; a returned decision opens its next version. */
export const saveDecisionDraft = (id: string, input: SaveDecisionDraftInput) =>
  request(`${v1}/decisions/${id}/draft`, { method: 'PUT', body: input, schema: DecisionView });

const step = (path: string, body: unknown) =>
  request(`${v1}/decisions/${path}`, { method: 'POST', body, schema: DecisionStepResult });

export const submitDecision = (id: string, version: number, caseVersion: number) =>
  step(`${id}/submit`, { version, caseVersion });

export const approveDecision = (id: string, version: number, caseVersion: number) =>
  step(`${id}/approve`, { version, caseVersion });

export const returnDecision = (id: string, version: number, caseVersion: number, comments: string) =>
  step(`${id}/return`, { version, caseVersion, comments });

/** Where a body decides: its resolution adopting the referred draft, which issues the decision. */
export const recordBodyResolution = (id: string, input: BodyResolutionInput) =>
  step(`${id}/body-resolution`, input);

export const notifyDecision = (id: string, input: NotifyDecisionInput) => step(`${id}/notifications`, input);

/** Corrects a recorded notification: appended with its reason, the original stays. */
export const correctNotification = (notificationId: string, input: CorrectNotificationInput) =>
  request(`${v1}/decision-notifications/${notificationId}/correct`, {
    method: 'POST',
    body: input,
    schema: DecisionStepResult,
  });

export const getReviewQueue = (signal?: AbortSignal) =>
  request(`${v1}/decisions`, { schema: ReviewQueue, signal });

/** The letter of a version: the stored issued letter, or a draft marked PROYECTO. */
export const decisionLetterUrl = (id: string, version: number) =>
  `${v1}/decisions/${id}/versions/${version}/letter.pdf`;
