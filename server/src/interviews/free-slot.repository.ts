import { sql, type Kysely } from 'kysely';
import type { BookingResourceKind } from '@refugio/contract';
import type { DB } from '../db/schema';
import { findAvailability, findInterpreters } from './interpreter.repository';

/** The people and places the office could book for an interview in `language`, with their weekly windows. */
export async function findBookableResources(db: Kysely<DB>, officeId: string, language: string | null) {
  const [officers, interpreters, rooms] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'name', 'sex'])
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .where('role', 'in', ['eligibility_officer', 'supervisor'])
      .orderBy('name')
      .execute(),
    language === null
      ? Promise.resolve([])
      : findInterpreters(db, { officeId, active: true, language }).then((rows) =>
          rows.filter((i) => i.confidentiality_signed_on !== null),
        ),
    db
      .selectFrom('rooms')
      .select(['id', 'name'])
      .where('office_id', '=', officeId)
      .where('active', '=', true)
      .orderBy('name')
      .execute(),
  ]);
  const windows = await findAvailability(
    db,
    interpreters.map((i) => i.id),
  );
  return { officers, interpreters, rooms, windows };
}

/**
 * The active bookings (interviews and unavailability) of these resources that overlap
 * `[from, to)`, leaving out those of the interview being moved.
 */
export function findBusyPeriods(
  db: Kysely<DB>,
  resources: readonly { kind: BookingResourceKind; ids: readonly string[] }[],
  from: Date,
  to: Date,
  ignoreInterviewId: string | null,
) {
  const wanted = resources.filter((r) => r.ids.length > 0);
  if (wanted.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('bookings')
    .select(['resource_kind', 'resource_id', 'starts_at', 'ends_at'])
    .where('released_at', 'is', null)
    .where(sql<boolean>`during && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)')`)
    .where((eb) =>
      eb.or(wanted.map((r) => eb.and([eb('resource_kind', '=', r.kind), eb('resource_id', 'in', r.ids)]))),
    );
  if (ignoreInterviewId) query = query.where('interview_id', 'is distinct from', ignoreInterviewId);
  return query.execute();
}
