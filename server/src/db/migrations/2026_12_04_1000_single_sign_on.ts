import { sql, type Kysely } from 'kysely';

/** Single sign-on with an OpenID Connect provider: external identities linked to users. */
export async function up(db: Kysely<any>): Promise<void> {
  // One identity belongs to one user; a user has at most one identity per provider.
  await sql`
    create table external_identities (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      issuer text not null check (length(issuer) between 1 and 500),
      subject_hash text not null unique check (subject_hash ~ '^[0-9a-f]{64}$'),
      linked_by text not null check (linked_by in ('verified_email', 'created_by_rule')),
      linked_at timestamptz not null default now(),
      last_sign_in_at timestamptz,
      unique (user_id, issuer)
    )`.execute(db);

  // Sign-ins on their way through the provider; rows live minutes and are deleted when used.
  await sql`
    create table single_sign_on_requests (
      id text primary key check (id ~ '^[0-9a-f]{64}$'),
      state text not null,
      nonce text not null,
      code_verifier text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index single_sign_on_requests_expiry_idx on single_sign_on_requests (expires_at)`.execute(
    db,
  );

  // The sign-in history says how each sign-in was made.
  await sql`
    alter table sign_in_attempts
      add column method text not null default 'password' check (method in ('password', 'single_sign_on'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table sign_in_attempts drop column method`.execute(db);
  await sql`drop table single_sign_on_requests`.execute(db);
  await sql`drop table external_identities`.execute(db);
}
