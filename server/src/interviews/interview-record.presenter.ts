import type { InterviewRecordView } from '@refugio/contract';
import type { AddendumRow, RecordRow, TurnRow } from './interview-record.repository';
import { localParts } from './local-time';

export function presentRecord(
  row: RecordRow,
  turns: readonly TurnRow[],
  addenda: readonly AddendumRow[],
  timeZone: string,
  can: { edit: boolean; addendum: boolean },
): InterviewRecordView {
  const open = row.status === 'open';
  return {
    id: row.id,
    interviewId: row.interview_id,
    caseId: row.case_id,
    date: localParts(row.started_at, timeZone).date,
    language: row.language.trim(),
    officer: { id: row.officer_id, name: row.officer_name },
    interpreter:
      row.interpreter_id && row.interpreter_name
        ? { id: row.interpreter_id, fullName: row.interpreter_name }
        : null,
    startTime: localParts(row.started_at, timeZone).time,
    endTime: row.ended_at ? localParts(row.ended_at, timeZone).time : null,
    attendees: row.attendees,
    informationGiven: row.information_given,
    fitness: row.fitness,
    observations: row.observations,
    status: row.status,
    readBackAt: row.read_back_at?.toISOString() ?? null,
    readBackLanguage: row.read_back_language?.trim() ?? null,
    applicantConfirmation: row.applicant_confirmation,
    applicantRemarks: row.applicant_remarks,
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    confirmedBy: row.confirmed_by ? { id: row.confirmed_by, name: row.confirmed_by_name ?? '' } : null,
    contentSha256: row.content_sha256,
    turns: turns.map((t) => ({
      id: String(t.id),
      position: t.position,
      speaker: t.speaker,
      text: t.text,
      duringReadBack: t.during_read_back,
    })),
    addenda: addenda.map((a) => ({
      id: a.id,
      position: a.position,
      kind: a.kind,
      text: a.text,
      author: a.author_id ? { id: a.author_id, name: a.author_name ?? '' } : null,
      readBackAt: a.read_back_at?.toISOString() ?? null,
      applicantConfirmation: a.applicant_confirmation,
      createdAt: a.created_at.toISOString(),
    })),
    version: row.version,
    canEdit: open && can.edit,
    canConfirm: open && can.edit,
    canAddAddendum: !open && can.addendum,
  };
}
