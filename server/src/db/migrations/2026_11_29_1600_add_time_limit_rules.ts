import { sql, type Kysely } from 'kysely';

/**
 * Versions of the procedure's time limits recorded by the authority's administrators: rules the
 * country profile leaves unknown, or a change in the law from a date. Each row holds one version in
 * the profile's own shape (`rule`, validated on entry); withdrawn, never deleted. At most one version
 * in force per limit and start date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table time_limit_rules (
      id uuid primary key,
      country text not null,
      limit_id text not null,
      effective_from date not null,
      rule jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by uuid references users(id),
      withdrawal_reason text,
      check ((withdrawn_at is null) = (withdrawal_reason is null))
    )`.execute(db);
  await sql`create unique index time_limit_rules_in_force_idx on time_limit_rules (country, limit_id, effective_from)
    where withdrawn_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table time_limit_rules`.execute(db);
}
