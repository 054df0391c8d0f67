import type { Kysely } from 'kysely';
import {
  CorrectSuspensionInput,
  LiftSuspensionInput,
  SuspendClocksInput,
  SuspensionListQuery,
  WithdrawSuspensionInput,
  todayIn,
  type SuspensionChangeResult,
  type SuspensionList,
  type SuspensionView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import {
  canManageSuspension,
  caseListScope,
  suspensionListScope,
  suspensionScopesFor,
} from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { currentJurisdiction, type JurisdictionSource } from '../countries/jurisdiction';
import { findCaseById, insertCaseEvent } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findOfficeById } from '../offices/office.repository';
import { refreshDeadlines } from './deadline-refresh';
import { presentSuspension } from './suspension.presenter';
import {
  findSuspensionById,
  findSuspensionChanges,
  findSuspensions,
  insertSuspension,
  insertSuspensionChange,
  updateSuspension,
  type SuspensionRow,
} from './suspension.repository';
import { runInBackground, startRecomputation, type RecomputationCause } from './recomputation.service';

export interface SuspensionDeps {
  source: JurisdictionSource;
  /** Logs a background recomputation's failure (ids only); it resumes on the next start. */
  onError: (error: unknown) => void;
  now?: Date;
}

type Change = 'created' | 'lifted' | 'corrected' | 'withdrawn';
const caseEventType: Record<Change, string> = {
  created: 'clock_suspended',
  lifted: 'clock_suspension_lifted',
  corrected: 'clock_suspension_corrected',
  withdrawn: 'clock_suspension_withdrawn',
};

/**
 * Suspends the clocks of a case, an office or the whole authority from a date, with its legal basis.
 * The suspension, its first history entry and the audit entry commit together with either the case's
 * recomputed deadlines (case scope) or a recomputation of every running case it covers, which then runs
 * in batches; the answer says how far it got.
 */
export async function suspendClocks(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  deps: SuspensionDeps,
): Promise<SuspensionChangeResult> {
  const input = parseOrThrow(SuspendClocksInput, raw);
  const now = deps.now ?? new Date();
  let officeId: string | null = null;
  if (input.scope === 'case') {
    const kase = await findCaseToActOn(db, actor, input.caseId!, 'suspend');
    officeId = kase.office_id;
  } else if (input.scope === 'office') {
    if (!(await findOfficeById(db, input.officeId!)))
      throw validationFailed([{ path: 'officeId', code: 'unknown', message: 'No such office' }]);
    officeId = input.officeId!;
  }
  if (!canManageSuspension(actor, { scope: input.scope, officeId })) throw forbidden();

  const id = crypto.randomUUID();
  const jobId = await db.transaction().execute(async (trx) => {
    await insertSuspension(trx, {
      id,
      scope: input.scope,
      case_id: input.scope === 'case' ? input.caseId! : null,
      office_id: input.scope === 'office' ? officeId : null,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      legal_basis: input.legalBasis,
      reason: input.reason,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
    });
    const row = (await findSuspensionById(trx, id))!;
    return afterChange(trx, actor, row, 'created', input.reason, deps, now);
  });
  return answer(db, actor, id, jobId, deps);
}

/** Lifts, corrects or withdraws a suspension, from the version the user saw; the history keeps every state. */
export async function changeSuspension(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  change: 'lift' | 'correct' | 'withdraw',
  raw: unknown,
  deps: SuspensionDeps,
): Promise<SuspensionChangeResult> {
  const now = deps.now ?? new Date();
  const seen = await findSuspensionById(db, id);
  if (!seen || !visibleTo(actor, seen)) throw notFound('Suspension not found');
  if (!canManageSuspension(actor, { scope: seen.scope, officeId: officeOf(seen) })) throw forbidden();

  const jobId = await db.transaction().execute(async (trx) => {
    const current = (await findSuspensionById(trx, id))!;
    let next: {
      starts_on: string;
      ends_on: string | null;
      legal_basis: string;
      status: 'active' | 'withdrawn';
    };
    let reason: string;
    let version: number;
    let kind: Change;
    switch (change) {
      case 'lift': {
        const input = parseOrThrow(LiftSuspensionInput, raw);
        ({ version } = input);
        checkVersion(current, version);
        if (current.ends_on !== null)
          throw new AppError(
            'conflict',
            `The suspension already ends on ${current.ends_on}: correct it instead`,
          );
        if (input.endsOn < current.starts_on)
          throw validationFailed([
            { path: 'endsOn', code: 'before_start', message: 'The end is before the start' },
          ]);
        next = {
          starts_on: current.starts_on,
          ends_on: input.endsOn,
          legal_basis: current.legal_basis,
          status: 'active',
        };
        reason = '';
        kind = 'lifted';
        break;
      }
      case 'correct': {
        const input = parseOrThrow(CorrectSuspensionInput, raw);
        ({ version, reason } = input);
        checkVersion(current, version);
        next = {
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          legal_basis: input.legalBasis,
          status: 'active',
        };
        kind = 'corrected';
        break;
      }
      case 'withdraw': {
        const input = parseOrThrow(WithdrawSuspensionInput, raw);
        ({ version, reason } = input);
        checkVersion(current, version);
        next = {
          starts_on: current.starts_on,
          ends_on: current.ends_on,
          legal_basis: current.legal_basis,
          status: 'withdrawn',
        };
        kind = 'withdrawn';
        break;
      }
    }
    if (current.status === 'withdrawn')
      throw new AppError('conflict', 'The suspension was withdrawn; enter a new one instead');
    const updated = await updateSuspension(trx, id, version, { ...next, now });
    if (updated === undefined) throw stale((await findSuspensionById(trx, id))?.version ?? current.version);
    const row = (await findSuspensionById(trx, id))!;
    return afterChange(trx, actor, row, kind, reason, deps, now);
  });
  return answer(db, actor, id, jobId, deps);
}

/**
 * The history entry, the audit entry, and the clocks: a case suspension recomputes its case now and
 * says so on its timeline; a wider one starts a recomputation. Answers the recomputation's id, if any.
 */
async function afterChange(
  trx: Kysely<DB>,
  actor: Actor,
  row: SuspensionRow,
  kind: Change,
  reason: string,
  deps: SuspensionDeps,
  now: Date,
): Promise<string | null> {
  await insertSuspensionChange(trx, {
    suspension_id: row.id,
    kind,
    starts_on: row.starts_on,
    ends_on: row.ends_on,
    legal_basis: row.legal_basis,
    reason: kind === 'created' ? row.reason : reason,
    actor_id: actor.id,
    occurred_at: now,
  });
  const details = { suspensionId: row.id, scope: row.scope, change: kind, officeId: row.office_id };
  if (row.scope !== 'case') {
    await recordAudit(trx, actor, { action: 'clock.suspension', details });
    const cause: RecomputationCause = {
      kind: 'suspension',
      change: kind,
      id: row.id,
      legalBasis: row.legal_basis,
      actorId: actor.id,
    };
    return startRecomputation(trx, cause, row.office_id);
  }
  const kase = (await findCaseById(trx, row.case_id!))!;
  const jurisdiction = await currentJurisdiction(deps.source, trx);
  const changes = await refreshDeadlines(
    trx,
    jurisdiction,
    [kase],
    todayIn(jurisdiction.profile.timeZone, now),
  );
  await insertCaseEvent(
    trx,
    {
      caseId: kase.id,
      type: caseEventType[kind],
      actorId: actor.id,
      occurredAt: now,
      data: {
        suspensionId: row.id,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        legalBasis: row.legal_basis,
        changes: changes.get(kase.id) ?? [],
      },
    },
    { actor, entry: { action: 'clock.suspension', caseId: kase.id, details } },
  );
  return null;
}

async function answer(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  jobId: string | null,
  deps: SuspensionDeps,
): Promise<SuspensionChangeResult> {
  const recomputation = jobId
    ? await runInBackground(db, deps.source, jobId, { onError: deps.onError })
    : null;
  const row = (await findSuspensionById(db, id))!;
  return { suspension: present(actor, row, await findSuspensionChanges(db, [id])), recomputation };
}

/** The suspensions touching the cases the actor can read, newest first, each with its history. */
export async function listSuspensions(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<SuspensionList> {
  const query = parseOrThrow(SuspensionListQuery, raw);
  const scope = suspensionListScope(actor);
  if (scope === 'none') throw forbidden();
  const rows = await findSuspensions(db, {
    officeId: scope === 'all' ? null : scope.officeId,
    status: query.status,
    ...(query.caseId ? { caseId: query.caseId } : {}),
    visible: caseListScope(actor),
  });
  const changes = await findSuspensionChanges(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => present(actor, r, changes)), canSuspend: suspensionScopesFor(actor) };
}

function present(
  actor: Actor,
  row: SuspensionRow,
  changes: Parameters<typeof presentSuspension>[1],
): SuspensionView {
  const manageable =
    row.status === 'active' && canManageSuspension(actor, { scope: row.scope, officeId: officeOf(row) });
  const actions: SuspensionView['actions'] = !manageable
    ? []
    : row.ends_on === null
      ? ['lift', 'correct', 'withdraw']
      : ['correct', 'withdraw'];
  return presentSuspension(row, changes, actions);
}

/** The office a suspension belongs to: its own for office scope, its case's for case scope. */
function officeOf(row: SuspensionRow): string | null {
  return row.scope === 'office' ? row.office_id : row.scope === 'case' ? row.case_office_id : null;
}

function visibleTo(actor: Actor, row: SuspensionRow): boolean {
  const scope = suspensionListScope(actor);
  if (scope === 'none') return false;
  if (scope === 'all' || row.scope === 'authority') return true;
  return officeOf(row) === scope.officeId;
}

function checkVersion(row: SuspensionRow, version: number): void {
  if (row.version !== version) throw stale(row.version);
}

function stale(current: number): AppError {
  return new AppError(
    'conflict',
    `The suspension has changed since you opened it: it is now at version ${current}. Reload it and try again.`,
  );
}
