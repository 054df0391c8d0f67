import type { Kysely } from 'kysely';
import { ProcedureActionInput, type CaseDetail } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import type { ActionId } from '../procedure/procedure';
import { stepTakenVia } from '../procedure/record-driven';
import { assembleCaseFile } from './case.service';
import { findCaseToActOn } from './case-to-act-on';
import { advanceCase } from './advance-case';

/**
 * Takes one step of the country's procedure on a case through the generic step form (examine
 * admissibility, remit, close, reopen, and every step whose records are not yet kept): the engine
 * checks the role, the stage and the data; the case moves only from the version the user saw, and its
 * new stage, the event (with the date it marks) and the audit entry are written in one transaction.
 * A step driven by a record (an interview, a decision, an appeal) is refused here: it is taken from
 * its panel. Answers with the updated case file.
 */
export async function takeProcedureAction(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  action: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(ProcedureActionInput, raw);
  const procedure = jurisdiction.profile.procedure;
  if (!procedure.transitions.some((t) => t.action === action)) {
    throw validationFailed([
      { path: 'action', code: 'unknown_action', message: `This procedure has no action ${action}` },
    ]);
  }
  await findCaseToActOn(db, actor, caseId, action);
  const via = stepTakenVia(action as ActionId);
  if (via !== 'form') throw new AppError('conflict', `This step is taken from the ${via} panel of the case`);

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
