import type { Kysely } from 'kysely';
import type { AgendaResourceScope } from '../access/policy';
import type { DB } from '../db/schema';
import type { ResourceRef } from './agenda.repository';

/**
 * The resource with the offices it belongs to, as the policy judges it; undefined when there is no
 * such resource (an officer is an eligibility officer or supervisor of an office). Inactive ones are
 * kept, so that a mark on someone who left can still be released.
 */
export async function findResourceScope(
  db: Kysely<DB>,
  resource: ResourceRef,
): Promise<AgendaResourceScope | undefined> {
  switch (resource.kind) {
    case 'officer': {
      const row = await db
        .selectFrom('users')
        .select('office_id')
        .where('id', '=', resource.id)
        .where('role', 'in', ['eligibility_officer', 'supervisor'])
        .executeTakeFirst();
      return row?.office_id ? { ...resource, offices: [row.office_id] } : undefined;
    }
    case 'room': {
      const row = await db
        .selectFrom('rooms')
        .select('office_id')
        .where('id', '=', resource.id)
        .executeTakeFirst();
      return row ? { ...resource, offices: [row.office_id] } : undefined;
    }
    case 'interpreter': {
      const row = await db
        .selectFrom('interpreters')
        .select('office_ids')
        .where('id', '=', resource.id)
        .executeTakeFirst();
      if (!row) return undefined;
      return { ...resource, offices: row.office_ids.length === 0 ? 'any' : row.office_ids };
    }
  }
}

/** Books the resource as unavailable; a concurrent overlap fails with 23P01 (bookings_no_overlap). */
export async function insertUnavailability(
  db: Kysely<DB>,
  resource: ResourceRef,
  startsAt: Date,
  endsAt: Date,
  note: string,
  actorId: string,
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('bookings')
    .values({
      resource_kind: resource.kind,
      resource_id: resource.id,
      starts_at: startsAt,
      ends_at: endsAt,
      kind: 'unavailable',
      interview_id: null,
      note,
      created_by: actorId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Frees an active unavailability (kept, with who released it and why); false when it was no longer active. */
export async function releaseUnavailabilityRow(
  db: Kysely<DB>,
  id: string,
  reason: string,
  actorId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .updateTable('bookings')
    .set({ released_at: now, released_by: actorId, release_reason: reason })
    .where('id', '=', id)
    .where('kind', '=', 'unavailable')
    .where('released_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** The case numbers of the interviews that hold these bookings, to name them in a refusal. */
export function findClashingInterviews(db: Kysely<DB>, interviewIds: readonly string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('interviews as i')
    .innerJoin('cases as k', 'k.id', 'i.case_id')
    .select(['i.id', 'i.starts_at', 'i.ends_at', 'k.case_number'])
    .where('i.id', 'in', [...interviewIds])
    .orderBy('i.starts_at')
    .execute();
}
