import { sql, type Kysely } from 'kysely';
import type { BookingResourceKind } from '@refugio/contract';
import type { DB } from '../db/schema';

export interface Resource {
  kind: BookingResourceKind;
  id: string;
}

/**
 * The active bookings of these resources that overlap `[startsAt, endsAt)`, leaving out those of the
 * interview being moved. The exclusion constraint is the guarantee; this is the explanation.
 */
export function findClashes(
  db: Kysely<DB>,
  resources: readonly Resource[],
  startsAt: Date,
  endsAt: Date,
  ignoreInterviewId: string | null = null,
) {
  if (resources.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('bookings')
    .select(['id', 'resource_kind', 'resource_id', 'starts_at', 'ends_at', 'kind', 'interview_id'])
    .where('released_at', 'is', null)
    .where(sql<boolean>`during && tstzrange(${startsAt}::timestamptz, ${endsAt}::timestamptz, '[)')`)
    .where((eb) =>
      eb.or(resources.map((r) => eb.and([eb('resource_kind', '=', r.kind), eb('resource_id', '=', r.id)]))),
    );
  if (ignoreInterviewId) query = query.where('interview_id', 'is distinct from', ignoreInterviewId);
  return query.execute();
}
export type ClashRow = Awaited<ReturnType<typeof findClashes>>[number];

/** Books each resource for the interview; a concurrent overlap fails with 23P01 (bookings_no_overlap). */
export async function insertInterviewBookings(
  db: Kysely<DB>,
  interviewId: string,
  resources: readonly Resource[],
  startsAt: Date,
  endsAt: Date,
  actorId: string,
): Promise<void> {
  await db
    .insertInto('bookings')
    .values(
      resources.map((r) => ({
        resource_kind: r.kind,
        resource_id: r.id,
        starts_at: startsAt,
        ends_at: endsAt,
        kind: 'interview' as const,
        interview_id: interviewId,
        created_by: actorId,
      })),
    )
    .execute();
}

/** Frees the interview's active bookings (kept, with who released them and why). */
export async function releaseInterviewBookings(
  db: Kysely<DB>,
  interviewId: string,
  reason: string,
  actorId: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .updateTable('bookings')
    .set({ released_at: now, released_by: actorId, release_reason: reason })
    .where('interview_id', '=', interviewId)
    .where('released_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

/** Whether an error is the database refusing an overlapping booking. */
export function isDoubleBooking(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown };
  return e.code === '23P01' && (e.constraint === undefined || e.constraint === 'bookings_no_overlap');
}
