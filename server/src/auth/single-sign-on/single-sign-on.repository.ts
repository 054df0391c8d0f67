import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ExternalIdentityTable } from './single-sign-on.tables';

export async function insertRequest(
  db: Kysely<DB>,
  request: {
    id: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('single_sign_on_requests')
    .values({
      id: request.id,
      state: request.state,
      nonce: request.nonce,
      code_verifier: request.codeVerifier,
      created_at: request.createdAt,
      expires_at: request.expiresAt,
    })
    .execute();
}

/** Takes the request out (each is used once), or undefined when unknown or expired. */
export async function takeRequest(db: Kysely<DB>, id: string, now: Date) {
  const row = await db
    .deleteFrom('single_sign_on_requests')
    .where('id', '=', id)
    .returning(['state', 'nonce', 'code_verifier', 'expires_at'])
    .executeTakeFirst();
  return row && row.expires_at > now ? row : undefined;
}

export async function deleteExpiredRequests(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('single_sign_on_requests').where('expires_at', '<', now).execute();
}

/** The linked user of an identity, with what a sign-in decides on. */
export function findLinkedUser(db: Kysely<DB>, subjectHash: string) {
  return db
    .selectFrom('external_identities')
    .innerJoin('users', 'users.id', 'external_identities.user_id')
    .select([
      'external_identities.id as identity_id',
      'external_identities.linked_by',
      'users.id',
      'users.email',
      'users.role',
      'users.office_id',
      'users.active',
    ])
    .where('external_identities.subject_hash', '=', subjectHash)
    .executeTakeFirst();
}

export async function hasIdentityAt(db: Kysely<DB>, userId: string, issuer: string): Promise<boolean> {
  const row = await db
    .selectFrom('external_identities')
    .select('id')
    .where('user_id', '=', userId)
    .where('issuer', '=', issuer)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertIdentity(
  db: Kysely<DB>,
  identity: {
    userId: string;
    issuer: string;
    subjectHash: string;
    linkedBy: ExternalIdentityTable['linked_by'];
    now: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('external_identities')
    .values({
      user_id: identity.userId,
      issuer: identity.issuer,
      subject_hash: identity.subjectHash,
      linked_by: identity.linkedBy,
      linked_at: identity.now,
      last_sign_in_at: identity.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function touchIdentity(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable('external_identities').set({ last_sign_in_at: now }).where('id', '=', id).execute();
}

export function listIdentities(db: Kysely<DB>) {
  return db
    .selectFrom('external_identities')
    .select(['id', 'user_id', 'issuer', 'linked_by', 'linked_at', 'last_sign_in_at'])
    .orderBy('linked_at')
    .orderBy('id')
    .execute();
}

/** Removes every identity linked to the user; returns their issuers. */
export async function deleteIdentitiesOfUser(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('external_identities')
    .where('user_id', '=', userId)
    .returning('issuer')
    .execute();
  return rows.map((row) => row.issuer);
}

export async function updateRoleAndOffice(
  db: Kysely<DB>,
  userId: string,
  role: DB['users']['role'],
  officeId: string | null,
): Promise<void> {
  await db.updateTable('users').set({ role, office_id: officeId }).where('id', '=', userId).execute();
}

export async function findOfficeIdByCode(db: Kysely<DB>, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('offices').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}
