import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AgendaQuery, type AgendaResourceKind, type AgendaView } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canMarkUnavailable, canReadAgenda, type AgendaResourceScope } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { addDays } from '../calendars/iso-date';
import { forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findInterpreters } from '../interviews/interpreter.repository';
import { instantAt } from '../interviews/local-time';
import { findRooms } from '../interviews/room.repository';
import { findOfficeById } from '../offices/office.repository';
import { findAgendaInterviews, findOfficeOfficers, findUnavailability } from './agenda.repository';
import { isAgendaBlock, presentAgendaInterview, presentBlock } from './agenda.presenter';

const key = (kind: AgendaResourceKind, id: string) => `${kind}:${id}`;

/** The office's officers, rooms and interpreters, each with the offices the policy judges it by. */
async function officeResources(db: Kysely<DB>, officeId: string) {
  const [officers, rooms, interpreters] = await Promise.all([
    findOfficeOfficers(db, officeId),
    findRooms(db, officeId),
    findInterpreters(db, { officeId, active: true }),
  ]);
  const scopes = new Map<string, AgendaResourceScope>();
  for (const o of officers)
    scopes.set(key('officer', o.id), { kind: 'officer', id: o.id, offices: [officeId] });
  for (const r of rooms) scopes.set(key('room', r.id), { kind: 'room', id: r.id, offices: [officeId] });
  for (const i of interpreters)
    scopes.set(key('interpreter', i.id), {
      kind: 'interpreter',
      id: i.id,
      offices: i.office_ids.length === 0 ? 'any' : i.office_ids,
    });
  return { officers, rooms, interpreters, scopes };
}

type Office = NonNullable<Awaited<ReturnType<typeof findOfficeById>>>;

/** The agenda's resources and bookings in the range, presented for the reader. */
async function assembleAgenda(
  trx: Kysely<DB>,
  actor: Actor,
  office: Office,
  query: z.output<typeof AgendaQuery>,
  timeZone: string,
): Promise<AgendaView> {
  const { officers, rooms, interpreters, scopes } = await officeResources(trx, office.id);
  const wanted = query.resourceKind && query.resourceId ? key(query.resourceKind, query.resourceId) : null;
  if (wanted && !scopes.has(wanted))
    throw validationFailed([
      {
        path: 'resourceId',
        code: 'not_in_office',
        message: 'Not an officer, room or interpreter of the office',
      },
    ]);

  const from = instantAt(query.from, '00:00', timeZone);
  const to = instantAt(addDays(query.to, 1), '00:00', timeZone);
  const interpreterIds = interpreters.map((i) => i.id);
  const [interviewRows, blockRows] = await Promise.all([
    findAgendaInterviews(trx, office.id, interpreterIds, from, to),
    findUnavailability(trx, [...scopes.values()], from, to),
  ]);
  const interviews = interviewRows.filter(
    (row) =>
      !wanted ||
      [
        key('officer', row.officer_id),
        row.room_id && key('room', row.room_id),
        row.interpreter_id && key('interpreter', row.interpreter_id),
      ].includes(wanted),
  );
  const blocks = blockRows
    .filter(isAgendaBlock)
    .filter((b) => !wanted || key(b.resource_kind, b.resource_id) === wanted);
  // A room taken out of use still shows while it holds bookings in the range.
  const roomsInUse = new Set([
    ...interviews.flatMap((i) => (i.room_id ? [i.room_id] : [])),
    ...blocks.filter((b) => b.resource_kind === 'room').map((b) => b.resource_id),
  ]);
  const may = (kind: AgendaResourceKind, id: string) => {
    const scope = scopes.get(key(kind, id));
    return scope !== undefined && canMarkUnavailable(actor, scope);
  };

  await recordAudit(trx, actor, {
    action: 'agenda.read',
    details: {
      officeId: office.id,
      from: query.from,
      to: query.to,
      ...(wanted ? { resourceKind: query.resourceKind, resourceId: query.resourceId } : {}),
      interviews: interviews.length,
    },
  });
  return {
    office: { id: office.id, code: office.code, name: office.name },
    from: query.from,
    to: query.to,
    timeZone,
    officers: officers.map((o) => ({ id: o.id, name: o.name, canMarkUnavailable: may('officer', o.id) })),
    rooms: rooms
      .filter((r) => r.active || roomsInUse.has(r.id))
      .map((r) => ({ id: r.id, name: r.name, canMarkUnavailable: may('room', r.id) })),
    interpreters: interpreters.map((i) => ({
      id: i.id,
      fullName: i.full_name,
      languages: i.languages.map((l) => l.trim()),
      canMarkUnavailable: may('interpreter', i.id),
    })),
    interviews: interviews.map((row) => presentAgendaInterview(actor, row, timeZone)),
    unavailability: blocks.map((row) => presentBlock(row, timeZone, may(row.resource_kind, row.resource_id))),
  };
}

/**
 * An office's agenda over at most 31 days: its officers, rooms and the interpreters serving it, the
 * interviews that take their time (with the interviewee's name only where the reader may read the
 * case) and their unavailability. Administrators name the office; everyone else reads their own.
 * A refusal is audited too.
 */
export async function readAgenda(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  timeZone: string,
): Promise<AgendaView> {
  const query = parseOrThrow(AgendaQuery, raw);
  const officeId = query.officeId ?? actor.officeId;
  if (!officeId)
    throw validationFailed([{ path: 'officeId', code: 'required', message: 'Choose the office' }]);
  const result = await db.transaction().execute(async (trx) => {
    if (!canReadAgenda(actor, officeId)) {
      await recordAudit(trx, actor, { action: 'agenda.read_denied', details: { officeId } });
      return 'denied' as const;
    }
    const office = await findOfficeById(trx, officeId);
    if (!office) throw notFound('Office not found');
    return assembleAgenda(trx, actor, office, query, timeZone);
  });
  if (result === 'denied') throw forbidden();
  return result;
}
