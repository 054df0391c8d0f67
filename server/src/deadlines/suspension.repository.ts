import { caseListFilter, type CaseListScope } from '../access/policy';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ClockSuspensionChangeTable, ClockSuspensionTable } from './clock.table';

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('clock_suspensions as s')
    .leftJoin('cases as c', 'c.id', 's.case_id')
    .leftJoin('offices as o', 'o.id', 's.office_id')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .selectAll('s')
    .select([
      'c.case_number',
      'c.office_id as case_office_id',
      'o.code as office_code',
      'o.name as office_name',
      'u.name as created_by_name',
    ]);

export function findSuspensionById(db: Kysely<DB>, id: string) {
  return withNames(db).where('s.id', '=', id).executeTakeFirst();
}
export type SuspensionRow = NonNullable<Awaited<ReturnType<typeof findSuspensionById>>>;

export function findSuspensions(
  db: Kysely<DB>,
  filter: {
    officeId: string | null;
    status: 'active' | 'withdrawn' | 'all';
    caseId?: string;
    /** The actor's case list scope: a case suspension shows only if its case would (sensitivity). */
    visible: CaseListScope;
  },
) {
  let query = withNames(db).where(
    sql<boolean>`(s.case_id is null or ${caseListFilter(filter.visible, 'c')})`,
  );
  if (filter.status !== 'all') query = query.where('s.status', '=', filter.status);
  if (filter.caseId) {
    const caseId = filter.caseId;
    query = query.where((eb) =>
      eb.or([
        eb('s.case_id', '=', caseId),
        eb('s.scope', '=', 'authority'),
        eb('s.office_id', '=', eb.selectFrom('cases').select('office_id').where('id', '=', caseId)),
      ]),
    );
  }
  if (filter.officeId) {
    const officeId = filter.officeId;
    query = query.where((eb) =>
      eb.or([
        eb('s.scope', '=', 'authority'),
        eb('s.office_id', '=', officeId),
        eb('c.office_id', '=', officeId),
      ]),
    );
  }
  return query.orderBy('s.starts_on', 'desc').orderBy('s.created_at', 'desc').limit(500).execute();
}

export function findSuspensionChanges(db: Kysely<DB>, suspensionIds: readonly string[]) {
  if (suspensionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('clock_suspension_changes as ch')
    .leftJoin('users as u', 'u.id', 'ch.actor_id')
    .selectAll('ch')
    .select('u.name as actor_name')
    .where('ch.suspension_id', 'in', [...suspensionIds])
    .orderBy('ch.id')
    .execute();
}
export type SuspensionChangeRow = Awaited<ReturnType<typeof findSuspensionChanges>>[number];

export async function insertSuspension(
  trx: Kysely<DB>,
  row: Insertable<ClockSuspensionTable>,
): Promise<void> {
  await trx.insertInto('clock_suspensions').values(row).execute();
}

/** Updates a suspension only from the version the user saw; undefined when someone changed it meanwhile. */
export async function updateSuspension(
  trx: Kysely<DB>,
  id: string,
  version: number,
  change: {
    starts_on: string;
    ends_on: string | null;
    legal_basis: string;
    status: 'active' | 'withdrawn';
    now: Date;
  },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('clock_suspensions')
    .set({
      starts_on: change.starts_on,
      ends_on: change.ends_on,
      legal_basis: change.legal_basis,
      status: change.status,
      version: sql<number>`version + 1`,
      updated_at: change.now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function insertSuspensionChange(
  trx: Kysely<DB>,
  row: Insertable<ClockSuspensionChangeTable>,
): Promise<void> {
  await trx.insertInto('clock_suspension_changes').values(row).execute();
}
