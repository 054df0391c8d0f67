import type { Kysely } from 'kysely';
import { FreeSlotQuery, type FreeSlotList } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canScheduleInterview, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { isWorkingDay } from '../calendars/calendar';
import type { Jurisdiction } from '../countries/jurisdiction';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { forbidden, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findBookableResources, findBusyPeriods } from './free-slot.repository';
import { findFreeSlots, type Busy } from './free-slots';
import { findInterviewRow } from './interview.repository';
import { instantAt } from './local-time';

/**
 * The office's hours for interviews. The country profiles do not record opening hours yet; these
 * are those of the Mexican federal public administration's offices.
 */
export const interviewOfficeHours = { opens: '09:00', closes: '17:00' } as const;
const stepMinutes = 30;

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Proposes the next free slots for an interview of a person of the case: working days of the
 * calendar in office hours, where an officer, an interpreter of the language (when the language is
 * not official) and a room (in person) are free, and the interviewee too, honouring a same-sex
 * request where anyone free can. Reads the case (the interviewee's sex): audited.
 */
export async function findFreeInterviewSlots(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<FreeSlotList> {
  const query = parseOrThrow(FreeSlotQuery, raw);
  const { profile, calendar } = jurisdiction;
  const result = await db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'find_interview_slots');
    if (!canScheduleInterview(actor, caseScopeOf(kase))) {
      await recordAudit(trx, actor, {
        action: 'interview.free_slots_denied',
        caseId,
        details: { caseId },
      });
      return 'denied' as const;
    }
    let people = trx
      .selectFrom('people')
      .select(['id', 'sex', 'languages'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .limit(1);
    if (query.personId) people = people.where('id', '=', query.personId);
    const person = await people.executeTakeFirst();
    if (!person)
      throw validationFailed([
        { path: 'personId', code: 'not_in_case', message: 'The person is not in this case' },
      ]);
    if (query.replacing) {
      const replaced = await findInterviewRow(trx, query.replacing);
      if (!replaced || replaced.case_id !== caseId)
        throw validationFailed([
          { path: 'replacing', code: 'not_in_case', message: 'No such interview in this case' },
        ]);
    }
    const language = query.language ?? person.languages[0]?.trim() ?? profile.officialLanguages[0]!;
    const interpreterNeeded = !profile.officialLanguages.includes(language);
    const resources = await findBookableResources(trx, kase.office_id, interpreterNeeded ? language : null);
    const rangeStart = instantAt(query.from, '00:00', profile.timeZone);
    const rangeEnd = instantAt(nextDay(query.to), '00:00', profile.timeZone);
    const busyRows = await findBusyPeriods(
      trx,
      [
        { kind: 'officer', ids: resources.officers.map((o) => o.id) },
        { kind: 'interpreter', ids: resources.interpreters.map((i) => i.id) },
        { kind: 'room', ids: query.remote ? [] : resources.rooms.map((r) => r.id) },
        { kind: 'person', ids: [person.id] },
      ],
      rangeStart,
      rangeEnd,
      query.replacing ?? null,
    );
    const busyOf = (kind: string, id: string): Busy[] =>
      busyRows
        .filter((b) => b.resource_kind === kind && b.resource_id === id)
        .map((b) => ({ start: b.starts_at.getTime(), end: b.ends_at.getTime() }));
    const found = findFreeSlots({
      from: query.from,
      to: query.to,
      durationMinutes: query.durationMinutes,
      timeZone: profile.timeZone,
      officeId: kase.office_id,
      officeHours: interviewOfficeHours,
      stepMinutes,
      isWorkingDay: (date) => isWorkingDay(calendar, date),
      now,
      interviewee: { sex: person.sex, busy: busyOf('person', person.id) },
      sameSex: query.sameSex,
      remote: query.remote,
      officers: resources.officers.map((o) => ({ id: o.id, sex: o.sex, busy: busyOf('officer', o.id) })),
      interpreters: interpreterNeeded
        ? resources.interpreters.map((i) => ({
            id: i.id,
            sex: i.sex,
            servesOffice: i.office_ids.length === 0 || i.office_ids.includes(kase.office_id),
            windows: resources.windows
              .filter((w) => w.interpreter_id === i.id)
              .map((w) => ({
                weekday: w.weekday,
                starts: w.starts.slice(0, 5),
                ends: w.ends.slice(0, 5),
                mode: w.mode,
                officeId: w.office_id,
                validFrom: w.valid_from,
                validTo: w.valid_to,
              })),
            busy: busyOf('interpreter', i.id),
          }))
        : null,
      rooms: resources.rooms.map((r) => ({ id: r.id, busy: busyOf('room', r.id) })),
      limit: query.limit,
    });
    await recordAudit(trx, actor, {
      action: 'interview.free_slots',
      caseId,
      details: {
        personId: person.id,
        language,
        sameSex: query.sameSex,
        remote: query.remote,
        proposed: found.slots.length,
        shortfalls: found.shortfalls,
      },
    });
    const officers = new Map(resources.officers.map((o) => [o.id, o]));
    const interpreters = new Map(resources.interpreters.map((i) => [i.id, i]));
    const rooms = new Map(resources.rooms.map((r) => [r.id, r]));
    return {
      language,
      personId: person.id,
      interpreterNeeded,
      officeHours: { ...interviewOfficeHours },
      shortfalls: found.shortfalls,
      slots: found.slots.map((s) => {
        const officer = officers.get(s.officerId)!;
        const interpreter = s.interpreterId ? interpreters.get(s.interpreterId)! : null;
        const room = s.roomId ? rooms.get(s.roomId)! : null;
        return {
          date: s.date,
          startTime: s.startTime,
          endTime: s.endTime,
          officer: { id: officer.id, name: officer.name, sex: officer.sex },
          interpreter: interpreter
            ? { id: interpreter.id, fullName: interpreter.full_name, sex: interpreter.sex }
            : null,
          interpreterRemote: s.interpreterRemote,
          room: room ? { id: room.id, name: room.name } : null,
          sameSexUnmet: s.sameSexUnmet,
        };
      }),
    } satisfies FreeSlotList;
  });
  if (result === 'denied') throw forbidden();
  return result;
}
