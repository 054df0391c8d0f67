import { sql, type Kysely } from 'kysely';

/**
 * What moves the clocks of a case besides its own events, and a projection of its deadlines for the
 * dashboard and the case list.
 *
 * - `clock_suspensions`: a supervisor stops the clocks of one case, an office or the whole authority
 *   from a date; lifting, correcting or withdrawing one updates the row and appends the change to
 *   `clock_suspension_changes` (append-only), so every earlier state can be read back.
 * - `declared_non_working_days`: days the authority declares non-working (gazette acuerdos), entered by
 *   an administrator; withdrawn, never deleted.
 * - `case_deadlines` / `case_clocks`: the deadlines computed from all of the above, rewritten whenever
 *   one of their inputs changes. The truth stays in the events and the tables above; these two can be
 *   rebuilt from them at any time (`clock_recomputations` records each bulk rewrite and lets an
 *   interrupted one resume).
 * - `cases.assigned_to` (the officer in charge, for the dashboard), `cases.track` and `cases.triage`
 *   (where registration placed the case and why).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table clock_suspensions (
      id uuid primary key,
      scope text not null check (scope in ('case', 'office', 'authority')),
      case_id uuid references cases(id),
      office_id uuid references offices(id),
      starts_on date not null,
      ends_on date,
      legal_basis text not null,
      reason text not null,
      status text not null default 'active' check (status in ('active', 'withdrawn')),
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((scope = 'case') = (case_id is not null)),
      check ((scope = 'office') = (office_id is not null)),
      check (ends_on is null or ends_on >= starts_on)
    )`.execute(db);
  await sql`create index clock_suspensions_case_idx on clock_suspensions (case_id) where case_id is not null`.execute(
    db,
  );
  await sql`create index clock_suspensions_office_idx on clock_suspensions (office_id) where office_id is not null`.execute(
    db,
  );

  await sql`
    create table clock_suspension_changes (
      id bigint generated always as identity primary key,
      suspension_id uuid not null references clock_suspensions(id),
      kind text not null check (kind in ('created', 'lifted', 'corrected', 'withdrawn')),
      starts_on date not null,
      ends_on date,
      legal_basis text not null,
      reason text not null,
      actor_id uuid references users(id),
      occurred_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index clock_suspension_changes_idx on clock_suspension_changes (suspension_id, id)`.execute(
    db,
  );

  await sql`
    create table declared_non_working_days (
      id uuid primary key,
      country char(3) not null,
      date date not null,
      reason text not null,
      legal_basis text not null,
      source text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by uuid references users(id),
      withdrawal_reason text,
      check ((withdrawn_at is null) = (withdrawal_reason is null))
    )`.execute(db);
  await sql`create unique index declared_days_in_force_idx on declared_non_working_days (country, date)
    where withdrawn_at is null`.execute(db);

  await sql`
    create table case_deadlines (
      case_id uuid not null references cases(id),
      limit_id text not null,
      starts_on date not null,
      due_on date,
      status text not null check (status in ('open', 'met', 'met_late', 'suspended')),
      met_on date,
      primary key (case_id, limit_id)
    )`.execute(db);
  await sql`create index case_deadlines_running_idx on case_deadlines (due_on) where status in ('open', 'suspended')`.execute(
    db,
  );

  await sql`
    create table case_clocks (
      case_id uuid primary key references cases(id),
      next_limit text,
      next_due_on date,
      next_status text check (next_status in ('open', 'suspended')),
      computed_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index case_clocks_next_idx on case_clocks (next_due_on)`.execute(db);

  await sql`
    create table clock_recomputations (
      id uuid primary key,
      cause jsonb not null,
      office_id uuid references offices(id),
      status text not null default 'running' check (status in ('running', 'done')),
      total integer not null default 0,
      done integer not null default 0,
      changed integer not null default 0,
      after_case_id uuid,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);

  await sql`alter table cases add column assigned_to uuid references users(id)`.execute(db);
  await sql`alter table cases add column track text not null default 'regular'`.execute(db);
  await sql`alter table cases add column triage jsonb not null default '{}'`.execute(db);

  for (const table of ['clock_suspension_changes']) {
    await sql`create trigger ${sql.id(table + '_no_update')} before update or delete on ${sql.table(table)}
      for each row execute function refugio_forbid_change()`.execute(db);
    await sql`create trigger ${sql.id(table + '_no_truncate')} before truncate on ${sql.table(table)}
      for each statement execute function refugio_forbid_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table cases drop column triage`.execute(db);
  await sql`alter table cases drop column track`.execute(db);
  await sql`alter table cases drop column assigned_to`.execute(db);
  for (const table of [
    'clock_recomputations',
    'case_clocks',
    'case_deadlines',
    'declared_non_working_days',
    'clock_suspension_changes',
    'clock_suspensions',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
