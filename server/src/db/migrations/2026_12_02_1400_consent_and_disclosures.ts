import { sql, type Kysely } from 'kysely';

/**
 * Data protection (issue 5): the register of recipients data may be shared with, each person's
 * consent to each kind of sharing (a history: the latest record per person and purpose stands), and
 * every disclosure made. Consents and disclosures are never updated; they are not under the
 * append-only trigger because retention must be able to dispose of them with the person's file.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table recipients (
      id uuid primary key default gen_random_uuid(),
      name text not null check (name <> ''),
      kind text not null check (kind in ('unhcr', 'international_organisation', 'ngo', 'state_authority')),
      country char(3),
      active boolean not null default true,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (kind <> 'state_authority' or country is not null)
    )`.execute(db);
  await sql`create unique index recipients_name on recipients (lower(name))`.execute(db);

  await sql`
    create table consents (
      id uuid primary key default gen_random_uuid(),
      -- The order decisions were recorded in: the newest stands, even two within one instant.
      seq bigint generated always as identity unique,
      case_id uuid not null references cases(id) on delete cascade,
      person_id uuid not null references people(id) on delete cascade,
      purpose text not null check (purpose in ('unhcr', 'partner_referral', 'resettlement', 'family_tracing')),
      decision text not null check (decision in ('given', 'refused', 'withdrawn')),
      method text not null check (method in ('signed_form', 'oral_recorded', 'electronic')),
      given_by text not null check (given_by in ('self', 'parent_or_guardian', 'legal_representative')),
      expressed_on date not null,
      note text not null default '',
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index consents_person on consents (person_id, purpose, seq desc)`.execute(db);
  await sql`create index consents_case on consents (case_id)`.execute(db);

  await sql`
    create table disclosures (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      recipient_id uuid not null references recipients(id),
      purpose text not null check (purpose in ('unhcr', 'partner_referral', 'resettlement', 'family_tracing')),
      person_ids uuid[] not null check (cardinality(person_ids) > 0),
      note text not null default '',
      disclosed_by uuid references users(id),
      disclosed_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index disclosures_case on disclosures (case_id, disclosed_at desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table disclosures`.execute(db);
  await sql`drop table consents`.execute(db);
  await sql`drop table recipients`.execute(db);
}
