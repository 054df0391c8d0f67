import { sql, type Kysely } from 'kysely';

/**
 * What the eligibility procedure's features share (issue 4; docs/design/eligibility.md §2.1, §3):
 *
 * - `btree_gist`, so a booking table can refuse overlapping bookings of one officer, interpreter, room
 *   or applicant with an exclusion constraint (a PostgreSQL server needs the contrib package).
 * - `users.sex`, to honour a request for an interviewer of the same sex (null: not recorded, which
 *   never meets such a request).
 * - `stored_files`: uploaded and generated files (PDFs, scans), append-only, never served by id alone
 *   but through the record that references them, under its policy.
 * - `refugio_append_only(table)`: the triggers that make a table append-only, for the features'
 *   migrations to call.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists btree_gist`.execute(db);
  await sql`alter table users add column sex text check (sex in ('F', 'M', 'X'))`.execute(db);
  await sql`
    create table stored_files (
      id uuid primary key,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null check (size_bytes between 1 and 10485760),
      content bytea not null,
      file_name text not null default '',
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now(),
      check (octet_length(content) = size_bytes)
    )`.execute(db);
  await sql`
    create function refugio_append_only(target regclass) returns void language plpgsql as $$
    begin
      execute format('create trigger %I before update or delete on %s for each row execute function refugio_forbid_change()',
        replace(target::text, '.', '_') || '_no_update', target);
      execute format('create trigger %I before truncate on %s for each statement execute function refugio_forbid_change()',
        replace(target::text, '.', '_') || '_no_truncate', target);
    end $$`.execute(db);
  await sql`select refugio_append_only('stored_files')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table stored_files`.execute(db);
  await sql`drop function refugio_append_only(regclass)`.execute(db);
  await sql`alter table users drop column sex`.execute(db);
}
