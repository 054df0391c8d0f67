import type { Kysely } from 'kysely';
import {
  CorrectNotificationInput,
  NotifyDecisionInput,
  todayIn,
  type DecisionStepResult,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { advanceCase } from '../cases/advance-case';
import { assembleCaseFile } from '../cases/case.service';
import { bumpCaseVersion, findCaseById, findPeopleOfCase, insertCaseEvent } from '../cases/case.repository';
import { refreshDeadlines } from '../deadlines/deadline-refresh';
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
  type NotificationRow,
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
 * When the corrected one is the principal's first notification of the case's current decision (the
 * one that took the notification step) and its date changes, the case records a
 * `notification_corrected` event marking the new date: the appeal clock then runs from it, and the
 * case's deadlines are recomputed in the same transaction.
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
    const notifications = await findNotifications(trx, decision.id);
    if (notifications.some((n) => n.corrects_id === original.id))
      throw new AppError(
        'conflict',
        'This notification has already been corrected: correct the latest correction instead',
      );
    if (decision.issued_on && input.notifiedOn < decision.issued_on)
      throw validationFailed([
        { path: 'notifiedOn', code: 'before_issue', message: 'A decision is notified after it is issued' },
      ]);
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
    let updated = kase;
    const movesClock =
      input.notifiedOn !== original.notified_on &&
      decision.status === 'notified' &&
      tookNotificationStep(notifications, original.id, await principalOf(trx, kase.id));
    if (movesClock) {
      if (!(await bumpCaseVersion(trx, { caseId: kase.id, version: input.caseVersion, now })))
        throw staleCase((await findCaseById(trx, kase.id))?.version ?? kase.version);
      await insertCaseEvent(
        trx,
        {
          caseId: kase.id,
          type: 'notification_corrected',
          actorId: actor.id,
          occurredAt: now,
          data: {
            marks: { event: 'written_notification', date: input.notifiedOn },
            from: original.notified_on,
            record: { kind: 'notification', id },
          },
        },
        {
          actor,
          entry: {
            action: 'case.notification_corrected',
            caseId: kase.id,
            details: {
              decisionId: decision.id,
              notificationId: id,
              from: original.notified_on,
              to: input.notifiedOn,
            },
          },
        },
      );
      updated = (await findCaseById(trx, kase.id))!;
      await refreshDeadlines(trx, jurisdiction, [updated], todayIn(jurisdiction.profile.timeZone, now));
    }
    const fresh = (await decisionToActOn(trx, actor, decision.id, 'decision.read')).decision;
    return {
      decision: await assembleDecision(trx, actor, fresh, updated, jurisdiction.profile),
      case: await assembleCaseFile(trx, actor, updated, jurisdiction, now),
    };
  });
}

/**
 * Whether this notification (or the one it corrects, back to the first) is the one that took the
 * case's notification step: the principal's first, the only one whose date the appeal clock counts.
 */
function tookNotificationStep(
  notifications: readonly NotificationRow[],
  notificationId: string,
  principalId: string | undefined,
): boolean {
  let root = notifications.find((n) => n.id === notificationId);
  while (root?.corrects_id) root = notifications.find((n) => n.id === root!.corrects_id);
  const firstOfPrincipal = notifications.find((n) => n.person_id === principalId && n.corrects_id === null);
  return root !== undefined && firstOfPrincipal?.id === root.id;
}

async function principalOf(trx: Kysely<DB>, caseId: string): Promise<string | undefined> {
  return (await findPeopleOfCase(trx, caseId)).find((p) => p.role === 'principal')?.id;
}
