import {
  QualityDrawList,
  QualityDrawView,
  QualityReport,
  QualityReviewView,
  QualitySampleList,
  QualitySampleView,
  type AssignQualitySampleInput,
  type QualitySampleQuery,
  type QualityDrawInput,
  type SaveQualityReviewInput,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1/quality';

export const listQualityDraws = (signal?: AbortSignal) =>
  request(`${v1}/draws`, { schema: QualityDrawList, signal });

export const drawQualitySample = (input: QualityDrawInput) =>
  request(`${v1}/draws`, { method: 'POST', body: input, schema: QualityDrawView });

export const listQualitySamples = (query: QualitySampleQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return request(`${v1}/samples?${params.toString()}`, { schema: QualitySampleList, signal });
};

export const assignQualitySample = (sampleId: string, input: AssignQualitySampleInput) =>
  request(`${v1}/samples/${encodeURIComponent(sampleId)}/assign`, {
    method: 'POST',
    body: input,
    schema: QualitySampleView,
  });

export const openQualityReview = (sampleId: string) =>
  request(`${v1}/samples/${encodeURIComponent(sampleId)}/review`, {
    method: 'POST',
    schema: QualityReviewView,
  });

export const getQualityReview = (reviewId: string, signal?: AbortSignal) =>
  request(`${v1}/reviews/${encodeURIComponent(reviewId)}`, { schema: QualityReviewView, signal });

export const saveQualityReview = (reviewId: string, input: SaveQualityReviewInput, complete: boolean) =>
  request(`${v1}/reviews/${encodeURIComponent(reviewId)}${complete ? '/complete' : ''}`, {
    method: complete ? 'POST' : 'PUT',
    body: input,
    schema: QualityReviewView,
  });

export const getQualityReport = (groupBy: 'office' | 'officer', signal?: AbortSignal) =>
  request(`${v1}/reports?groupBy=${groupBy}`, { schema: QualityReport, signal });
