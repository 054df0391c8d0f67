import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  RecordTimeLimitRuleInput,
  TimeLimit,
  WithdrawTimeLimitRuleInput,
  type CountryProfile,
  type FieldError,
  type TimeLimitRuleChangeResult,
  type TimeLimitRulesView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageProcedureRules, canReadProcedureRules } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import type { JurisdictionSource } from '../countries/jurisdiction';
import { runInBackground, startRecomputation } from '../deadlines/recomputation.service';
import type { KnownTimeLimit } from '../procedure/procedure';
import { findTimeLimitRuleById, findTimeLimitRules } from './time-limit-rule.repository';
import {
  presentProfileVersion,
  presentRecordedVersion,
  type RecordedVersionRow,
} from './time-limit-rule.presenter';

export interface TimeLimitRuleDeps {
  source: JurisdictionSource;
  onError: (error: unknown) => void;
  now?: Date;
}

/** Every time limit of the procedure with its versions: the profile's, then those the authority recorded. */
export async function listTimeLimitRules(
  db: Kysely<DB>,
  actor: Actor,
  source: JurisdictionSource,
): Promise<TimeLimitRulesView> {
  if (!canReadProcedureRules(actor)) throw forbidden();
  const recorded = await findTimeLimitRules(db, source.profile.code);
  const ids = [...new Set(source.profile.procedure.timeLimits.map((l) => l.id))];
  return {
    country: source.profile.code,
    limits: ids.map((id) => ({
      id,
      versions: [
        ...source.profile.procedure.timeLimits.filter((l) => l.id === id).map(presentProfileVersion),
        ...recorded.filter((r) => r.limit_id === id).map(presentRecordedVersion),
      ],
    })),
    canManage: canManageProcedureRules(actor),
  };
}

/**
 * Records a version of a time limit from a date, with its legal basis: a rule the profile leaves
 * unknown, or the law changed. Limits that started on or after that date count by it from the next
 * request on; the running cases are recomputed and each one whose due date moved says so.
 */
export async function recordTimeLimitRule(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  deps: TimeLimitRuleDeps,
): Promise<TimeLimitRuleChangeResult> {
  if (!canManageProcedureRules(actor)) throw forbidden();
  const input = parseOrThrow(RecordTimeLimitRuleInput, raw);
  const id = crypto.randomUUID();
  const jobId = await db.transaction().execute(async (trx) => {
    const profile = await deps.source.rules.current(trx);
    const rule = ruleOf(profile, input);
    const inserted = await trx
      .insertInto('time_limit_rules')
      .values({
        id,
        country: profile.code,
        limit_id: input.limit,
        effective_from: input.effectiveFrom,
        rule: JSON.stringify(rule),
        created_by: actor.id,
        ...(deps.now ? { created_at: deps.now } : {}),
      })
      // The unique index decides, so two administrators at once cannot both record the same date.
      .onConflict((oc) =>
        oc.columns(['country', 'limit_id', 'effective_from']).where('withdrawn_at', 'is', null).doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw sameDate(input.effectiveFrom);
    await recordAudit(trx, actor, {
      action: 'procedure.record_time_limit',
      details: { ruleId: id, limit: input.limit, effectiveFrom: input.effectiveFrom },
    });
    return startRecomputation(
      trx,
      { kind: 'time_limit_rule', change: 'recorded', id, legalBasis: input.legalBasis, actorId: actor.id },
      null,
    );
  });
  return answer(db, id, jobId, deps);
}

/** Withdraws a recorded version (entered in error, or repealed); the row stays with who withdrew it and why. */
export async function withdrawTimeLimitRule(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  deps: TimeLimitRuleDeps,
): Promise<TimeLimitRuleChangeResult> {
  if (!canManageProcedureRules(actor)) throw forbidden();
  const input = parseOrThrow(WithdrawTimeLimitRuleInput, raw);
  const jobId = await db.transaction().execute(async (trx) => {
    const rule = await findTimeLimitRuleById(trx, id);
    if (!rule || rule.country !== deps.source.profile.code) throw notFound('Time limit rule not found');
    const updated = await trx
      .updateTable('time_limit_rules')
      .set({ withdrawn_at: deps.now ?? new Date(), withdrawn_by: actor.id, withdrawal_reason: input.reason })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 'The rule was already withdrawn');
    await recordAudit(trx, actor, {
      action: 'procedure.withdraw_time_limit',
      details: { ruleId: id, limit: rule.limit_id, effectiveFrom: rule.effective_from },
    });
    const legalBasis = String((rule.rule as { legalBasis?: unknown }).legalBasis ?? '');
    return startRecomputation(
      trx,
      { kind: 'time_limit_rule', change: 'withdrawn', id, legalBasis, actorId: actor.id },
      null,
    );
  });
  return answer(db, id, jobId, deps);
}

/**
 * The version as the profile would hold it, checked against the procedure: a limit the profile
 * lists, events that some step marks, a start date no other version in force has, and the extension
 * of the version it follows when asked for.
 */
function ruleOf(profile: CountryProfile, parsed: z.output<typeof RecordTimeLimitRuleInput>): KnownTimeLimit {
  const { procedure } = profile;
  const versions = procedure.timeLimits.filter((l) => l.id === parsed.limit);
  const marked = new Set<string>(['entry', 'filing', ...procedure.transitions.flatMap((t) => t.marks ?? [])]);
  const problems: FieldError[] = [];
  if (versions.length === 0)
    problems.push({ path: 'limit', code: 'unknown_limit', message: `The procedure has no ${parsed.limit}` });
  if (!marked.has(parsed.startsOn))
    problems.push({ path: 'startsOn', code: 'never_marked', message: `No step records ${parsed.startsOn}` });
  if (!marked.has(parsed.metBy))
    problems.push({ path: 'metBy', code: 'never_marked', message: `No step records ${parsed.metBy}` });
  if (parsed.metBy === parsed.startsOn)
    problems.push({
      path: 'metBy',
      code: 'same_event',
      message: 'A limit cannot be met by the event that starts it',
    });
  const known = versions.filter((l): l is KnownTimeLimit => l.status === 'known');
  if (known.some((l) => l.effectiveFrom === parsed.effectiveFrom))
    problems.push(sameDateField(parsed.effectiveFrom));
  const previous = known
    .filter((l) => typeof l.effectiveFrom !== 'string' || l.effectiveFrom < parsed.effectiveFrom)
    .sort((a, b) => String(b.effectiveFrom).localeCompare(String(a.effectiveFrom)))[0];
  if (parsed.extension === 'previous' && previous?.extension.status !== 'known')
    problems.push({
      path: 'extension',
      code: 'no_previous_extension',
      message: 'No earlier version of this limit has a known extension rule',
    });
  if (problems.length > 0) throw validationFailed(problems);

  const rule = TimeLimit.parse({
    status: 'known',
    id: parsed.limit,
    startsOn: parsed.startsOn,
    metBy: parsed.metBy,
    length: parsed.length,
    unit: parsed.unit,
    whose: parsed.whose,
    legalBasis: parsed.legalBasis,
    source: parsed.source,
    effectiveFrom: parsed.effectiveFrom,
    extension:
      parsed.extension === 'previous' && previous
        ? previous.extension
        : { status: 'unknown', note: 'No extension rule was recorded with this version.' },
    ...(parsed.note ? { note: parsed.note } : {}),
  });
  return rule as KnownTimeLimit;
}

function sameDateField(date: string): FieldError {
  return {
    path: 'effectiveFrom',
    code: 'version_exists',
    message: `A version of this limit already applies from ${date}: withdraw it or choose another date`,
  };
}

const sameDate = (date: string) => validationFailed([sameDateField(date)]);

async function answer(
  db: Kysely<DB>,
  id: string,
  jobId: string,
  deps: TimeLimitRuleDeps,
): Promise<TimeLimitRuleChangeResult> {
  const recomputation = await runInBackground(db, deps.source, jobId, { onError: deps.onError });
  const row: RecordedVersionRow = (await findTimeLimitRuleById(db, id))!;
  return { rule: presentRecordedVersion(row), recomputation };
}
