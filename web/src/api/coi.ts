import {
  CoiCitationList,
  CoiSearchResult,
  CoiSourceView,
  type CoiSearchQuery,
  type CoiSourceInput,
  type SupersedeCoiSourceInput,
  type UpdateCoiSourceInput,
} from '@refugio/contract';
import { request } from './client';

const base = '/api/v1/coi-sources';

/** The search query as URL parameters, leaving out what is unset. */
export function coiSearchParams(query: CoiSearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '' && value !== false) params.set(key, String(value));
  }
  return params;
}

export const searchCoiSources = (query: CoiSearchQuery, signal?: AbortSignal) =>
  request(`${base}?${coiSearchParams(query).toString()}`, { schema: CoiSearchResult, signal });

export const getCoiSource = (id: string, signal?: AbortSignal) =>
  request(`${base}/${encodeURIComponent(id)}`, { schema: CoiSourceView, signal });

export const createCoiSource = (input: CoiSourceInput) =>
  request(base, { method: 'POST', body: input, schema: CoiSourceView });

export const updateCoiSource = (id: string, input: UpdateCoiSourceInput) =>
  request(`${base}/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, schema: CoiSourceView });

export const supersedeCoiSource = (id: string, input: SupersedeCoiSourceInput) =>
  request(`${base}/${encodeURIComponent(id)}/supersede`, {
    method: 'POST',
    body: input,
    schema: CoiSourceView,
  });

export const listCoiCitations = (id: string, signal?: AbortSignal) =>
  request(`${base}/${encodeURIComponent(id)}/citations`, { schema: CoiCitationList, signal });

/** Where the browser downloads a source's PDF (the server audits each download). */
export const coiFileUrl = (id: string) => `${base}/${encodeURIComponent(id)}/file`;

/** A chosen file as base64, to send inside the source's JSON. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
