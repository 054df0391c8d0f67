import type { Kysely } from 'kysely';
import {
  RemoteConsentInput,
  WithdrawRemoteConsentInput,
  type InterviewList,
  type RemoteConsentView,
  type SchedulingChoices,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReadCase, canScheduleInterview, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { findCaseById } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { AppError, notFound, forbidden, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findInterpreters } from './interpreter.repository';
import { findConsentsOfCase, findInterviewsOfCase } from './interview.repository';
import { presentConsent, presentInterview } from './interview.presenter';
import { findRooms } from './room.repository';

/** Who and what the case's office can book: officers, active interpreters serving it, active rooms. */
async function schedulingChoices(db: Kysely<DB>, officeId: string): Promise<SchedulingChoices> {
  const [officers, interpreters, rooms] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'name', 'sex'])
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .where('role', 'in', ['eligibility_officer', 'supervisor'])
      .orderBy('name')
      .execute(),
    findInterpreters(db, { officeId, active: true }),
    findRooms(db, officeId),
  ]);
  return {
    officers: officers.map((o) => ({ id: o.id, name: o.name, sex: o.sex })),
    interpreters: interpreters.map((i) => ({
      id: i.id,
      fullName: i.full_name,
      sex: i.sex,
      languages: i.languages.map((l) => l.trim()),
      bookable: i.confidentiality_signed_on !== null,
    })),
    rooms: rooms.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name, capacity: r.capacity })),
  };
}

/** The case's interviews (whoever may read the case sees when and where, never what was said). */
export async function listInterviewsOfCase(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  timeZone: string,
): Promise<InterviewList> {
  const kase = await findCaseById(db, caseId, actor.id);
  if (!kase || !canReadCase(actor, caseScopeOf(kase))) {
    await recordAudit(db, actor, { action: 'case.read_denied', details: { caseId, what: 'interviews' } });
    throw notFound('Case not found');
  }
  const [rows, consents] = await Promise.all([
    findInterviewsOfCase(db, caseId),
    findConsentsOfCase(db, caseId),
  ]);
  const canSchedule = canScheduleInterview(actor, caseScopeOf(kase));
  return {
    interviews: rows.map((row) => presentInterview(actor, row, timeZone)),
    consents: consents.map(presentConsent),
    canSchedule,
    choices: canSchedule ? await schedulingChoices(db, kase.office_id) : null,
  };
}

/** Records a person's consent to be interviewed remotely (video or telephone). */
export async function recordRemoteConsent(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  personId: string,
  raw: unknown,
  now: Date,
): Promise<RemoteConsentView> {
  const input = parseOrThrow(RemoteConsentInput, raw);
  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'remote_consent');
    if (!canScheduleInterview(actor, caseScopeOf(kase))) throw forbidden();
    const person = await trx
      .selectFrom('people')
      .select('id')
      .where('id', '=', personId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!person) throw notFound('Person not found');
    if (input.givenOn > now.toISOString().slice(0, 10))
      throw validationFailed([{ path: 'givenOn', code: 'in_future', message: 'Not a date in the future' }]);
    const row = await trx
      .insertInto('remote_interview_consents')
      .values({
        case_id: caseId,
        person_id: personId,
        given_on: input.givenOn,
        method: input.method,
        recorded_by: actor.id,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'remote_consent.record',
      caseId,
      details: { consentId: row.id, personId, method: input.method },
    });
    return presentConsent(row);
  });
}

/** Withdraws a consent; interviews already booked remotely stay, and the panel shows the withdrawal. */
export async function withdrawRemoteConsent(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  now: Date,
): Promise<RemoteConsentView> {
  const input = parseOrThrow(WithdrawRemoteConsentInput, raw);
  return db.transaction().execute(async (trx) => {
    const consent = await trx
      .selectFrom('remote_interview_consents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!consent) throw notFound('Consent not found');
    const kase = await findCaseToActOn(trx, actor, consent.case_id, 'remote_consent_withdraw');
    if (!canScheduleInterview(actor, caseScopeOf(kase))) throw forbidden();
    const row = await trx
      .updateTable('remote_interview_consents')
      .set({ withdrawn_at: now, withdrawal_reason: input.reason })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('conflict', 'The consent was already withdrawn');
    await recordAudit(trx, actor, {
      action: 'remote_consent.withdraw',
      caseId: consent.case_id,
      details: { consentId: id, personId: consent.person_id },
    });
    return presentConsent(row);
  });
}
