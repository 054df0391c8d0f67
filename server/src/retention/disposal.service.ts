import type { Kysely } from 'kysely';
import {
  caseRecordTypes,
  RunRetentionInput,
  type DisposalList,
  type DueCase,
  type DueRecords,
  type RetentionDueReport,
  type RetentionRunResult,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageRetention } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { destroyDataKey } from '../crypto/case-cipher';
import { forbidden } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import type { DocumentStore } from '../files/document-store';
import { addMonths, caseRecordType, cutoffBefore, isDue } from './retention';
import { standingSchedules } from './schedule.service';
import {
  accountRecordsBefore,
  allowDisposalDeletes,
  clearCaseRow,
  closedCases,
  deleteCaseRecords,
  insertDisposal,
  lockCaseForDisposal,
} from './disposal.repository';
import { insertRetentionEvent, listDisposalRows } from './retention.repository';

const accountRecordTypes = ['sign_in_history', 'sign_in_throttle'] as const;
const today = (now: Date) => now.toISOString().slice(0, 10);

/** Who disposes: an administrator over HTTP, or the operator's `retention run` (no user). */
type Disposer = Pick<Actor, 'id' | 'clientAddress'> | null;

/** Closed cases whose period has ended on `now` (held ones included, marked), the oldest due first. */
export async function findDueCases(db: Kysely<DB>, now: Date): Promise<DueCase[]> {
  const schedules = await standingSchedules(db);
  const due: DueCase[] = [];
  for (const row of await closedCases(db)) {
    const recordType = caseRecordType({ closureReason: row.closure_reason, outcome: row.outcome });
    const schedule = schedules[recordType];
    const dueOn = addMonths(row.closed_on, schedule.periodMonths);
    if (!isDue(dueOn, today(now))) continue;
    due.push({
      caseId: row.id,
      caseNumber: row.case_number,
      recordType,
      scheduleVersion: schedule.version,
      triggerDate: row.closed_on,
      dueOn,
      held: row.held,
    });
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseId.localeCompare(b.caseId));
}

async function dueAccountRecords(db: Kysely<DB>, now: Date): Promise<DueRecords[]> {
  const schedules = await standingSchedules(db);
  const result: DueRecords[] = [];
  for (const recordType of accountRecordTypes) {
    const before = cutoffBefore(now, schedules[recordType].periodMonths);
    result.push({
      recordType,
      before: before.toISOString(),
      count: await accountRecordsBefore(db, recordType, before, false),
    });
  }
  return result;
}

/** What is due now, changing nothing (the dry run). */
export async function dueReport(db: Kysely<DB>, now: Date, limit = 500): Promise<RetentionDueReport> {
  const due = await findDueCases(db, now);
  const disposable = due.filter((d) => !d.held);
  return {
    asOf: today(now),
    cases: disposable.slice(0, limit),
    totalCases: disposable.length,
    heldCases: due.length - disposable.length,
    records: await dueAccountRecords(db, now),
  };
}

/** The dry run for an administrator; audited (it lists case numbers). */
export async function getDueReport(db: Kysely<DB>, actor: Actor, now: Date): Promise<RetentionDueReport> {
  if (!canManageRetention(actor)) throw forbidden();
  const report = await dueReport(db, now);
  await recordAudit(db, actor, {
    action: 'retention.due_listed',
    details: { cases: report.totalCases, held: report.heldCases },
  });
  return report;
}

/**
 * Disposes of one due case in one transaction: re-checks under the case's lock that it is closed, not
 * held and not yet disposed (a rerun or a parallel run skips it); destroys its data key (what is sealed
 * under it can never be opened again, backups included); deletes every record of it; clears the
 * personal columns of its row, which stays as the tombstone with a `disposals` row, a case event and
 * the audit entry `retention.disposed`. The documents leave the store after the commit: a crash in
 * between leaves files without rows, which the orphan sweep removes. Answers whether it disposed.
 */
export async function disposeCase(
  db: Kysely<DB>,
  store: DocumentStore | undefined,
  disposer: Disposer,
  due: DueCase,
  periodMonths: number,
  now: Date,
): Promise<boolean> {
  const storageKeys = await db.transaction().execute(async (trx) => {
    const kase = await lockCaseForDisposal(trx, due.caseId);
    if (!kase || kase.stage !== 'closed' || kase.held || kase.disposed) return null;
    await allowDisposalDeletes(trx);
    const keyDestroyed = await destroyDataKey(trx, due.caseId);
    const { counts, storageKeys: keys } = await deleteCaseRecords(trx, due.caseId);
    if (keyDestroyed) counts.data_keys = 1;
    await clearCaseRow(trx, due.caseId, now);
    const disposalId = await insertDisposal(trx, {
      caseId: due.caseId,
      caseNumber: kase.case_number,
      officeId: kase.office_id,
      recordType: due.recordType,
      scheduleVersion: due.scheduleVersion,
      periodMonths,
      triggerDate: due.triggerDate,
      dueOn: due.dueOn,
      counts,
      disposedBy: disposer?.id ?? null,
      disposedAt: now,
    });
    await insertRetentionEvent(trx, {
      caseId: due.caseId,
      type: 'disposed',
      actorId: disposer?.id ?? null,
      occurredAt: now,
      data: { disposalId, recordType: due.recordType, scheduleVersion: due.scheduleVersion },
    });
    await recordAudit(trx, disposer, {
      action: 'retention.disposed',
      caseId: due.caseId,
      details: { disposalId, recordType: due.recordType, scheduleVersion: due.scheduleVersion, counts },
    });
    return keys;
  });
  if (storageKeys === null) return false;
  for (const key of storageKeys) await store?.remove(key);
  return true;
}

/** Deletes the account records past their period, logged as one disposal per record type. */
async function disposeAccountRecords(
  db: Kysely<DB>,
  disposer: Disposer,
  now: Date,
): Promise<{ recordType: (typeof accountRecordTypes)[number]; count: number }[]> {
  const result = [];
  for (const recordType of accountRecordTypes) {
    const count = await db.transaction().execute(async (trx) => {
      const schedule = (await standingSchedules(trx))[recordType];
      const before = cutoffBefore(now, schedule.periodMonths);
      const n = await accountRecordsBefore(trx, recordType, before, true);
      if (n === 0) return 0;
      const disposalId = await insertDisposal(trx, {
        caseId: null,
        caseNumber: null,
        officeId: null,
        recordType,
        scheduleVersion: schedule.version,
        periodMonths: schedule.periodMonths,
        triggerDate: null,
        dueOn: today(now),
        counts: { [recordType]: n },
        disposedBy: disposer?.id ?? null,
        disposedAt: now,
      });
      await recordAudit(trx, disposer, {
        action: 'retention.disposed',
        details: {
          disposalId,
          recordType,
          scheduleVersion: schedule.version,
          count: n,
          before: before.toISOString(),
        },
      });
      return n;
    });
    result.push({ recordType, count });
  }
  return result;
}

export interface RunOptions {
  now: Date;
  /** At most this many cases (the web's confirmed run works in slices); all when absent. */
  limit?: number;
  onStart?: (total: number) => void;
  onCase?: (done: number) => void;
}

/**
 * A retention run: the due account records, then every due case not held, one transaction each, the
 * oldest due first. Rerun after a crash or with a limit: it takes what is left.
 */
export async function runRetention(
  db: Kysely<DB>,
  store: DocumentStore | undefined,
  disposer: Disposer,
  options: RunOptions,
): Promise<RetentionRunResult> {
  const records = await disposeAccountRecords(db, disposer, options.now);
  const schedules = await standingSchedules(db);
  const due = (await findDueCases(db, options.now)).filter((d) => !d.held);
  const slice = options.limit === undefined ? due : due.slice(0, options.limit);
  options.onStart?.(slice.length);
  let disposed = 0;
  let done = 0;
  for (const item of slice) {
    if (await disposeCase(db, store, disposer, item, schedules[item.recordType].periodMonths, options.now))
      disposed++;
    options.onCase?.(++done);
  }
  return { disposedCases: disposed, records, remainingCases: due.length - slice.length };
}

/** A confirmed run by an administrator (a slice of the due cases per request). */
export async function runRetentionAs(
  db: Kysely<DB>,
  store: DocumentStore | undefined,
  actor: Actor,
  raw: unknown,
  now: Date,
): Promise<RetentionRunResult> {
  if (!canManageRetention(actor)) throw forbidden();
  const input = parseOrThrow(RunRetentionInput, raw);
  return runRetention(db, store, actor, { now, limit: input.limit });
}

/** The disposal log (tombstones), newest first. */
export async function listDisposals(db: Kysely<DB>, actor: Actor): Promise<DisposalList> {
  if (!canManageRetention(actor)) throw forbidden();
  const rows = await listDisposalRows(db, 500);
  return {
    disposals: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      recordType: r.record_type as DisposalList['disposals'][number]['recordType'],
      scheduleVersion: r.schedule_version,
      periodMonths: r.period_months,
      triggerDate: r.trigger_date,
      dueOn: r.due_on,
      counts: r.counts,
      disposedAt: r.disposed_at.toISOString(),
      disposedBy: r.disposed_by_name,
    })),
  };
}

export const isCaseRecordType = (type: string): boolean =>
  (caseRecordTypes as readonly string[]).includes(type);
