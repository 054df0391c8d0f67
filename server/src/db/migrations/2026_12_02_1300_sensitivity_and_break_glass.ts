import { sql, type Kysely } from 'kysely';

/**
 * Sensitivity and break-glass access (issue 5). `cases.sensitive` is denormalised from the marks
 * (true while the case or one of its people carries an active mark) because every access decision
 * and every list reads it. Marks, named supervisors and grants keep their history: a lifted mark, an
 * unnamed supervisor or an expired grant stays as a row with who did it and when.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table cases add column sensitive boolean not null default false`.execute(db);
  await sql`create index cases_sensitive_idx on cases (id) where sensitive`.execute(db);
  await sql`
    create table sensitivity_marks (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      person_id uuid references people(id),
      category text not null check (category in
        ('sgbv', 'lgbtiq', 'staff_member', 'public_figure', 'child_protection', 'other')),
      reason text not null check (length(reason) between 1 and 2000),
      marked_by uuid not null references users(id),
      marked_at timestamptz not null default now(),
      lifted_by uuid references users(id),
      lifted_at timestamptz,
      lift_reason text,
      check ((lifted_by is null) = (lifted_at is null))
    )`.execute(db);
  await sql`create index sensitivity_marks_case_idx on sensitivity_marks (case_id) where lifted_at is null`.execute(
    db,
  );
  await sql`
    create table case_supervisors (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      user_id uuid not null references users(id),
      named_by uuid not null references users(id),
      named_at timestamptz not null default now(),
      removed_by uuid references users(id),
      removed_at timestamptz
    )`.execute(db);
  await sql`create unique index case_supervisors_current_idx on case_supervisors (case_id, user_id)
    where removed_at is null`.execute(db);
  await sql`create index case_supervisors_user_idx on case_supervisors (user_id) where removed_at is null`.execute(
    db,
  );
  await sql`
    create table break_glass_grants (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id),
      case_id uuid not null references cases(id),
      office_id uuid not null references offices(id),
      reason text not null check (length(reason) between 20 and 2000),
      granted_at timestamptz not null default now(),
      expires_at timestamptz not null,
      reviewed_by uuid references users(id),
      reviewed_at timestamptz,
      review_outcome text check (review_outcome in ('justified', 'not_justified')),
      review_note text,
      check (expires_at > granted_at),
      check ((reviewed_by is null) = (reviewed_at is null) and (reviewed_at is null) = (review_outcome is null))
    )`.execute(db);
  await sql`create index break_glass_grants_active_idx on break_glass_grants (user_id, case_id, expires_at)`.execute(
    db,
  );
  await sql`create index break_glass_grants_unreviewed_idx on break_glass_grants (office_id, granted_at)
    where reviewed_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table break_glass_grants`.execute(db);
  await sql`drop table case_supervisors`.execute(db);
  await sql`drop table sensitivity_marks`.execute(db);
  await sql`alter table cases drop column sensitive`.execute(db);
}
