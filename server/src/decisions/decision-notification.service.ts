import type { Kysely } from 'kysely';
import { CorrectNotificationInput, NotifyDecisionInput, type DecisionStepResult } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { advanceCase } from '../cases/advance-case';
import { assembleCaseFile } from '../cases/case.service';
import { findPeopleOfCase } from '../cases/case.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, forbidden, notFound, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { canNotify, decisionToActOn } from './decision-access';
import { nextDecisionStatus } from './decision-status';
import {
  findNotificationById,
  findNotifications,
  insertNotification,
  updateDecision,
} from './decision.repository';
import { assembleDecision, staleDecision } from './decision.service';

/**
 * Records that a person of the case was notified of the issued decision: date, method and proof. The
 * principal's first notification takes the procedure's notification step, which starts the appeal
 * clock. Only an issued decision is notified, so a draft or a returned one never is.
 */
export async function notifyDecision(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const input = parseOrThrow(NotifyDecisionInput, raw);
  return db.transaction().execute(async (trx) => {
    const { decision, kase } = await decisionToActOn(trx, actor, id, 'decision.notify');
    if (!canNotify(actor, kase)) throw forbidden();
    if (decision.version !== input.version) throw staleDecision(decision);
    if (nextDecisionStatus(decision.status, 'notify') === null)
      throw new AppError(
        'conflict',
        `The decision is ${decision.status}: only an issued decision is notified`,
      );
    if (decision.issued_on && input.notifiedOn < decision.issued_on)
      throw validationFailed([
        { path: 'notifiedOn', code: 'before_issue', message: 'A decision is notified after it is issued' },
      ]);
    const person = (await findPeopleOfCase(trx, kase.id)).find((p) => p.id === input.personId);
    if (!person)
      throw validationFailed([
        { path: 'personId', code: 'not_in_case', message: 'Not a person of this case' },
      ]);
    const earlier = await findNotifications(trx, id);
    const first = person.role === 'principal' && !earlier.some((n) => n.person_id === person.id);
    const notificationId = await insertNotification(trx, {
      decisionId: id,
      personId: person.id,
      notifiedOn: input.notifiedOn,
      method: input.method,
      explainedIn: input.explainedIn,
      proofKind: input.proofKind,
      proofReference: input.proofReference,
      correctsId: null,
      correctionReason: '',
      recordedBy: actor.id,
      at: now,
    });
    let updated = kase;
    if (first) {
      if (!(await updateDecision(trx, id, input.version, { status: 'notified' }, now)))
        throw staleDecision(decision);
      updated = await advanceCase(
        trx,
        actor,
        kase.id,
        {
          action: 'notify_decision',
          data: { notificationDate: input.notifiedOn },
          expectedVersion: input.caseVersion,
          record: { kind: 'notification', id: notificationId },
        },
        jurisdiction,
        now,
      );
    } else if (kase.version !== input.caseVersion) {
      throw staleCase(kase.version);
    }
    await recordAudit(trx, actor, {
      action: 'decision.notify',
      caseId: kase.id,
      details: { decisionId: id, notificationId, personRole: person.role, method: input.method, first },
    });
    const fresh = (await decisionToActOn(trx, actor, id, 'decision.read')).decision;
    return {
      decision: await assembleDecision(trx, actor, fresh, updated, jurisdiction.profile),
      case: await assembleCaseFile(trx, actor, updated, jurisdiction, now),
    };
  });
}

/**
 * Corrects a notification by appending a new one that names it and says why; the original stays.
 * The appeal clock keeps running from the date of the step taken (a corrected date that moves it is
 * for the lead's `recordCaseEvent`, not yet available).
 */
export async function correctNotification(
  db: Kysely<DB>,
  actor: Actor,
  notificationId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const input = parseOrThrow(CorrectNotificationInput, raw);
  return db.transaction().execute(async (trx) => {
    const original = await findNotificationById(trx, notificationId);
    if (!original) throw notFound('Notification not found');
    const { decision, kase } = await decisionToActOn(
      trx,
      actor,
      original.decision_id,
      'decision.notification_correct',
    );
    if (!canNotify(actor, kase)) throw forbidden();
    if (decision.version !== input.version) throw staleDecision(decision);
    if (kase.version !== input.caseVersion) throw staleCase(kase.version);
    const id = await insertNotification(trx, {
      decisionId: decision.id,
      personId: original.person_id,
      notifiedOn: input.notifiedOn,
      method: input.method,
      explainedIn: input.explainedIn,
      proofKind: input.proofKind,
      proofReference: input.proofReference,
      correctsId: original.id,
      correctionReason: input.reason,
      recordedBy: actor.id,
      at: now,
    });
    if (!(await updateDecision(trx, decision.id, input.version, {}, now))) throw staleDecision(decision);
    await recordAudit(trx, actor, {
      action: 'decision.notification_correct',
      caseId: kase.id,
      details: { decisionId: decision.id, notificationId: id, corrects: original.id },
    });
    const fresh = (await decisionToActOn(trx, actor, decision.id, 'decision.read')).decision;
    return {
      decision: await assembleDecision(trx, actor, fresh, kase, jurisdiction.profile),
      case: await assembleCaseFile(trx, actor, kase, jurisdiction, now),
    };
  });
}
