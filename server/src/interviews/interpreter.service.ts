import type { Kysely } from 'kysely';
import {
  InterpreterInput,
  InterpreterQuery,
  SetAvailabilityInput,
  UpdateInterpreterInput,
  type InterpreterList,
  type InterpreterView,
} from '@refugio/contract';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageInterpreters, canScheduleInterview, officeCaseScope } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import {
  findAvailability,
  findInterpreterById,
  findInterpreters,
  insertInterpreter,
  replaceAvailability,
  updateInterpreter,
} from './interpreter.repository';
import { presentInterpreter } from './interpreter.presenter';

/** Who reads the register: those who keep it and those who book interviews. */
function canReadRegister(actor: Actor): boolean {
  return (
    canManageInterpreters(actor) ||
    (actor.officeId !== null && canScheduleInterview(actor, officeCaseScope(actor.officeId)))
  );
}

const staleInterpreter = (current: number | undefined) =>
  new AppError(
    'conflict',
    current === undefined
      ? 'The interpreter has changed since you opened it. Reload and try again.'
      : `The interpreter has changed since you opened it: it is now at version ${current}. Reload and try again.`,
  );

/** The interpreter register, filtered by language, sex, office and whether active. */
export async function listInterpreters(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<InterpreterList> {
  if (!canReadRegister(actor)) throw forbidden();
  const query = parseOrThrow(InterpreterQuery, raw);
  const rows = await findInterpreters(db, {
    ...(query.language ? { language: query.language } : {}),
    ...(query.sex ? { sex: query.sex } : {}),
    ...(query.officeId ? { officeId: query.officeId } : {}),
    ...(query.active ? { active: query.active === 'true' } : {}),
  });
  const availability = await findAvailability(
    db,
    rows.map((r) => r.id),
  );
  return {
    interpreters: rows.map((r) => presentInterpreter(r, availability)),
    canManage: canManageInterpreters(actor),
  };
}

async function checkOffices(db: Kysely<DB>, officeIds: readonly string[], path: string): Promise<void> {
  if (officeIds.length === 0) return;
  const found = await db.selectFrom('offices').select('id').where('id', 'in', officeIds).execute();
  const known = new Set(found.map((o) => o.id));
  const missing = officeIds.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw validationFailed([
      { path: `${path}.${missing}`, code: 'unknown_office', message: 'No such office' },
    ]);
}

function columns(input: z.output<typeof InterpreterInput>) {
  return {
    full_name: input.fullName,
    sex: input.sex,
    languages: input.languages,
    language_notes: input.languageNotes,
    office_ids: input.officeIds,
    engagement: input.engagement,
    phone: input.phone,
    email: input.email,
    active: input.active,
    confidentiality_signed_on: input.confidentialitySignedOn,
  };
}

async function answer(db: Kysely<DB>, id: string): Promise<InterpreterView> {
  const row = await findInterpreterById(db, id);
  if (!row) throw notFound('Interpreter not found');
  return presentInterpreter(row, await findAvailability(db, [id]));
}

/** Adds an interpreter to the register. */
export async function createInterpreter(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
): Promise<InterpreterView> {
  if (!canManageInterpreters(actor)) throw forbidden();
  const input = parseOrThrow(InterpreterInput, raw);
  return db.transaction().execute(async (trx) => {
    await checkOffices(trx, input.officeIds, 'officeIds');
    const id = await insertInterpreter(trx, { ...columns(input), created_by: actor.id });
    await recordAudit(trx, actor, {
      action: 'interpreter.create',
      details: { interpreterId: id, languages: input.languages },
    });
    return answer(trx, id);
  });
}

/** Changes an interpreter's entry, from the version the user saw. */
export async function updateInterpreterEntry(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  now: Date,
): Promise<InterpreterView> {
  if (!canManageInterpreters(actor)) throw forbidden();
  const input = parseOrThrow(UpdateInterpreterInput, raw);
  return db.transaction().execute(async (trx) => {
    const current = await findInterpreterById(trx, id);
    if (!current) throw notFound('Interpreter not found');
    await checkOffices(trx, input.officeIds, 'officeIds');
    const version = await updateInterpreter(trx, id, input.version, columns(input), now);
    if (version === undefined) throw staleInterpreter(current.version);
    await recordAudit(trx, actor, {
      action: 'interpreter.update',
      details: { interpreterId: id, version, active: input.active },
    });
    return answer(trx, id);
  });
}

/** Replaces an interpreter's weekly availability as a set, under the interpreter's version. */
export async function setInterpreterAvailability(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  now: Date,
): Promise<InterpreterView> {
  if (!canManageInterpreters(actor)) throw forbidden();
  const input = parseOrThrow(SetAvailabilityInput, raw);
  return db.transaction().execute(async (trx) => {
    const current = await findInterpreterById(trx, id);
    if (!current) throw notFound('Interpreter not found');
    const offices = input.windows.map((w) => w.officeId).filter((o): o is string => o !== null);
    await checkOffices(trx, [...new Set(offices)], 'windows');
    const version = await updateInterpreter(trx, id, input.version, {}, now);
    if (version === undefined) throw staleInterpreter(current.version);
    await replaceAvailability(trx, id, input.windows);
    await recordAudit(trx, actor, {
      action: 'interpreter.update',
      details: { interpreterId: id, version, availabilityWindows: input.windows.length },
    });
    return answer(trx, id);
  });
}
