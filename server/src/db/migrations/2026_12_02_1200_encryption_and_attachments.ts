import { sql, type Kysely } from 'kysely';

/**
 * Encryption keys and attachments (issue 5).
 *
 * - `data_keys`: one data key per case, wrapped under a master key named by its fingerprint. Deleting
 *   the row makes everything sealed under it unreadable (crypto-shredding).
 * - `attachments`: a case's documents; the bytes live encrypted in the document store, the name and
 *   description are sealed here.
 * - The interview transcripts (turns, addenda, observations, applicant's remarks) and the assessment's
 *   material facts (statement, reasons) become `bytea`. Migrations get no keys, so existing text is
 *   carried over as "legacy plaintext" (`0x00` + UTF-8) and sealed at the next start, with the keys,
 *   by `crypto/legacy-sealing.ts` (so is any value not starting with the sealed format's byte 0x01).
 *   Their non-empty checks become length checks (the contract keeps refusing empty text); the freeze
 *   triggers allow exactly one change: plaintext to sealed.
 */
const SEALED_COLUMNS: [table: string, columns: string[]][] = [
  ['interview_turns', ['text']],
  ['interview_addenda', ['text']],
  ['interview_records', ['observations', 'applicant_remarks']],
  ['assessment_facts', ['statement', 'reasons']],
];

/** The SQL expression: only sealed columns changed, each from legacy plaintext to a sealed value. */
const sealingOnly = (columns: string[]) =>
  `(to_jsonb(new) - ${columns.map((c) => `'${c}'`).join(' - ')}) = (to_jsonb(old) - ${columns
    .map((c) => `'${c}'`)
    .join(' - ')}) and ${columns
    .map((c) => `(new.${c} = old.${c} or (get_byte(old.${c}, 0) <> 1 and get_byte(new.${c}, 0) = 1))`)
    .join(' and ')}`;
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table data_keys (
      case_id uuid primary key references cases(id) on delete cascade,
      master_key_id text not null check (master_key_id ~ '^[0-9a-f]{16}$'),
      wrapped_key bytea not null,
      created_at timestamptz not null default now(),
      rewrapped_at timestamptz
    )`.execute(db);
  await sql`create index data_keys_master_key on data_keys (master_key_id)`.execute(db);

  await sql`
    create table attachments (
      id uuid primary key,
      case_id uuid not null references cases(id),
      person_id uuid references people(id),
      category text not null
        check (category in ('identity_document', 'medical_report', 'evidence', 'correspondence', 'other')),
      file_name bytea not null,
      description bytea not null,
      media_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text not null unique,
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index attachments_case on attachments (case_id, uploaded_at)`.execute(db);

  for (const [table, columns] of SEALED_COLUMNS) {
    // The old "not empty" checks compare text; ciphertext is never empty, and the contract checks text.
    await sql`
      do $$ declare c record; begin
        for c in select conname from pg_constraint
          where conrelid = ${sql.lit(table)}::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%<> ''''::text%'
        loop execute format('alter table %I drop constraint %I', ${sql.lit(table)}, c.conname); end loop;
      end $$`.execute(db);
    for (const column of columns) {
      await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} drop default`.execute(db);
      await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type bytea
        using decode('00', 'hex') || convert_to(${sql.ref(column)}, 'UTF8')`.execute(db);
      await sql`alter table ${sql.table(table)} add constraint ${sql.raw(`${table}_${column}_present`)}
        check (octet_length(${sql.ref(column)}) >= 1)`.execute(db);
    }
  }
  await sql`alter table interview_records alter column observations set default decode('00', 'hex')`.execute(
    db,
  );
  await sql`alter table interview_records alter column applicant_remarks set default decode('00', 'hex')`.execute(
    db,
  );

  await sql
    .raw(
      `
    create or replace function refugio_interview_record_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'confirmed' and not (tg_op = 'UPDATE' and ${sealingOnly(['observations', 'applicant_remarks'])}) then
        raise exception 'interview record % is confirmed: amend it by an addendum', old.id using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `
    create or replace function refugio_interview_turns_locked() returns trigger language plpgsql as $$
    declare
      locked boolean;
    begin
      if tg_op = 'UPDATE' and ${sealingOnly(['text'])} then return new; end if;
      select status = 'confirmed' into locked from interview_records
        where id = case when tg_op = 'DELETE' then old.record_id else new.record_id end;
      if locked or (tg_op = 'UPDATE' and exists (
          select 1 from interview_records where id = old.record_id and status = 'confirmed')) then
        raise exception 'the turns of a confirmed interview record are locked' using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `
    create function refugio_addendum_sealing_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and ${sealingOnly(['text'])} then return new; end if;
      raise exception 'table % is append-only', tg_table_name using errcode = '42501';
    end $$`,
    )
    .execute(db);
  await sql`drop trigger interview_addenda_no_update on interview_addenda`.execute(db);
  await sql`create trigger interview_addenda_no_update before update or delete on interview_addenda
    for each row execute function refugio_addendum_sealing_only()`.execute(db);
  // A submitted assessment's facts stay frozen, except for the one-time sealing of carried-over text.
  await sql
    .raw(
      `
    create function refugio_assessment_fact_draft_only() returns trigger language plpgsql as $$
    declare
      target uuid;
      current_status text;
    begin
      if tg_op = 'UPDATE' and ${sealingOnly(['statement', 'reasons'])} then return new; end if;
      if tg_op = 'DELETE' then target := old.assessment_id; else target := new.assessment_id; end if;
      select status into current_status from assessments where id = target;
      if current_status is distinct from 'draft' then
        raise exception 'assessment % is %: its sections, facts and citations cannot change', target, current_status
          using errcode = '42501';
      end if;
      if tg_op = 'UPDATE' and new.assessment_id <> old.assessment_id then
        raise exception 'a row cannot move to another assessment' using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`,
    )
    .execute(db);
  await sql`drop trigger assessment_facts_draft_only on assessment_facts`.execute(db);
  await sql`create trigger assessment_facts_draft_only before insert or update or delete on assessment_facts
    for each row execute function refugio_assessment_fact_draft_only()`.execute(db);
}

/**
 * Back to text: only possible while nothing is sealed yet (a sealed value cannot be opened without the
 * keys, and silently dropping testimonies is not an option), so a database with sealed values refuses.
 */
export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of SEALED_COLUMNS) {
    for (const column of columns) {
      await sql`
        do $$ begin
          if exists (select 1 from ${sql.table(table)} where get_byte(${sql.ref(column)}, 0) = 1) then
            raise exception '${sql.raw(`${table}.${column}`)} holds sealed values: open them with the keys before going back';
          end if;
        end $$`.execute(db);
    }
  }
  await sql`drop trigger interview_addenda_no_update on interview_addenda`.execute(db);
  await sql`drop function refugio_addendum_sealing_only()`.execute(db);
  await sql`drop trigger assessment_facts_draft_only on assessment_facts`.execute(db);
  await sql`drop function refugio_assessment_fact_draft_only()`.execute(db);
  await sql`create trigger assessment_facts_draft_only before insert or update or delete on assessment_facts
    for each row execute function refugio_assessment_draft_only()`.execute(db);
  await sql`create trigger interview_addenda_no_update before update or delete on interview_addenda
    for each row execute function refugio_forbid_change()`.execute(db);
  await sql`
    create or replace function refugio_interview_record_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'confirmed' then
        raise exception 'interview record % is confirmed: amend it by an addendum', old.id using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`
    create or replace function refugio_interview_turns_locked() returns trigger language plpgsql as $$
    declare
      locked boolean;
    begin
      select status = 'confirmed' into locked from interview_records
        where id = case when tg_op = 'DELETE' then old.record_id else new.record_id end;
      if locked or (tg_op = 'UPDATE' and exists (
          select 1 from interview_records where id = old.record_id and status = 'confirmed')) then
        raise exception 'the turns of a confirmed interview record are locked' using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  for (const [table, columns] of SEALED_COLUMNS) {
    for (const column of columns) {
      await sql`alter table ${sql.table(table)} drop constraint ${sql.raw(`${table}_${column}_present`)}`.execute(
        db,
      );
      await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} drop default`.execute(db);
      await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type text
        using convert_from(case when get_byte(${sql.ref(column)}, 0) = 0
          then substring(${sql.ref(column)} from 2) else ${sql.ref(column)} end, 'UTF8')`.execute(db);
    }
  }
  await sql`alter table interview_records alter column observations set default ''`.execute(db);
  await sql`alter table interview_records alter column applicant_remarks set default ''`.execute(db);
  await sql`alter table interview_turns add check (text <> '')`.execute(db);
  await sql`alter table interview_addenda add check (text <> '')`.execute(db);
  await sql`alter table interview_records add check (applicant_confirmation is distinct from 'refused' or applicant_remarks <> '')`.execute(
    db,
  );
  await sql`alter table assessment_facts add check (statement <> '')`.execute(db);
  await sql`alter table assessment_facts add check (reasons <> '')`.execute(db);
  await sql`drop table attachments`.execute(db);
  await sql`drop table data_keys`.execute(db);
}
