import { sql, type Kysely } from 'kysely';
import type { SharingPurpose } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { ConsentTable, DisclosureTable, RecipientTable } from './data-protection.tables';
import type { Insertable } from 'kysely';

export function listRecipientRows(db: Kysely<DB>, onlyActive: boolean) {
  let query = db
    .selectFrom('recipients')
    .selectAll()
    .orderBy(sql`lower(name)`);
  if (onlyActive) query = query.where('active', '=', true);
  return query.execute();
}
export type RecipientRow = Awaited<ReturnType<typeof listRecipientRows>>[number];

export function findRecipientById(db: Kysely<DB>, id: string) {
  return db.selectFrom('recipients').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findRecipientByName(db: Kysely<DB>, name: string) {
  return db
    .selectFrom('recipients')
    .select('id')
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function insertRecipient(db: Kysely<DB>, row: Insertable<RecipientTable>): Promise<string> {
  const { id } = await db.insertInto('recipients').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Changes a recipient from the version the user saw; undefined when it changed meanwhile. */
export async function updateRecipient(
  db: Kysely<DB>,
  id: string,
  version: number,
  set: Pick<RecipientTable, 'name' | 'kind' | 'country'> & { active: boolean },
  now: Date,
): Promise<number | undefined> {
  const row = await db
    .updateTable('recipients')
    .set({ ...set, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function insertConsent(db: Kysely<DB>, row: Insertable<ConsentTable>): Promise<string> {
  const { id } = await db.insertInto('consents').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Every consent recorded for the people of a case, newest first, with who recorded it. */
export function listConsentsOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('consents')
    .leftJoin('users', 'users.id', 'consents.recorded_by')
    .selectAll('consents')
    .select(['users.name as recorded_by_name'])
    .where('consents.case_id', '=', caseId)
    .orderBy('consents.seq', 'desc')
    .execute();
}
export type ConsentRow = Awaited<ReturnType<typeof listConsentsOfCase>>[number];

/** The standing decision (the latest recorded) of each of these people for one purpose. */
export async function standingConsents(
  db: Kysely<DB>,
  personIds: readonly string[],
  purpose: SharingPurpose,
): Promise<Map<string, ConsentTable['decision']>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('consents')
    .select(['person_id', 'decision'])
    .distinctOn('person_id')
    .where('person_id', 'in', personIds)
    .where('purpose', '=', purpose)
    .orderBy('person_id')
    .orderBy('seq', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.decision]));
}

export async function insertDisclosure(
  db: Kysely<DB>,
  row: Insertable<DisclosureTable>,
): Promise<{ id: string; disclosed_at: Date }> {
  return db.insertInto('disclosures').values(row).returning(['id', 'disclosed_at']).executeTakeFirstOrThrow();
}

/** The disclosures of a case, newest first, with their recipient and who made them. */
export function listDisclosuresOfCase(db: Kysely<DB>, caseId: string) {
  return disclosureQuery(db)
    .where('disclosures.case_id', '=', caseId)
    .orderBy('disclosures.disclosed_at', 'desc')
    .orderBy('disclosures.id', 'desc')
    .execute();
}
export type DisclosureRow = Awaited<ReturnType<typeof listDisclosuresOfCase>>[number];

/** One disclosure, as the list shows it. */
export function findDisclosureById(db: Kysely<DB>, id: string) {
  return disclosureQuery(db).where('disclosures.id', '=', id).executeTakeFirst();
}

function disclosureQuery(db: Kysely<DB>) {
  return db
    .selectFrom('disclosures')
    .innerJoin('recipients', 'recipients.id', 'disclosures.recipient_id')
    .leftJoin('users', 'users.id', 'disclosures.disclosed_by')
    .selectAll('disclosures')
    .select([
      'recipients.name as recipient_name',
      'recipients.kind as recipient_kind',
      'recipients.country as recipient_country',
      'users.name as disclosed_by_name',
    ]);
}
