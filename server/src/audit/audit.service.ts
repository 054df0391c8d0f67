import type { Kysely } from 'kysely';
import {
  AuditFilters,
  AuditSearchQuery,
  auditFilterKeys,
  type AuditChainStatus,
  type AuditFilterKey,
  type AuditFilterOptions,
  type AuditSearchResult,
} from '@refugio/contract';
import type { Actor } from '../access/actor';
import { hasPermission } from '../access/policy';
import type { DB } from '../db/schema';
import { forbidden } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { recordAudit } from './audit.repository';
import { countUnsealed, findHeadLink } from './audit-chain.repository';
import { auditCsvLine, AUDIT_CSV_HEADER, UTF8_BOM } from './audit-csv';
import { presentAuditEntry } from './audit.presenter';
import {
  findAuditableUsers,
  findAuditActions,
  searchAuditLog,
  type AuditSearchCriteria,
} from './audit-search.repository';

/** Which filters were used, never what they held (a case number or a user is itself revealing). */
const usedFilterKeys = (filters: Partial<Record<AuditFilterKey, unknown>>): AuditFilterKey[] =>
  auditFilterKeys.filter((key) => filters[key] !== undefined);

const criteriaOf = (filters: AuditFilters, timeZone: string): Omit<AuditSearchCriteria, 'limit'> => ({
  actorId: filters.userId,
  caseNumber: filters.caseNumber,
  action: filters.action,
  from: filters.from,
  to: filters.to,
  timeZone,
});

/** Refuses, and records the attempt: someone without the permission looked for the audit log. */
async function authorize(db: Kysely<DB>, actor: Actor, action: string): Promise<void> {
  if (hasPermission(actor, 'audit.read')) return;
  await recordAudit(db, actor, { action: 'audit.read_denied', details: { attempted: action } });
  throw forbidden();
}

/**
 * The auditor's search: newest first, a page at a time (keyset on the entry id). The search is itself
 * audited, with the filter keys it used.
 */
export async function searchAudit(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  timeZone: string,
): Promise<AuditSearchResult> {
  await authorize(db, actor, 'audit.search');
  const query = parseOrThrow(AuditSearchQuery, raw);
  return db.transaction().execute(async (trx) => {
    const rows = await searchAuditLog(trx, {
      ...criteriaOf(query, timeZone),
      beforeId: query.before,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    await recordAudit(trx, actor, {
      action: 'audit.search',
      details: { filters: usedFilterKeys(query), page: query.before ? 'next' : 'first', count: page.length },
    });
    const last = page.at(-1);
    return {
      entries: page.map(presentAuditEntry),
      nextCursor: rows.length > query.limit && last ? String(last.id) : null,
    };
  });
}

const EXPORT_PAGE = 1000;

/**
 * The same filters as the search, every matching entry as CSV (UTF-8 with BOM), newest first. The
 * export is audited before the first byte leaves; the rows are then read a page at a time outside any
 * transaction, so a long download holds back neither the chain's sealing nor anyone's work.
 */
export async function exportAudit(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  timeZone: string,
): Promise<AsyncIterable<string>> {
  await authorize(db, actor, 'audit.export');
  const filters = parseOrThrow(AuditFilters, raw);
  await db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, actor, { action: 'audit.export', details: { filters: usedFilterKeys(filters) } }),
    );
  const criteria = criteriaOf(filters, timeZone);
  return (async function* () {
    yield UTF8_BOM + AUDIT_CSV_HEADER.join(',') + '\r\n';
    let beforeId: string | undefined;
    for (;;) {
      const rows = await searchAuditLog(db, { ...criteria, beforeId, limit: EXPORT_PAGE });
      if (rows.length > 0) yield rows.map((row) => auditCsvLine(presentAuditEntry(row), timeZone)).join('');
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_PAGE) return;
      beforeId = String(last.id);
    }
  })();
}

/** What the search form offers. */
export async function auditFilterOptions(
  db: Kysely<DB>,
  actor: Actor,
  timeZone: string,
): Promise<AuditFilterOptions> {
  await authorize(db, actor, 'audit.filters');
  const [users, actions] = await Promise.all([findAuditableUsers(db), findAuditActions(db)]);
  return { users, actions, timeZone };
}

/** The chain as last sealed: counts, head hash and time. No verification runs here. */
export async function auditChainStatus(db: Kysely<DB>, actor: Actor): Promise<AuditChainStatus> {
  await authorize(db, actor, 'audit.chain');
  const head = await findHeadLink(db);
  return {
    sealedCount: head ? Number(head.seq) : 0,
    unsealedCount: await countUnsealed(db, head?.horizon ?? '0'),
    headHash: head?.hash ?? null,
    lastSealedAt: head?.sealedAt.toISOString() ?? null,
  };
}
