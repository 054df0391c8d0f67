import { TemplateList, TemplateView, type TemplateQuery } from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';

export function listTemplates(query: TemplateQuery = {}, signal?: AbortSignal) {
  const params = new URLSearchParams(
    Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][],
  );
  const qs = params.toString();
  return request(`${v1}/templates${qs ? `?${qs}` : ''}`, { schema: TemplateList, signal });
}

export const activateTemplate = (id: string, version: number) =>
  request(`${v1}/templates/${id}/activate`, { method: 'POST', body: { version }, schema: TemplateView });

export const retireTemplate = (id: string, version: number) =>
  request(`${v1}/templates/${id}/retire`, { method: 'POST', body: { version }, schema: TemplateView });

/** Where a form posts to open the template's preview PDF (a POST: the preview is rendered on demand). */
export const templatePreviewUrl = (id: string) => `${v1}/templates/${id}/preview.pdf`;
