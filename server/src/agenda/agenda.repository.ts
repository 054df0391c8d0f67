import { sql, type Kysely } from 'kysely';
import type { AgendaResourceKind } from '@refugio/contract';
import type { DB } from '../db/schema';

/** The office's bookable officers: its active eligibility officers and supervisors. */
export function findOfficeOfficers(db: Kysely<DB>, officeId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('office_id', '=', officeId)
    .where('active', '=', true)
    .where('role', 'in', ['eligibility_officer', 'supervisor'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

const overlaps = (from: Date, to: Date) =>
  sql<boolean>`tstzrange(i.starts_at, i.ends_at, '[)') && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)')`;

/**
 * The interviews that take time in `[from, to)`: held at the office, or with one of the interpreters
 * serving it (who may be booked by another office). Cancelled and rescheduled ones freed their time.
 */
export function findAgendaInterviews(
  db: Kysely<DB>,
  officeId: string,
  interpreterIds: readonly string[],
  from: Date,
  to: Date,
) {
  return db
    .selectFrom('interviews as i')
    .innerJoin('cases as k', 'k.id', 'i.case_id')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .innerJoin('users as o', 'o.id', 'i.officer_id')
    .leftJoin('interpreters as t', 't.id', 'i.interpreter_id')
    .leftJoin('rooms as r', 'r.id', 'i.room_id')
    .select([
      'i.id',
      'i.case_id',
      'i.office_id',
      'i.starts_at',
      'i.ends_at',
      'i.status',
      'i.mode',
      'i.language',
      'i.officer_id',
      'i.room_id',
      'i.interpreter_id',
      'i.interpreter_remote',
      'k.case_number',
      'k.office_id as case_office_id',
      'k.appeal_on_file',
      'k.sensitive',
      'k.assigned_to as case_assigned_to',
      'k.registered_by as case_registered_by',
      'p.given_names',
      'p.first_surname',
      'p.second_surname',
      'o.name as officer_name',
      't.full_name as interpreter_name',
      'r.name as room_name',
    ])
    .where('i.status', 'in', ['scheduled', 'held', 'no_show'])
    .where(overlaps(from, to))
    .where((eb) =>
      interpreterIds.length === 0
        ? eb('i.office_id', '=', officeId)
        : eb.or([eb('i.office_id', '=', officeId), eb('i.interpreter_id', 'in', interpreterIds)]),
    )
    .orderBy('i.starts_at')
    .orderBy('i.id')
    .execute();
}
export type AgendaInterviewRow = Awaited<ReturnType<typeof findAgendaInterviews>>[number];

export interface ResourceRef {
  kind: AgendaResourceKind;
  id: string;
}

/** Bookings selected with the name of whoever made them. */
function blockQuery(db: Kysely<DB>) {
  return db
    .selectFrom('bookings as b')
    .leftJoin('users as u', 'u.id', 'b.created_by')
    .select([
      'b.id',
      'b.resource_kind',
      'b.resource_id',
      'b.starts_at',
      'b.ends_at',
      'b.kind',
      'b.note',
      'b.created_by',
      'u.name as created_by_name',
      'b.released_at',
    ]);
}

/** The active unavailability of these resources that overlaps `[from, to)`. */
export function findUnavailability(db: Kysely<DB>, resources: readonly ResourceRef[], from: Date, to: Date) {
  if (resources.length === 0) return Promise.resolve([]);
  return blockQuery(db)
    .where('b.kind', '=', 'unavailable')
    .where('b.released_at', 'is', null)
    .where(sql<boolean>`b.during && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)')`)
    .where((eb) =>
      eb.or(
        resources.map((r) => eb.and([eb('b.resource_kind', '=', r.kind), eb('b.resource_id', '=', r.id)])),
      ),
    )
    .orderBy('b.starts_at')
    .orderBy('b.id')
    .execute();
}
export type BlockRow = Awaited<ReturnType<typeof findUnavailability>>[number];

export function findBlockById(db: Kysely<DB>, id: string) {
  return blockQuery(db).where('b.id', '=', id).executeTakeFirst();
}
