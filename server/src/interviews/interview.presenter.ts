import {
  fullName,
  type InterviewAction,
  type InterviewView,
  type RemoteConsentView,
} from '@refugio/contract';
import type { Actor } from '../access/actor';
import {
  canConductInterview,
  canReadCase,
  canReadClaim,
  canScheduleInterview,
  caseScopeOf,
} from '../access/policy';
import type { ConsentRow, InterviewDetailRow } from './interview.repository';
import { localParts } from './local-time';

/** What the actor may do with the interview now, so the panel never guesses. */
export function interviewActions(actor: Actor, row: InterviewDetailRow): InterviewAction[] {
  const kase = caseScopeOf({ ...row, office_id: row.case_office_id });
  const actions: InterviewAction[] = [];
  const schedules = canScheduleInterview(actor, kase);
  const conducts = canConductInterview(actor, { officerId: row.officer_id }, kase);
  if (row.status === 'scheduled') {
    if (schedules) actions.push('reschedule', 'cancel');
    if (schedules || conducts) actions.push('record_no_show');
    if (conducts && row.record_id === null) actions.push('open_record');
    if (canReadCase(actor, kase)) actions.push('print_notice');
  }
  if (row.status === 'no_show' && row.no_show_justified_on === null && (schedules || conducts))
    actions.push('justify_no_show');
  if (row.record_id !== null && canReadClaim(actor, kase)) actions.push('view_record');
  return actions;
}

/** The justification of a no-show; its text only for those who may read the claim's narrative. */
function presentJustification(actor: Actor, row: InterviewDetailRow) {
  if (!row.no_show_justified_on || !row.no_show_justification_reason) return null;
  const kase = caseScopeOf({ ...row, office_id: row.case_office_id });
  return {
    receivedOn: row.no_show_justified_on,
    reason: row.no_show_justification_reason,
    details: canReadClaim(actor, kase) ? row.no_show_justification : null,
    recordedAt: row.no_show_justified_at?.toISOString() ?? null,
    by: row.no_show_justified_by
      ? { id: row.no_show_justified_by, name: row.no_show_justified_by_name ?? '' }
      : null,
  };
}

export function presentInterview(actor: Actor, row: InterviewDetailRow, timeZone: string): InterviewView {
  const start = localParts(row.starts_at, timeZone);
  const end = localParts(row.ends_at, timeZone);
  return {
    id: row.id,
    caseId: row.case_id,
    person: {
      id: row.person_id,
      name: fullName({
        givenNames: row.given_names,
        firstSurname: row.first_surname,
        secondSurname: row.second_surname,
      }),
    },
    purpose: row.purpose,
    drivesStage: row.drives_stage,
    officer: { id: row.officer_id, name: row.officer_name, sex: row.officer_sex },
    interpreter:
      row.interpreter_id && row.interpreter_name && row.interpreter_sex
        ? { id: row.interpreter_id, fullName: row.interpreter_name, sex: row.interpreter_sex }
        : null,
    language: row.language.trim(),
    room: row.room_id && row.room_name ? { id: row.room_id, name: row.room_name } : null,
    mode: row.mode,
    interpreterRemote: row.interpreter_remote,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    sameSexRequested: row.same_sex_requested,
    sameSexUnmet: row.same_sex_unmet as InterviewView['sameSexUnmet'],
    unmetReason: row.unmet_reason,
    status: row.status,
    cancelReason: row.cancel_reason,
    replacesId: row.replaces_id,
    noShow: row.no_show_waited_until
      ? {
          waitedUntil: row.no_show_waited_until.toISOString(),
          contactAttempts: Number(row.no_show_contact_attempts ?? 0),
          justification: presentJustification(actor, row),
        }
      : null,
    record: row.record_id && row.record_status ? { id: row.record_id, status: row.record_status } : null,
    version: row.version,
    actions: interviewActions(actor, row),
  };
}

export function presentConsent(row: ConsentRow): RemoteConsentView {
  return {
    id: row.id,
    personId: row.person_id,
    givenOn: row.given_on,
    method: row.method,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  };
}
