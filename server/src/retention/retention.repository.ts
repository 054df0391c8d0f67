import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { LegalHoldTable } from './retention.tables';

/** The standing (highest) version of each record type an administrator changed. */
export function latestScheduleRows(db: Kysely<DB>) {
  return db
    .selectFrom('retention_schedules as s')
    .selectAll()
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('retention_schedules as n')
            .select('n.id')
            .whereRef('n.record_type', '=', 's.record_type')
            .whereRef('n.version', '>', 's.version'),
        ),
      ),
    )
    .execute();
}
export type ScheduleRow = Awaited<ReturnType<typeof latestScheduleRows>>[number];

/** A new version; undefined when that version already exists (someone recorded it meanwhile). */
export async function insertScheduleVersion(
  db: Kysely<DB>,
  row: { recordType: string; version: number; periodMonths: number; description: string; createdBy: string },
): Promise<ScheduleRow | undefined> {
  return db
    .insertInto('retention_schedules')
    .values({
      record_type: row.recordType,
      version: row.version,
      period_months: row.periodMonths,
      description: row.description,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.columns(['record_type', 'version']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

const holdColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('legal_holds as h')
    .innerJoin('cases as c', 'c.id', 'h.case_id')
    .innerJoin('users as p', 'p.id', 'h.placed_by')
    .leftJoin('users as l', 'l.id', 'h.lifted_by')
    .select([
      'h.id',
      'h.case_id',
      'c.case_number',
      'c.office_id',
      'h.reason',
      'h.note',
      'p.name as placed_by_name',
      'h.placed_at',
      'l.name as lifted_by_name',
      'h.lifted_at',
      'h.lift_note',
      'h.version',
    ]);

export function listHoldsOfCase(db: Kysely<DB>, caseId: string) {
  return holdColumns(db).where('h.case_id', '=', caseId).orderBy('h.placed_at', 'desc').execute();
}
export type HoldRow = Awaited<ReturnType<typeof listHoldsOfCase>>[number];

/** Holds not lifted, of every office or of one. */
export function listActiveHolds(db: Kysely<DB>, officeId: string | null) {
  let query = holdColumns(db).where('h.lifted_at', 'is', null);
  if (officeId) query = query.where('c.office_id', '=', officeId);
  return query.orderBy('h.placed_at', 'desc').limit(1000).execute();
}

export function findHold(db: Kysely<DB>, holdId: string) {
  return holdColumns(db).where('h.id', '=', holdId).executeTakeFirst();
}

export async function insertHold(
  db: Kysely<DB>,
  row: Pick<LegalHoldTable, 'case_id' | 'reason' | 'placed_by'> & { note: string; placed_at: Date },
): Promise<string> {
  const { id } = await db.insertInto('legal_holds').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Lifts a hold from the version seen; false when it changed or was lifted meanwhile. */
export async function liftHold(
  db: Kysely<DB>,
  holdId: string,
  version: number,
  liftedBy: string,
  note: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('legal_holds')
    .set({ lifted_by: liftedBy, lifted_at: now, lift_note: note, version: sql<number>`version + 1` })
    .where('id', '=', holdId)
    .where('version', '=', version)
    .where('lifted_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function isDisposed(db: Kysely<DB>, caseId: string): Promise<boolean> {
  const row = await db.selectFrom('disposals').select('id').where('case_id', '=', caseId).executeTakeFirst();
  return row !== undefined;
}

export function listDisposalRows(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('disposals as d')
    .leftJoin('users as u', 'u.id', 'd.disposed_by')
    .selectAll('d')
    .select('u.name as disposed_by_name')
    .orderBy('d.disposed_at', 'desc')
    .orderBy('d.id')
    .limit(limit)
    .execute();
}
export type DisposalRow = Awaited<ReturnType<typeof listDisposalRows>>[number];

/** An event in the case's history (a hold placed or lifted, the disposal): codes and ids only. */
export async function insertRetentionEvent(
  db: Kysely<DB>,
  event: {
    caseId: string;
    type: string;
    actorId: string | null;
    occurredAt: Date;
    data: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('case_events')
    .values({
      case_id: event.caseId,
      type: event.type,
      actor_id: event.actorId,
      occurred_at: event.occurredAt,
      data: JSON.stringify(event.data),
    })
    .execute();
}
