import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  AddendumInput,
  ConfirmInterviewRecordInput,
  OpenInterviewRecordInput,
  SaveInterviewRecordInput,
  type InterviewRecordStepResult,
  type InterviewRecordView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canConductInterview, canReadClaim, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { advanceCase } from '../cases/advance-case';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findCaseById } from '../cases/case.repository';
import { assembleCaseFile } from '../cases/case.service';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findInterviewRow, updateInterviewStatus } from './interview.repository';
import { staleInterview } from './interview-schedule.service';
import {
  bumpRecordVersion,
  findAddenda,
  findRecordById,
  findTurns,
  insertAddendum,
  replaceTurns,
  type RecordRow,
} from './interview-record.repository';
import { presentRecord } from './interview-record.presenter';
import { instantAt, localParts } from './local-time';

const staleRecord = (current: number) =>
  new AppError(
    'conflict',
    `The interview record has changed since you opened it: it is now at version ${current}. Reload and try again.`,
  );
const locked = () =>
  new AppError('conflict', 'The interview record is confirmed: it can only be amended by an addendum');

async function view(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  timeZone: string,
): Promise<InterviewRecordView> {
  const row = await findRecordById(db, id);
  if (!row) throw notFound('Interview record not found');
  const [turns, addenda] = await Promise.all([findTurns(db, id), findAddenda(db, id)]);
  const kase = caseScopeOf(row);
  const conducts = canConductInterview(actor, { officerId: row.officer_id }, kase);
  return presentRecord(row, turns, addenda, timeZone, { edit: conducts, addendum: conducts });
}

/** The record an actor is about to write, within their office: its officer or a supervisor. */
async function recordToWrite(trx: Kysely<DB>, actor: Actor, id: string, action: string): Promise<RecordRow> {
  const row = await findRecordById(trx, id);
  if (!row) throw notFound('Interview record not found');
  const kase = await findCaseToActOn(trx, actor, row.case_id, action);
  if (!canConductInterview(actor, { officerId: row.officer_id }, caseScopeOf(kase))) throw forbidden();
  return row;
}

/** Opens the record of an interview that is being held: the interview becomes `held`. */
export async function openInterviewRecord(
  db: Kysely<DB>,
  actor: Actor,
  interviewId: string,
  raw: unknown,
  timeZone: string,
  now: Date,
): Promise<InterviewRecordView> {
  const input = parseOrThrow(OpenInterviewRecordInput, raw);
  return db.transaction().execute(async (trx) => {
    const interview = await findInterviewRow(trx, interviewId);
    if (!interview) throw notFound('Interview not found');
    const kase = await findCaseToActOn(trx, actor, interview.case_id, 'open_interview_record');
    if (!canConductInterview(actor, { officerId: interview.officer_id }, caseScopeOf(kase)))
      throw forbidden();
    if (interview.version !== input.version) throw staleInterview(interview.version);
    if (interview.status !== 'scheduled')
      throw new AppError('conflict', `The interview is ${interview.status}: only a scheduled one is held`);
    const startedAt = instantAt(localParts(interview.starts_at, timeZone).date, input.startTime, timeZone);
    if (startedAt > now)
      throw validationFailed([
        { path: 'startTime', code: 'in_future', message: 'The interview has not started yet' },
      ]);
    if ((await updateInterviewStatus(trx, interviewId, input.version, { status: 'held' }, now)) === undefined)
      throw staleInterview(interview.version + 1);
    const row = await trx
      .insertInto('interview_records')
      .values({
        interview_id: interviewId,
        started_at: startedAt,
        attendees: JSON.stringify([]),
        information_given: JSON.stringify([]),
        fitness: JSON.stringify({ fit: true, notes: '' }),
        status: 'open',
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'interview_record.open',
      caseId: interview.case_id,
      details: { interviewId, recordId: row.id },
    });
    return view(trx, actor, row.id, timeZone);
  });
}

/** Reads a record (what the applicant said): claim readers of the office only, audited. */
export async function getInterviewRecord(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  timeZone: string,
): Promise<InterviewRecordView> {
  const row = await findRecordById(db, id);
  if (!row || !canReadClaim(actor, caseScopeOf(row))) {
    await recordAudit(db, actor, {
      action: 'case.read_denied',
      details: { recordId: id, what: 'interview_record' },
    });
    throw notFound('Interview record not found');
  }
  return db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, {
      action: 'interview_record.read',
      caseId: row.case_id,
      details: { recordId: id },
    });
    return view(trx, actor, id, timeZone);
  });
}

/** Saves the open record as a whole: times, attendees, information given, fitness, turns. */
export async function saveInterviewRecord(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  timeZone: string,
  now: Date,
): Promise<InterviewRecordView> {
  const input = parseOrThrow(SaveInterviewRecordInput, raw);
  return db.transaction().execute(async (trx) => {
    const row = await recordToWrite(trx, actor, id, 'save_interview_record');
    if (row.status === 'confirmed') throw locked();
    if (row.version !== input.version) throw staleRecord(row.version);
    const day = localParts(row.interview_starts_at, timeZone).date;
    const version = await bumpRecordVersion(
      trx,
      id,
      input.version,
      {
        started_at: instantAt(day, input.startTime, timeZone),
        ended_at: input.endTime ? instantAt(day, input.endTime, timeZone) : null,
        attendees: JSON.stringify(input.attendees),
        information_given: JSON.stringify(input.informationGiven),
        fitness: JSON.stringify(input.fitness),
        observations: input.observations,
      },
      now,
    );
    if (version === undefined) throw staleRecord(row.version + 1);
    await replaceTurns(
      trx,
      id,
      input.turns.map((t) => ({ speaker: t.speaker, text: t.text, during_read_back: t.duringReadBack })),
    );
    await recordAudit(trx, actor, {
      action: 'interview_record.save',
      caseId: row.case_id,
      details: { recordId: id, version, turns: input.turns.length, attendees: input.attendees.length },
    });
    return view(trx, actor, id, timeZone);
  });
}

/** SHA-256 of the record's canonical content (what the applicant confirmed). */
export function contentHash(content: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object' && !(value instanceof Date)
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value instanceof Date
          ? value.toISOString()
          : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(content)))
    .digest('hex');
}

/**
 * The record was read back to the applicant, who confirmed it (with corrections, or refused, with
 * their words). From then on the database refuses any change to it or its turns; the principal's
 * eligibility interview takes `record_interview` with the interview's date.
 */
export async function confirmInterviewRecord(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewRecordStepResult> {
  const input = parseOrThrow(ConfirmInterviewRecordInput, raw);
  const timeZone = jurisdiction.profile.timeZone;
  return db.transaction().execute(async (trx) => {
    const row = await recordToWrite(trx, actor, id, 'record_interview');
    if (row.status === 'confirmed') throw locked();
    if (row.version !== input.version) throw staleRecord(row.version);
    const turns = await findTurns(trx, id);
    const problems = [];
    if (!row.ended_at)
      problems.push({ path: 'endTime', code: 'required', message: 'Record when the interview ended' });
    if (turns.length === 0)
      problems.push({ path: 'turns', code: 'required', message: 'The record has no turns' });
    if (problems.length > 0) throw validationFailed(problems);
    const hash = contentHash({
      startedAt: row.started_at,
      endedAt: row.ended_at,
      attendees: row.attendees,
      informationGiven: row.information_given,
      fitness: row.fitness,
      observations: row.observations,
      turns: turns.map((t) => ({
        position: t.position,
        speaker: t.speaker,
        text: t.text,
        readBack: t.during_read_back,
      })),
      readBackLanguage: input.readBackLanguage,
      applicantConfirmation: input.applicantConfirmation,
      applicantRemarks: input.applicantRemarks,
    });
    const version = await bumpRecordVersion(
      trx,
      id,
      input.version,
      {
        status: 'confirmed',
        read_back_at: now,
        read_back_language: input.readBackLanguage,
        read_back_interpreter_id: input.readBackInterpreterId,
        applicant_confirmation: input.applicantConfirmation,
        applicant_remarks: input.applicantRemarks,
        confirmed_at: now,
        confirmed_by: actor.id,
        content_sha256: hash,
      },
      now,
    );
    if (version === undefined) throw staleRecord(row.version + 1);
    let kase = await findCaseById(trx, row.case_id);
    if (row.drives_stage) {
      kase = await advanceCase(
        trx,
        actor,
        row.case_id,
        {
          action: 'record_interview',
          data: { interviewDate: localParts(row.started_at, timeZone).date },
          expectedVersion: input.caseVersion,
          record: { kind: 'interview_record', id },
        },
        jurisdiction,
        now,
      );
    }
    await recordAudit(trx, actor, {
      action: 'interview_record.confirm',
      caseId: row.case_id,
      details: { recordId: id, turns: turns.length, confirmation: input.applicantConfirmation },
    });
    return {
      record: await view(trx, actor, id, timeZone),
      case: await assembleCaseFile(trx, actor, kase!, jurisdiction, now),
    };
  });
}

/** Amends a confirmed record by an addendum (append-only; the record itself never changes). */
export async function addAddendum(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  timeZone: string,
  now: Date,
): Promise<InterviewRecordView> {
  const input = parseOrThrow(AddendumInput, raw);
  return db.transaction().execute(async (trx) => {
    const row = await recordToWrite(trx, actor, id, 'interview_record_addendum');
    if (row.status !== 'confirmed')
      throw new AppError(
        'conflict',
        'The record is still open: change it directly, addenda follow confirmation',
      );
    const addendumId = await insertAddendum(trx, id, {
      kind: input.kind,
      text: input.text,
      authorId: actor.id,
      readBackAt: input.readBack ? now : null,
      applicantConfirmation: input.applicantConfirmation,
      createdAt: now,
    }).catch((error: unknown) => {
      // Someone added an addendum at the same moment: theirs took the position.
      if ((error as { code?: unknown }).code === '23505')
        throw new AppError('conflict', 'Another addendum was added meanwhile. Reload and try again.');
      throw error;
    });
    await recordAudit(trx, actor, {
      action: 'interview_record.addendum',
      caseId: row.case_id,
      details: { recordId: id, addendumId, kind: input.kind },
    });
    return view(trx, actor, id, timeZone);
  });
}
