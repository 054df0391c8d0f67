import {
  agendaResourceKinds,
  fullName,
  type AgendaInterview,
  type AgendaResourceKind,
  type UnavailabilityView,
} from '@refugio/contract';
import type { Actor } from '../access/actor';
import { canReadCase, caseScopeOf } from '../access/policy';
import { localParts } from '../interviews/local-time';
import type { AgendaInterviewRow, BlockRow } from './agenda.repository';

/** Every field of an interview that leaves the server on the agenda; the name only for readers of the case. */
export function presentAgendaInterview(
  actor: Actor,
  row: AgendaInterviewRow,
  timeZone: string,
): AgendaInterview {
  const readable = canReadCase(actor, caseScopeOf({ ...row, office_id: row.case_office_id }));
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    officeId: row.office_id,
    canReadCase: readable,
    intervieweeName: readable
      ? fullName({
          givenNames: row.given_names,
          firstSurname: row.first_surname,
          secondSurname: row.second_surname,
        })
      : null,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    start: localParts(row.starts_at, timeZone),
    end: localParts(row.ends_at, timeZone),
    status: row.status,
    mode: row.mode,
    language: row.language.trim(),
    officer: { id: row.officer_id, name: row.officer_name },
    room: row.room_id && row.room_name ? { id: row.room_id, name: row.room_name } : null,
    interpreter:
      row.interpreter_id && row.interpreter_name
        ? { id: row.interpreter_id, fullName: row.interpreter_name }
        : null,
    interpreterRemote: row.interpreter_remote,
  };
}

/** A block of unavailability of an officer, a room or an interpreter (never an applicant's booking). */
export type AgendaBlockRow = BlockRow & { resource_kind: AgendaResourceKind };

export const isAgendaBlock = (row: BlockRow): row is AgendaBlockRow =>
  row.kind === 'unavailable' && (agendaResourceKinds as readonly string[]).includes(row.resource_kind);

export function presentBlock(row: AgendaBlockRow, timeZone: string, canRelease: boolean): UnavailabilityView {
  return {
    id: row.id,
    resourceKind: row.resource_kind,
    resourceId: row.resource_id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    start: localParts(row.starts_at, timeZone),
    end: localParts(row.ends_at, timeZone),
    note: row.note,
    createdBy:
      row.created_by && row.created_by_name ? { id: row.created_by, name: row.created_by_name } : null,
    releasedAt: row.released_at ? row.released_at.toISOString() : null,
    canRelease: canRelease && row.released_at === null,
  };
}
