import {
  AssessmentReadiness,
  AssessmentStepResult,
  AssessmentView,
  CaseAssessment,
  type AssessmentSectionId,
  type CitationInput,
  type MaterialFactInput,
  type OutcomeId,
  type SaveSectionInput,
  type UpdateMaterialFactInput,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';
const id = encodeURIComponent;

export const getCaseAssessment = (caseId: string, signal?: AbortSignal) =>
  request(`${v1}/cases/${id(caseId)}/assessment`, { schema: CaseAssessment, signal });

export const startAssessment = (caseId: string, caseVersion: number) =>
  request(`${v1}/cases/${id(caseId)}/assessment`, {
    method: 'POST',
    body: { caseVersion },
    schema: AssessmentStepResult,
  });

export const saveSection = (assessmentId: string, section: AssessmentSectionId, input: SaveSectionInput) =>
  request(`${v1}/assessments/${id(assessmentId)}/sections/${section}`, {
    method: 'PUT',
    body: input,
    schema: AssessmentView,
  });

export const addFact = (assessmentId: string, input: MaterialFactInput) =>
  request(`${v1}/assessments/${id(assessmentId)}/facts`, {
    method: 'POST',
    body: input,
    schema: AssessmentView,
  });

export const changeFact = (assessmentId: string, factId: string, input: UpdateMaterialFactInput) =>
  request(`${v1}/assessments/${id(assessmentId)}/facts/${id(factId)}`, {
    method: 'PUT',
    body: input,
    schema: AssessmentView,
  });

export const removeFact = (assessmentId: string, factId: string) =>
  request(`${v1}/assessments/${id(assessmentId)}/facts/${id(factId)}`, {
    method: 'DELETE',
    schema: AssessmentView,
  });

export const addCitation = (assessmentId: string, input: CitationInput) =>
  request(`${v1}/assessments/${id(assessmentId)}/citations`, {
    method: 'POST',
    body: input,
    schema: AssessmentView,
  });

export const removeCitation = (assessmentId: string, citationId: string) =>
  request(`${v1}/assessments/${id(assessmentId)}/citations/${id(citationId)}`, {
    method: 'DELETE',
    schema: AssessmentView,
  });

export const getReadiness = (assessmentId: string, outcome: OutcomeId, signal?: AbortSignal) =>
  request(`${v1}/assessments/${id(assessmentId)}/readiness?outcome=${outcome}`, {
    schema: AssessmentReadiness,
    signal,
  });
