import type {
  AppealedDecisionView,
  AppealInboxItem,
  AppealView,
  OverturnedDecision,
} from '@refugio/contract';
import type { IssuedDecision } from './decision-involvement';
import type { AppealRow } from './appeal.repository';

const actor = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** The appealed decision as the appeal recorded it when filed. */
function decisionOf(row: AppealRow): AppealedDecisionView {
  return {
    eventId: row.decision_event_id,
    recordId: row.decision_id,
    outcome: row.decision_outcome,
    issuedOn: row.decision_issued_on,
    notifiedOn: row.decision_notified_on,
    author: actor(row.decision_author_id, row.author_name),
    approver: actor(row.decision_approver_id, row.approver_name),
  };
}

export function presentIssuedDecision(decision: IssuedDecision): AppealedDecisionView {
  return {
    eventId: decision.eventId,
    recordId: decision.recordId,
    outcome: decision.outcome,
    issuedOn: decision.issuedOn,
    notifiedOn: decision.notifiedOn,
    author: decision.author,
    approver: decision.approver,
  };
}

/**
 * An appeal on the case file. Its grounds and the second instance's reasons are the claim's narrative:
 * they leave the server only for those who may read the claim (`withNarrative`).
 */
export function presentAppeal(
  row: AppealRow,
  options: { withNarrative: boolean; canDecide: boolean; canWithdraw: boolean },
): AppealView {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    decision: decisionOf(row),
    filedOn: row.filed_on,
    receivedBy: actor(row.received_by, row.received_by_name),
    grounds: options.withNarrative ? row.grounds : '',
    representative: row.representative,
    dueOn: row.due_on,
    timeliness: row.timeliness,
    lateReason: row.late_reason,
    status: row.status,
    decidedBy: actor(row.decided_by, row.decided_by_name),
    decidedOn: row.decided_on,
    outcome: row.outcome,
    reasons: options.withNarrative ? row.reasons : '',
    withdrawal:
      row.withdrawn_on && row.withdrawal_method
        ? {
            receivedOn: row.withdrawn_on,
            method: row.withdrawal_method,
            recordedBy: actor(row.withdrawn_by, row.withdrawn_by_name),
            note: options.withNarrative ? row.withdrawal_note : '',
          }
        : null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    canDecide: options.canDecide,
    canWithdraw: options.canWithdraw,
  };
}

/** An appeal in the inbox: no narrative at all. */
export function presentInboxItem(row: AppealRow): AppealInboxItem {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    office: { id: row.office_id, code: row.office_code },
    filedOn: row.filed_on,
    timeliness: row.timeliness,
    decisionOutcome: row.decision_outcome,
    status: row.status,
    outcome: row.outcome,
    decidedOn: row.decided_on,
  };
}

/** A decision set aside on appeal, with the appeal's reasons, for the people who made it. */
export function presentOverturned(row: AppealRow & { seen_at: Date | null }): OverturnedDecision {
  return {
    appealId: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    decision: decisionOf(row),
    appealOutcome: row.outcome!,
    decidedOn: row.decided_on!,
    decidedBy: actor(row.decided_by, row.decided_by_name),
    reasons: row.reasons,
    seen: row.seen_at !== null,
  };
}
