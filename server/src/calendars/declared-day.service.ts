import type { Kysely } from 'kysely';
import {
  CalendarYearQuery,
  DeclareNonWorkingDayInput,
  WithdrawDeclaredDayInput,
  type CalendarYearView,
  type DeclaredDayChangeResult,
  type DeclaredDayView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageCalendar, canReadCalendar } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import type { JurisdictionSource } from '../countries/jurisdiction';
import { runInBackground, startRecomputation } from '../deadlines/recomputation.service';
import { nonWorkingDays } from './calendar';
import { findDeclaredDayById, findDeclaredDaysOfYear, type DeclaredDayRow } from './declared-day.repository';

export interface CalendarDeps {
  source: JurisdictionSource;
  onError: (error: unknown) => void;
  now?: Date;
}

/** The year's non-working days other than weekends, with their sources, and the days the authority declared. */
export async function getCalendarYear(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  source: JurisdictionSource,
): Promise<CalendarYearView> {
  if (!canReadCalendar(actor)) throw forbidden();
  const { year } = parseOrThrow(CalendarYearQuery, raw);
  const calendar = await source.calendars.current(db);
  const declared = await findDeclaredDaysOfYear(db, source.calendars.country, year);
  return {
    country: source.calendars.country,
    year,
    days: nonWorkingDays(calendar, year).map((d) => ({
      date: d.date,
      reasons: d.reasons.map((r) => ({ ...r })),
    })),
    declared: declared.map(presentDeclaredDay),
    canDeclare: canManageCalendar(actor),
  };
}

/**
 * Declares a day non-working for the whole authority (an acuerdo in its gazette), with its legal basis.
 * The day counts from the next request on, in every process; the running cases' deadlines are
 * recomputed in batches and each case whose due date moved says so on its timeline.
 */
export async function declareNonWorkingDay(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  deps: CalendarDeps,
): Promise<DeclaredDayChangeResult> {
  if (!canManageCalendar(actor)) throw forbidden();
  const input = parseOrThrow(DeclareNonWorkingDayInput, raw);
  const country = deps.source.calendars.country;
  const id = crypto.randomUUID();
  const jobId = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('declared_non_working_days')
      .values({
        id,
        country,
        date: input.date,
        reason: input.reason,
        legal_basis: input.legalBasis,
        source: input.source,
        created_by: actor.id,
        ...(deps.now ? { created_at: deps.now } : {}),
      })
      // The unique index on the days in force decides, so two administrators at once cannot both pass.
      .onConflict((oc) => oc.columns(['country', 'date']).where('withdrawn_at', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      throw validationFailed([
        { path: 'date', code: 'already_declared', message: `${input.date} is already declared non-working` },
      ]);
    }
    await recordAudit(trx, actor, {
      action: 'calendar.declare_day',
      details: { declaredDayId: id, date: input.date },
    });
    return startRecomputation(
      trx,
      {
        kind: 'declared_day',
        change: 'declared',
        id,
        legalBasis: input.legalBasis,
        actorId: actor.id,
        day: input.date,
      },
      null,
    );
  });
  return answer(db, id, jobId, deps);
}

/** Withdraws a declared day (entered in error, or revoked); the row stays with who withdrew it and why. */
export async function withdrawDeclaredDay(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  deps: CalendarDeps,
): Promise<DeclaredDayChangeResult> {
  if (!canManageCalendar(actor)) throw forbidden();
  const input = parseOrThrow(WithdrawDeclaredDayInput, raw);
  const jobId = await db.transaction().execute(async (trx) => {
    const day = await findDeclaredDayById(trx, id);
    if (!day || day.country !== deps.source.calendars.country) throw notFound('Declared day not found');
    const updated = await trx
      .updateTable('declared_non_working_days')
      .set({ withdrawn_at: deps.now ?? new Date(), withdrawn_by: actor.id, withdrawal_reason: input.reason })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 'The day was already withdrawn');
    await recordAudit(trx, actor, {
      action: 'calendar.withdraw_day',
      details: { declaredDayId: id, date: day.date },
    });
    return startRecomputation(
      trx,
      {
        kind: 'declared_day',
        change: 'withdrawn',
        id,
        legalBasis: day.legal_basis,
        actorId: actor.id,
        day: day.date,
      },
      null,
    );
  });
  return answer(db, id, jobId, deps);
}

async function answer(
  db: Kysely<DB>,
  id: string,
  jobId: string,
  deps: CalendarDeps,
): Promise<DeclaredDayChangeResult> {
  const recomputation = await runInBackground(db, deps.source, jobId, { onError: deps.onError });
  return { day: presentDeclaredDay((await findDeclaredDayById(db, id))!), recomputation };
}

function presentDeclaredDay(row: DeclaredDayRow): DeclaredDayView {
  return {
    id: row.id,
    date: row.date,
    reason: row.reason,
    legalBasis: row.legal_basis,
    source: row.source,
    status: row.withdrawn_at ? 'withdrawn' : 'in_force',
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawalReason: row.withdrawal_reason,
  };
}
