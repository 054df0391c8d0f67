import {
  AuditChainStatus,
  AuditFilterOptions,
  AuditSearchResult,
  type AuditFilters,
  type AuditSearchQuery,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1/audit';

function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const searchAudit = (query: AuditSearchQuery, signal?: AbortSignal) =>
  request(`${v1}${queryString(query)}`, { schema: AuditSearchResult, signal });

export const getAuditFilterOptions = (signal?: AbortSignal) =>
  request(`${v1}/filters`, { schema: AuditFilterOptions, signal });

export const getAuditChainStatus = (signal?: AbortSignal) =>
  request(`${v1}/chain`, { schema: AuditChainStatus, signal });

/** The CSV download of the entries matching the filters (a plain link: the browser saves the file). */
export const auditExportUrl = (filters: AuditFilters) => `${v1}/export${queryString(filters)}`;
