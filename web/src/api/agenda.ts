import {
  AgendaView,
  UnavailabilityView,
  type AgendaQuery,
  type MarkUnavailableInput,
  type ReleaseUnavailabilityInput,
} from '@refugio/contract';
import { request } from './client';

export const getAgenda = (query: AgendaQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.officeId) params.set('officeId', query.officeId);
  if (query.resourceKind && query.resourceId) {
    params.set('resourceKind', query.resourceKind);
    params.set('resourceId', query.resourceId);
  }
  return request(`/api/v1/agenda?${params.toString()}`, { schema: AgendaView, signal });
};

export const markUnavailable = (input: MarkUnavailableInput) =>
  request('/api/v1/unavailability', { method: 'POST', body: input, schema: UnavailabilityView });

export const releaseUnavailability = (id: string, input: ReleaseUnavailabilityInput) =>
  request(`/api/v1/unavailability/${encodeURIComponent(id)}/release`, {
    method: 'POST',
    body: input,
    schema: UnavailabilityView,
  });
