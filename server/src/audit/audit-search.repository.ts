import { sql, type Kysely } from 'kysely';
import type { Role } from '@refugio/contract';
import type { DB } from '../db/schema';

export interface AuditSearchCriteria {
  actorId?: string;
  caseNumber?: string;
  action?: string;
  /** First and last day (YYYY-MM-DD, included), read in `timeZone`. */
  from?: string;
  to?: string;
  timeZone: string;
  /** Entries with an id below this one (keyset paging, newest first). */
  beforeId?: string;
  limit: number;
}

export interface AuditSearchRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  user_email: string | null;
  user_name: string | null;
  action: string;
  case_id: string | null;
  case_number: string | null;
  client_address: string;
  details: Record<string, unknown>;
}

/** Newest first by id (insertion order), through the (actor_id|case_id|action|occurred_at, id) indexes. */
export async function searchAuditLog(
  db: Kysely<DB>,
  criteria: AuditSearchCriteria,
): Promise<AuditSearchRow[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .leftJoin('cases as c', 'c.id', 'a.case_id')
    .select([
      'a.id',
      'a.occurred_at',
      'a.actor_id',
      'u.email as user_email',
      'u.name as user_name',
      'a.action',
      'a.case_id',
      'c.case_number',
      'a.client_address',
      'a.details',
    ]);
  if (criteria.actorId !== undefined) query = query.where('a.actor_id', '=', criteria.actorId);
  if (criteria.caseNumber !== undefined) {
    const caseNumber = criteria.caseNumber;
    query = query.where('a.case_id', 'in', (eb) =>
      eb.selectFrom('cases').select('cases.id').where('cases.case_number', '=', caseNumber),
    );
  }
  if (criteria.action !== undefined) query = query.where('a.action', '=', criteria.action);
  if (criteria.from !== undefined) {
    query = query.where(
      'a.occurred_at',
      '>=',
      sql<Date>`(${criteria.from}::date::timestamp at time zone ${criteria.timeZone})`,
    );
  }
  if (criteria.to !== undefined) {
    query = query.where(
      'a.occurred_at',
      '<',
      sql<Date>`((${criteria.to}::date + 1)::timestamp at time zone ${criteria.timeZone})`,
    );
  }
  if (criteria.beforeId !== undefined) query = query.where('a.id', '<', criteria.beforeId);
  return query.orderBy('a.id', 'desc').limit(criteria.limit).execute();
}

/** Every distinct action in the log, by skipping along the (action, id) index: fast on millions of rows. */
export async function findAuditActions(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ action: string }>`
    with recursive found(action) as (
      (select action from audit_log order by action limit 1)
      union all
      select (select a.action from audit_log a where a.action > found.action order by a.action limit 1)
      from found where found.action is not null
    )
    select action from found where action is not null`.execute(db);
  return rows.map((row) => row.action);
}

export function findAuditableUsers(
  db: Kysely<DB>,
): Promise<{ id: string; name: string; email: string; role: Role }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role'])
    .orderBy('name')
    .orderBy('email')
    .execute();
}
