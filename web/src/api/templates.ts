import {
  ApiError,
  TemplateFieldList,
  TemplateList,
  TemplateView,
  type TemplateInput,
  type TemplateQuery,
  type UpdateTemplateInput,
} from '@refugio/contract';
import { antiForgeryHeaders, ApiFailure, request } from './client';

const v1 = '/api/v1';

export function listTemplates(query: TemplateQuery = {}, signal?: AbortSignal) {
  const params = new URLSearchParams(
    Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][],
  );
  const qs = params.toString();
  return request(`${v1}/templates${qs ? `?${qs}` : ''}`, { schema: TemplateList, signal });
}

export const getTemplate = (id: string, signal?: AbortSignal) =>
  request(`${v1}/templates/${encodeURIComponent(id)}`, { schema: TemplateView, signal });

/** The fields a template may name as `{{field}}`, each with the kinds of document that fill it. */
export const listTemplateFields = (signal?: AbortSignal) =>
  request(`${v1}/template-fields`, { schema: TemplateFieldList, signal });

/** A new draft; with `basedOn`, the next number of that template (an active one is edited this way). */
export const createTemplate = (input: TemplateInput) =>
  request(`${v1}/templates`, { method: 'POST', body: input, schema: TemplateView });

/** A draft's new title, body and source, from the version the administrator saw. */
export const updateTemplate = (id: string, input: UpdateTemplateInput) =>
  request(`${v1}/templates/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: TemplateView });

export const activateTemplate = (id: string, version: number) =>
  request(`${v1}/templates/${id}/activate`, { method: 'POST', body: { version }, schema: TemplateView });

export const retireTemplate = (id: string, version: number) =>
  request(`${v1}/templates/${id}/retire`, { method: 'POST', body: { version }, schema: TemplateView });

/** Where the template's preview PDF is rendered on demand (a POST). */
export const templatePreviewUrl = (id: string) => `${v1}/templates/${encodeURIComponent(id)}/preview.pdf`;

/**
 * The template printed with sample values, as a PDF. Fetched rather than posted by a form: the API
 * refuses form posts (415), the shape of a cross-site request.
 */
export async function fetchTemplatePreview(id: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(templatePreviewUrl(id), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...antiForgeryHeaders, accept: 'application/pdf' },
    });
  } catch (error) {
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) {
    const parsed = ApiError.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiFailure(response.status, code, message, fields ?? []);
    }
    throw new ApiFailure(response.status, 'unexpected', `HTTP ${response.status}`);
  }
  return response.blob();
}
