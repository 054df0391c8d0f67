import type { Kysely } from 'kysely';
import { DeadlineDashboardQuery, TimeLimitId, todayIn, type DeadlineDashboard } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { caseListScope } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { forbidden } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { addWorkingDays, workingDaysBetween } from '../calendars/day-count';
import { countDeadlines, findDashboardItems } from './dashboard.repository';

/**
 * The deadline dashboard: the administration's running limits (not the applicant's windows) overdue,
 * due within N working days and suspended, counted by office, stage and officer, and one page of them
 * soonest first. Same office scope as the case list.
 */
export async function getDeadlineDashboard(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  { profile, calendar }: Jurisdiction,
  now = new Date(),
): Promise<DeadlineDashboard> {
  const query = parseOrThrow(DeadlineDashboardQuery, raw);
  const scope = caseListScope(actor);
  if (scope === 'none') throw forbidden();
  const today = todayIn(profile.timeZone, now);
  const dueSoonUntil = addWorkingDays(calendar, today, query.within).date;
  const limits = [
    ...new Set(
      profile.procedure.timeLimits.flatMap((l) =>
        l.status === 'known' && l.whose === 'administration' ? [l.id] : [],
      ),
    ),
  ];
  const filter = { scope, query, today, dueSoonUntil, limits };
  const [{ totals, byOffice, byStage, byOfficer }, { total, rows }] = await Promise.all([
    countDeadlines(db, filter),
    findDashboardItems(db, filter),
  ]);
  await recordAudit(db, actor, { action: 'deadlines.dashboard', details: { results: total } });
  const count = (r: { overdue: number; due_soon: number; suspended: number }) => ({
    overdue: r.overdue,
    dueSoon: r.due_soon,
    suspended: r.suspended,
  });
  return {
    today,
    dueSoonUntil,
    totals: count(totals),
    byOffice: byOffice.map((r) => ({
      ...count(r),
      office: { id: r.office_id, code: r.office_code, name: r.office_name },
    })),
    byStage: byStage.map((r) => ({ ...count(r), stage: r.stage })),
    byOfficer: byOfficer.map((r) => ({
      ...count(r),
      officer: r.officer_id ? { id: r.officer_id, name: r.officer_name ?? '' } : null,
    })),
    items: rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      principalName: r.principal_name,
      office: { id: r.office_id, code: r.office_code, name: r.office_name },
      stage: r.stage,
      officer: r.officer_id ? { id: r.officer_id, name: r.officer_name ?? '' } : null,
      limit: TimeLimitId.parse(r.limit_id),
      dueDate: r.due_on,
      status: r.status === 'suspended' ? 'suspended' : r.due_on! < today ? 'overdue' : 'open',
      workingDaysLeft: r.due_on === null ? null : workingDaysBetween(calendar, today, r.due_on),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
