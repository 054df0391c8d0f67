import type { Kysely } from 'kysely';
import {
  retentionRecordTypes,
  UpdateRetentionScheduleInput,
  type RetentionRecordType,
  type RetentionSchedule,
  type RetentionScheduleList,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageRetention } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { retentionDefaults } from './retention-defaults';
import { insertScheduleVersion, latestScheduleRows } from './retention.repository';

/** The schedule that stands for each record type: the latest version recorded, else the default. */
export async function standingSchedules(
  db: Kysely<DB>,
): Promise<Record<RetentionRecordType, RetentionSchedule>> {
  const rows = new Map((await latestScheduleRows(db)).map((r) => [r.record_type, r]));
  const entries = retentionRecordTypes.map((type): [RetentionRecordType, RetentionSchedule] => {
    const row = rows.get(type);
    return [
      type,
      row
        ? {
            recordType: type,
            version: row.version,
            periodMonths: row.period_months,
            description: row.description,
            recordedAt: row.created_at.toISOString(),
          }
        : { recordType: type, version: 0, ...retentionDefaults[type], recordedAt: null },
    ];
  });
  return Object.fromEntries(entries) as Record<RetentionRecordType, RetentionSchedule>;
}

/** The retention schedules (administrators). */
export async function listSchedules(db: Kysely<DB>, actor: Actor): Promise<RetentionScheduleList> {
  if (!canManageRetention(actor)) throw forbidden();
  return { schedules: Object.values(await standingSchedules(db)) };
}

/** Records a new version of a record type's schedule, from the version the administrator saw. Audited. */
export async function changeSchedule(
  db: Kysely<DB>,
  actor: Actor,
  recordType: RetentionRecordType,
  raw: unknown,
): Promise<RetentionSchedule> {
  if (!canManageRetention(actor)) throw forbidden();
  const input = parseOrThrow(UpdateRetentionScheduleInput, raw);
  return db.transaction().execute(async (trx) => {
    const current = (await standingSchedules(trx))[recordType];
    const stale = () =>
      new AppError(
        'conflict',
        `The schedule has changed since you opened it: it is now at version ${current.version}. Reload it and try again.`,
      );
    if (current.version !== input.version) throw stale();
    const row = await insertScheduleVersion(trx, {
      recordType,
      version: input.version + 1,
      periodMonths: input.periodMonths,
      description: input.description,
      createdBy: actor.id,
    });
    if (!row) throw stale();
    await recordAudit(trx, actor, {
      action: 'retention.schedule_changed',
      details: {
        recordType,
        version: row.version,
        periodMonths: row.period_months,
        previousPeriodMonths: current.periodMonths,
      },
    });
    return {
      recordType,
      version: row.version,
      periodMonths: row.period_months,
      description: row.description,
      recordedAt: row.created_at.toISOString(),
    };
  });
}
