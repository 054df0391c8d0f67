import { sql, type Kysely } from 'kysely';

const roles = [
  'registration_officer',
  'eligibility_officer',
  'supervisor',
  'appeals_officer',
  'statistician',
  'administrator',
  'auditor',
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table offices (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[A-Z0-9]{2,10}$'),
      name text not null,
      city text not null default '',
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email)),
      name text not null,
      role text not null check (role in (${sql.join(roles.map((r) => sql.lit(r)))})),
      office_id uuid references offices(id),
      password_hash text not null,
      active boolean not null default true,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      client_address text not null default ''
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await sql`
    create table case_number_counters (
      office_id uuid not null references offices(id),
      year integer not null,
      last_value integer not null,
      primary key (office_id, year)
    )`.execute(db);

  await sql`
    create table cases (
      id uuid primary key default gen_random_uuid(),
      case_number text not null unique,
      office_id uuid not null references offices(id),
      status text not null,
      entry_date date not null,
      entry_place text not null default '',
      application_date date not null,
      late_filing boolean not null,
      filing_deadline date,
      filing_method text not null,
      late_filing_justification text not null default '',
      search_text text not null,
      principal_name text not null,
      principal_sort text not null,
      nationalities text[] not null default '{}',
      people_count integer not null,
      registered_at timestamptz not null default now(),
      registered_by uuid references users(id),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      check (application_date >= entry_date),
      check (not late_filing or late_filing_justification <> '')
    )`.execute(db);
  await sql`create index cases_office_registered_idx on cases (office_id, registered_at desc)`.execute(db);
  await sql`create index cases_search_trgm_idx on cases using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`create index cases_nationalities_idx on cases using gin (nationalities)`.execute(db);

  await sql`
    create table people (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      position integer not null,
      role text not null check (role in ('principal', 'dependant')),
      relationship text,
      given_names text not null,
      first_surname text not null,
      second_surname text not null default '',
      other_names text[] not null default '{}',
      sex text not null check (sex in ('F', 'M', 'X')),
      birth_date date not null,
      birth_date_estimated boolean not null default false,
      country_of_birth char(3) not null,
      nationalities text[] not null default '{}',
      country_of_origin char(3) not null,
      languages text[] not null default '{}',
      needs_interpreter boolean not null default false,
      phone text not null default '',
      address text not null default '',
      documents jsonb not null default '[]',
      specific_needs text[] not null default '{}',
      created_at timestamptz not null default now(),
      unique (case_id, position),
      check ((role = 'principal') = (relationship is null))
    )`.execute(db);

  await sql`
    create table case_events (
      id bigint generated always as identity primary key,
      case_id uuid not null references cases(id),
      type text not null,
      actor_id uuid references users(id),
      occurred_at timestamptz not null default now(),
      data jsonb not null default '{}'
    )`.execute(db);
  await sql`create index case_events_case_idx on case_events (case_id, id)`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_id uuid,
      action text not null,
      case_id uuid,
      client_address text not null default '',
      details jsonb not null default '{}'
    )`.execute(db);
  await sql`create index audit_log_case_idx on audit_log (case_id, id)`.execute(db);
  await sql`create index audit_log_actor_idx on audit_log (actor_id, id)`.execute(db);

  // Append-only tables: the trigger fires for every role that is not a superuser disabling
  // triggers on purpose, so the application's own connection cannot rewrite history.
  await sql`
    create function refugio_forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception 'table % is append-only', tg_table_name using errcode = '42501';
    end $$`.execute(db);
  for (const table of ['case_events', 'audit_log']) {
    await sql`create trigger ${sql.id(table + '_no_update')} before update or delete on ${sql.table(table)}
      for each row execute function refugio_forbid_change()`.execute(db);
    await sql`create trigger ${sql.id(table + '_no_truncate')} before truncate on ${sql.table(table)}
      for each statement execute function refugio_forbid_change()`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted: restore a backup instead.');
}
