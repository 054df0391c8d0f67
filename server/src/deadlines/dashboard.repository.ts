import { sql, type Kysely } from 'kysely';
import type { CaseListScope } from '../access/policy';
import { inListScope } from '../cases/list-scope-filter';
import type { DeadlineDashboardParams } from '@refugio/contract';
import type { DB } from '../db/schema';

export interface DashboardFilter {
  scope: CaseListScope;
  query: DeadlineDashboardParams;
  today: string;
  dueSoonUntil: string;
  /** The limits the dashboard counts: the administration's own (the applicant's windows are not its work). */
  limits: readonly string[];
}

/** Running deadlines of open cases in scope, filtered as the dashboard asks (not by status). */
function running(db: Kysely<DB>, { scope, query, limits }: DashboardFilter) {
  let q = db
    .selectFrom('case_deadlines as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .where('d.status', 'in', ['open', 'suspended'])
    .where('d.limit_id', 'in', limits.length > 0 ? [...limits] : ['(none)'])
    .where('c.stage', '<>', 'closed');
  q = q.where(inListScope(scope, 'c'));
  if (query.officeId) q = q.where('c.office_id', '=', query.officeId);
  if (query.stage) q = q.where('c.stage', '=', query.stage);
  if (query.limit) q = q.where('d.limit_id', '=', query.limit);
  return q;
}

function countColumns({ today, dueSoonUntil }: DashboardFilter) {
  return [
    sql<number>`count(*) filter (where d.status = 'open' and d.due_on < ${today})::int`.as('overdue'),
    sql<number>`count(*) filter (where d.status = 'open' and d.due_on between ${today} and ${dueSoonUntil})::int`.as(
      'due_soon',
    ),
    sql<number>`count(*) filter (where d.status = 'suspended')::int`.as('suspended'),
  ] as const;
}

export async function countDeadlines(db: Kysely<DB>, filter: DashboardFilter) {
  const base = running(db, filter);
  const columns = countColumns(filter);
  const [totals, byOffice, byStage, byOfficer] = await Promise.all([
    base.select(columns).executeTakeFirstOrThrow(),
    base
      .innerJoin('offices as o', 'o.id', 'c.office_id')
      .select(columns)
      .select(['o.id as office_id', 'o.code as office_code', 'o.name as office_name'])
      .groupBy(['o.id', 'o.code', 'o.name'])
      .orderBy('o.code')
      .execute(),
    base.select(columns).select('c.stage').groupBy('c.stage').orderBy('c.stage').execute(),
    base
      .leftJoin('users as u', 'u.id', 'c.assigned_to')
      .select(columns)
      .select(['u.id as officer_id', 'u.name as officer_name'])
      .groupBy(['u.id', 'u.name'])
      .orderBy('u.name')
      .execute(),
  ]);
  return { totals, byOffice, byStage, byOfficer };
}

/** One page of the running deadlines that are overdue, due soon or suspended (or only one of these). */
export async function findDashboardItems(db: Kysely<DB>, filter: DashboardFilter) {
  const { query, today, dueSoonUntil } = filter;
  const q = running(db, filter).where((eb) => {
    const overdue = eb.and([eb('d.status', '=', 'open'), eb('d.due_on', '<', today)]);
    const dueSoon = eb.and([
      eb('d.status', '=', 'open'),
      eb('d.due_on', '>=', today),
      eb('d.due_on', '<=', dueSoonUntil),
    ]);
    const suspended = eb('d.status', '=', 'suspended');
    switch (query.status) {
      case 'overdue':
        return overdue;
      case 'due_soon':
        return dueSoon;
      case 'suspended':
        return suspended;
      case undefined:
        return eb.or([overdue, dueSoon, suspended]);
    }
  });
  const { total } = await q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .innerJoin('offices as o', 'o.id', 'c.office_id')
    .leftJoin('users as u', 'u.id', 'c.assigned_to')
    .select([
      'c.id as case_id',
      'c.case_number',
      'c.principal_name',
      'c.stage',
      'o.id as office_id',
      'o.code as office_code',
      'o.name as office_name',
      'u.id as officer_id',
      'u.name as officer_name',
      'd.limit_id',
      'd.due_on',
      'd.status',
    ])
    .orderBy(sql`d.due_on asc nulls last`)
    .orderBy('c.case_number')
    .orderBy('d.limit_id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { total, rows };
}
