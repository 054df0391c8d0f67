import type { Kysely } from 'kysely';

/** Single sign-on with an OpenID Connect provider: external identities linked to users. */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
