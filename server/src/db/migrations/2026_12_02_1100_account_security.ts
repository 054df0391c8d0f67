import { sql, type Kysely } from 'kysely';

/**
 * Account security (issue 5): sign-in throttling with lockout, sign-in history, TOTP MFA with
 * recovery codes, the MFA policy, and sessions that can be pending (password given, MFA not yet).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A pending session reaches only the MFA step (or the forced enrolment) and sign-out.
  await sql`
    alter table sessions
      add column stage text not null default 'full' check (stage in ('full', 'mfa', 'mfa_enrolment')),
      add column public_id uuid not null default gen_random_uuid() unique,
      add column user_agent text not null default ''`.execute(db);

  // Keyed by the SHA-256 of the normalised e-mail typed, known account or not: the table holds no
  // addresses, and an unknown e-mail locks exactly like a known one (no account enumeration).
  await sql`
    create table sign_in_throttle (
      email_hash text primary key check (email_hash ~ '^[0-9a-f]{64}$'),
      failures integer not null check (failures >= 0),
      locked_until timestamptz,
      last_failure_at timestamptz not null
    )`.execute(db);

  await sql`
    create table sign_in_attempts (
      id uuid primary key default gen_random_uuid(),
      occurred_at timestamptz not null default now(),
      user_id uuid references users(id) on delete cascade,
      outcome text not null check (
        outcome in ('success', 'mfa_required', 'wrong_password', 'locked', 'mfa_failed', 'account_disabled')
      ),
      client_address text not null default '',
      user_agent text not null default ''
    )`.execute(db);
  await sql`create index sign_in_attempts_user_idx on sign_in_attempts (user_id, occurred_at desc)`.execute(
    db,
  );

  await sql`
    create table user_mfa (
      user_id uuid primary key references users(id) on delete cascade,
      totp_secret text not null,
      created_at timestamptz not null default now(),
      confirmed_at timestamptz,
      last_time_step integer
    )`.execute(db);

  await sql`
    create table mfa_recovery_codes (
      user_id uuid not null references users(id) on delete cascade,
      code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
      used_at timestamptz,
      primary key (user_id, code_hash)
    )`.execute(db);

  await sql`
    create table account_settings (
      name text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by uuid references users(id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table account_settings`.execute(db);
  await sql`drop table mfa_recovery_codes`.execute(db);
  await sql`drop table user_mfa`.execute(db);
  await sql`drop table sign_in_attempts`.execute(db);
  await sql`drop table sign_in_throttle`.execute(db);
  await sql`delete from sessions where stage <> 'full'`.execute(db);
  await sql`alter table sessions drop column user_agent, drop column public_id, drop column stage`.execute(
    db,
  );
}
