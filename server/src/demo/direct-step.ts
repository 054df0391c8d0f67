import type { Kysely } from 'kysely';
import { ProcedureActionInput, type CaseDetail } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { parseOrThrow } from '../errors/parse';
import type { ActionId } from '../procedure/procedure';
import { advanceCase } from '../cases/advance-case';
import { assembleCaseFile } from '../cases/case.service';
import { findCaseToActOn } from '../cases/case-to-act-on';

/**
 * Takes a procedure step without the record that normally drives it, as a file kept on paper before
 * Refugio was moves on: for the demo's history, the benchmark and tests of the engine. No route exposes
 * it; the same policy, engine and transaction apply as for the generic step route.
 */
export async function stepCase(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  action: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(ProcedureActionInput, raw);
  await findCaseToActOn(db, actor, caseId, action);
  return db.transaction().execute(async (trx) => {
    const updated = await advanceCase(
      trx,
      actor,
      caseId,
      { action: action as ActionId, data: input.data, expectedVersion: input.version },
      jurisdiction,
      now,
    );
    return assembleCaseFile(trx, actor, updated, jurisdiction, now);
  });
}
