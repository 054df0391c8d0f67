import { refugioDraftSource, type TemplateAction, type TemplateView } from '@refugio/contract';
import type { TemplateRow } from './template.repository';

/** What the actor may do with a template, by its status. */
export function templateActionsFor(canManage: boolean, row: Pick<TemplateRow, 'status'>): TemplateAction[] {
  if (!canManage) return ['preview'];
  switch (row.status) {
    case 'draft':
      return ['edit', 'activate', 'retire', 'preview'];
    case 'active':
      return ['new_number', 'retire', 'preview'];
    case 'retired':
      return ['new_number', 'preview'];
  }
}

export function presentTemplate(row: TemplateRow, canManage: boolean): TemplateView {
  return {
    id: row.id,
    country: row.country,
    kind: row.kind,
    outcome: row.outcome,
    language: row.language,
    number: row.number,
    status: row.status,
    title: row.title,
    body: row.body,
    source: row.source,
    refugioDraft: row.source === refugioDraftSource,
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    activatedAt: row.activated_at?.toISOString() ?? null,
    retiredAt: row.retired_at?.toISOString() ?? null,
    version: row.version,
    actions: templateActionsFor(canManage, row),
  };
}
