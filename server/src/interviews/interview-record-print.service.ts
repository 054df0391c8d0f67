import type { Kysely } from 'kysely';
import { fullName, type CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReadClaim, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, notFound } from '../errors/app-error';
import { recordLanguage, renderInterviewRecord } from '../documents/interview-record.pdf';
import { findAddenda, findRecordById, findTurns } from './interview-record.repository';
import { presentRecord } from './interview-record.presenter';

/**
 * The confirmed record of an interview (acta) as PDF, for whoever may read the claim: case number,
 * date and times, who was present, the turns, the read-back and confirmation, the addenda. Printing
 * it is audited as a read of the record; an open record is not printed (it may still change).
 */
export async function printInterviewRecord(
  db: Kysely<DB>,
  actor: Actor,
  interviewId: string,
  profile: CountryProfile,
  now: Date,
): Promise<{ pdf: Buffer; filename: string }> {
  const found = await db
    .selectFrom('interview_records as r')
    .innerJoin('interviews as i', 'i.id', 'r.interview_id')
    .innerJoin('cases as k', 'k.id', 'i.case_id')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .select([
      'r.id',
      'k.case_number',
      'k.office_id',
      'k.appeal_on_file',
      'k.sensitive',
      'k.assigned_to as case_assigned_to',
      'k.registered_by as case_registered_by',
      'p.given_names',
      'p.first_surname',
      'p.second_surname',
    ])
    .where('r.interview_id', '=', interviewId)
    .executeTakeFirst();
  if (!found || !canReadClaim(actor, caseScopeOf(found))) {
    await recordAudit(db, actor, {
      action: 'case.read_denied',
      details: { interviewId, what: 'interview_record_pdf' },
    });
    throw notFound('Interview record not found');
  }
  const row = await findRecordById(db, found.id);
  if (!row) throw notFound('Interview record not found');
  if (row.status !== 'confirmed')
    throw new AppError(
      'conflict',
      'The record is still open: it is printed once confirmed after the read-back',
    );
  const [turns, addenda] = await Promise.all([findTurns(db, row.id), findAddenda(db, row.id)]);
  const record = presentRecord(row, turns, addenda, profile.timeZone, { edit: false, addendum: false });
  const lang = recordLanguage(profile);
  const pdf = await renderInterviewRecord(
    {
      profile,
      caseNumber: found.case_number,
      intervieweeName: fullName({
        givenNames: found.given_names,
        firstSurname: found.first_surname,
        secondSurname: found.second_surname,
      }),
      record,
      printedAt: now,
    },
    lang,
  );
  await recordAudit(db, actor, {
    action: 'interview_record.print',
    caseId: row.case_id,
    details: { recordId: row.id, interviewId, turns: turns.length, addenda: addenda.length },
  });
  return { pdf, filename: `acta-${found.case_number}-${record.date}.pdf` };
}
