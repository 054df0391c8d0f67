import { Readable } from 'node:stream';
import {
  ApiError,
  AuditChainStatus,
  AuditFilterOptions,
  AuditFilters,
  AuditSearchQuery,
  AuditSearchResult,
  todayIn,
} from '@refugio/contract';
import type { App, AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { auditChainStatus, auditFilterOptions, exportAudit, searchAudit } from './audit.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError };

/** The audit log for auditors (permission `audit.read`): search, export, filter options, chain status. */
export function auditRoutes(app: App, ctx: AppContext): void {
  const timeZone = ctx.profile.timeZone;

  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log by user, case number, action and period; newest first',
        querystring: AuditSearchQuery,
        response: { 200: AuditSearchResult, ...errors },
      },
    },
    async (request) => searchAudit(ctx.db, requireUser(request), request.query, timeZone),
  );

  app.get(
    '/api/v1/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit entries matching the filters as CSV (UTF-8 with BOM), streamed',
        querystring: AuditFilters,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const lines = await exportAudit(ctx.db, requireUser(request), request.query, timeZone);
      const day = todayIn(timeZone).replaceAll('-', '');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="auditoria-${day}.csv"`)
        .send(Readable.from(lines));
    },
  );

  app.get(
    '/api/v1/audit/filters',
    {
      schema: {
        tags: ['audit'],
        summary: 'The users and actions the audit search can filter by',
        response: { 200: AuditFilterOptions, ...errors },
      },
    },
    async (request) => auditFilterOptions(ctx.db, requireUser(request), timeZone),
  );

  app.get(
    '/api/v1/audit/chain',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The hash chain as last sealed: counts, head hash, time (run `refugio audit verify` to check it)',
        response: { 200: AuditChainStatus, ...errors },
      },
    },
    async (request) => auditChainStatus(ctx.db, requireUser(request)),
  );
}
