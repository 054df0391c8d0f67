import type { Kysely } from 'kysely';
import { fullName, type CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReadCase, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { notFound } from '../errors/app-error';
import { noticeLanguage, renderInterviewNotice } from '../documents/interview-notice.pdf';
import { localParts } from './local-time';

/**
 * The citatorio of a scheduled interview, in the interviewee's language where the notice has a
 * translation, else the country's official language. Printing it is audited.
 */
export async function printInterviewNotice(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  profile: CountryProfile,
  now: Date,
): Promise<{ pdf: Buffer; filename: string }> {
  const row = await db
    .selectFrom('interviews as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .innerJoin('offices as o', 'o.id', 'i.office_id')
    .leftJoin('rooms as r', 'r.id', 'i.room_id')
    .select([
      'i.id',
      'i.case_id',
      'c.office_id',
      'c.appeal_on_file',
      'c.sensitive',
      'c.assigned_to as case_assigned_to',
      'c.registered_by as case_registered_by',
      'i.status',
      'i.starts_at',
      'i.ends_at',
      'i.mode',
      'i.language',
      'i.interpreter_id',
      'c.case_number',
      'p.given_names',
      'p.first_surname',
      'p.second_surname',
      'p.languages',
      'o.name as office_name',
      'o.city as office_city',
      'r.name as room_name',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row || !canReadCase(actor, caseScopeOf(row)) || row.status !== 'scheduled') {
    await recordAudit(db, actor, {
      action: 'case.read_denied',
      details: { interviewId: id, what: 'notice' },
    });
    throw notFound('Interview not found');
  }
  const start = localParts(row.starts_at, profile.timeZone);
  const lang = noticeLanguage(row.languages, profile);
  const pdf = await renderInterviewNotice(
    {
      profile,
      caseNumber: row.case_number,
      personName: fullName({
        givenNames: row.given_names,
        firstSurname: row.first_surname,
        secondSurname: row.second_surname,
      }),
      date: start.date,
      startTime: start.time,
      endTime: localParts(row.ends_at, profile.timeZone).time,
      mode: row.mode,
      office: { name: row.office_name, city: row.office_city },
      room: row.room_name,
      interpreterLanguage: row.interpreter_id ? row.language.trim() : null,
      issuedAt: now,
      documentId: row.id,
    },
    lang,
  );
  await recordAudit(db, actor, {
    action: 'interview.notice_print',
    caseId: row.case_id,
    details: { interviewId: id, language: lang },
  });
  return { pdf, filename: `citatorio-${row.case_number}-${start.date}.pdf` };
}
