import { sql, type Kysely } from 'kysely';

/**
 * The rest of the sensitive values sealed at rest (issue 5):
 *
 * - `people.phone`, `people.address`: sealed under the case's data key (place: people/<column>/<id>).
 * - `assessment_sections.content`: the whole section JSON (its free-text reasons with it) sealed under
 *   the case's data key (place: assessment_sections/content/<assessment id>#<section>).
 * - `user_mfa.totp_secret`: not case data, so sealed directly under a master key with the user id in
 *   the AAD; `totp_key_id` names that master key (its fingerprint), so `refugio keys rotate` finds the
 *   secrets to re-seal and the start-up key check knows which keys they need.
 * - `stored_files.content` (issued decision letters, notification proofs, consent forms): sealed under
 *   the data key of the case the file belongs to, named by the new `case_id` (filled here from the
 *   records that reference a file). Files of no case (country-of-origin sources, public) stay plain.
 *
 * Migrations get no keys: text is carried over as legacy plaintext (`0x00` + UTF-8) exactly like
 * 2026_12_02_1200_encryption_and_attachments, and sealed at the next start by
 * `crypto/legacy-sealing.ts`. File bytes need no marker (a PDF, JPEG or PNG never starts with the
 * sealed format's byte 0x01). The append-only and draft-only update triggers allow exactly that one
 * change; the delete triggers (only a disposal deletes: 2026_12_03_1000_retention) are left as they are.
 */
const LEGACY_EMPTY = sql`decode('00', 'hex')`;

const toLegacy = (column: string) => sql`decode('00', 'hex') || convert_to(${sql.ref(column)}, 'UTF8')`;

/** SQL: only the named columns changed, each from legacy plaintext to a sealed value. */
const sealingOnly = (columns: string[], alsoFilled: string[] = []) =>
  `(to_jsonb(new) - ${[...columns, ...alsoFilled].map((c) => `'${c}'`).join(' - ')}) = (to_jsonb(old) - ${[
    ...columns,
    ...alsoFilled,
  ]
    .map((c) => `'${c}'`)
    .join(' - ')}) and ${columns
    .map((c) => `(new.${c} = old.${c} or (get_byte(old.${c}, 0) <> 1 and get_byte(new.${c}, 0) = 1))`)
    .join(
      ' and ',
    )}${alsoFilled.map((c) => ` and (new.${c} is not distinct from old.${c} or old.${c} is null)`).join('')}`;

export async function up(db: Kysely<any>): Promise<void> {
  // People's contact details.
  for (const column of ['phone', 'address']) {
    await sql`alter table people alter column ${sql.ref(column)} drop default`.execute(db);
    await sql`alter table people alter column ${sql.ref(column)} type bytea using ${toLegacy(column)}`.execute(
      db,
    );
    await sql`alter table people alter column ${sql.ref(column)} set default ${LEGACY_EMPTY}`.execute(db);
    await sql`alter table people add constraint ${sql.raw(`people_${column}_present`)}
      check (octet_length(${sql.ref(column)}) >= 1)`.execute(db);
  }

  // TOTP secrets, under a master key named by its fingerprint (null: legacy plaintext).
  await sql`alter table user_mfa alter column totp_secret type bytea using ${toLegacy('totp_secret')}`.execute(
    db,
  );
  await sql`alter table user_mfa add column totp_key_id text check (totp_key_id ~ '^[0-9a-f]{16}$')`.execute(
    db,
  );
  await sql`alter table user_mfa add constraint user_mfa_sealed_with_key
    check ((totp_key_id is null) = (get_byte(totp_secret, 0) <> 1))`.execute(db);

  // Assessment sections: the whole JSON.
  await sql`alter table assessment_sections alter column content drop default`.execute(db);
  await sql`alter table assessment_sections alter column content type bytea
    using decode('00', 'hex') || convert_to(content::text, 'UTF8')`.execute(db);
  await sql`alter table assessment_sections alter column content set default decode('007b7d', 'hex')`.execute(
    db,
  );
  await sql`alter table assessment_sections add constraint assessment_sections_content_present
    check (octet_length(content) >= 1)`.execute(db);
  await sql
    .raw(
      `
    create function refugio_assessment_section_draft_only() returns trigger language plpgsql as $$
    declare
      target uuid;
      current_status text;
    begin
      if tg_op = 'UPDATE' and ${sealingOnly(['content'])} then return new; end if;
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
  // Deletes keep their own trigger (2026_12_03_1000_retention: only a disposal deletes).
  await sql`drop trigger assessment_sections_draft_only on assessment_sections`.execute(db);
  await sql`create trigger assessment_sections_draft_only before insert or update on assessment_sections
    for each row execute function refugio_assessment_section_draft_only()`.execute(db);

  // Stored files: the case they belong to, then sealed bytes (12-byte IV and 16-byte tag added).
  await sql`drop trigger stored_files_no_update on stored_files`.execute(db);
  await sql`alter table stored_files add column case_id uuid references cases(id)`.execute(db);
  await sql`create index stored_files_case on stored_files (case_id) where case_id is not null`.execute(db);
  await sql`
    update stored_files f set case_id = owner.case_id from (
      select dd.file_id, d.case_id from decision_documents dd join decisions d on d.id = dd.decision_id
      union all
      select n.proof_file_id, d.case_id from decision_notifications n join decisions d on d.id = n.decision_id
        where n.proof_file_id is not null
      union all
      select c.file_id, c.case_id from remote_interview_consents c where c.file_id is not null
    ) owner where owner.file_id = f.id`.execute(db);
  await sql`
    do $$ declare c record; begin
      for c in select conname from pg_constraint
        where conrelid = 'stored_files'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%octet_length(content)%'
      loop execute format('alter table stored_files drop constraint %I', c.conname); end loop;
    end $$`.execute(db);
  await sql`alter table stored_files add constraint stored_files_content_size
    check (octet_length(content) = size_bytes or (get_byte(content, 0) = 1 and octet_length(content) = size_bytes + 29))`.execute(
    db,
  );
  await sql
    .raw(
      `
    create function refugio_stored_file_sealing_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and ${sealingOnly(['content'], ['case_id'])} then return new; end if;
      raise exception 'table % is append-only', tg_table_name using errcode = '42501';
    end $$`,
    )
    .execute(db);
  await sql`create trigger stored_files_no_update before update on stored_files
    for each row execute function refugio_stored_file_sealing_only()`.execute(db);
}

/**
 * Back to plaintext columns: only while nothing is sealed yet (a sealed value cannot be opened
 * without the keys, and silently dropping data is not an option), so a database with sealed values
 * refuses.
 */
export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of [
    ['people', 'phone'],
    ['people', 'address'],
    ['user_mfa', 'totp_secret'],
    ['assessment_sections', 'content'],
    ['stored_files', 'content'],
  ] as const) {
    await sql`
      do $$ begin
        if exists (select 1 from ${sql.table(table)} where get_byte(${sql.ref(column)}, 0) = 1) then
          raise exception '${sql.raw(`${table}.${column}`)} holds sealed values: open them with the keys before going back';
        end if;
      end $$`.execute(db);
  }
  const fromLegacy = (column: string) =>
    sql`convert_from(case when get_byte(${sql.ref(column)}, 0) = 0
      then substring(${sql.ref(column)} from 2) else ${sql.ref(column)} end, 'UTF8')`;

  await sql`drop trigger stored_files_no_update on stored_files`.execute(db);
  await sql`drop function refugio_stored_file_sealing_only()`.execute(db);
  // Its delete trigger (stored_files_no_delete, retention) stays as it is.
  await sql`alter table stored_files drop constraint stored_files_content_size`.execute(db);
  await sql`alter table stored_files add check (octet_length(content) = size_bytes)`.execute(db);
  await sql`drop index stored_files_case`.execute(db);
  await sql`alter table stored_files drop column case_id`.execute(db);
  await sql`create trigger stored_files_no_update before update on stored_files
    for each row execute function refugio_forbid_change()`.execute(db);

  await sql`drop trigger assessment_sections_draft_only on assessment_sections`.execute(db);
  await sql`drop function refugio_assessment_section_draft_only()`.execute(db);
  await sql`create trigger assessment_sections_draft_only before insert or update on assessment_sections
    for each row execute function refugio_assessment_draft_only()`.execute(db);
  await sql`alter table assessment_sections drop constraint assessment_sections_content_present`.execute(db);
  await sql`alter table assessment_sections alter column content drop default`.execute(db);
  await sql`alter table assessment_sections alter column content type jsonb using (${fromLegacy('content')})::jsonb`.execute(
    db,
  );
  await sql`alter table assessment_sections alter column content set default '{}'`.execute(db);

  await sql`alter table user_mfa drop constraint user_mfa_sealed_with_key`.execute(db);
  await sql`alter table user_mfa drop column totp_key_id`.execute(db);
  await sql`alter table user_mfa alter column totp_secret type text using ${fromLegacy('totp_secret')}`.execute(
    db,
  );

  for (const column of ['phone', 'address']) {
    await sql`alter table people drop constraint ${sql.raw(`people_${column}_present`)}`.execute(db);
    await sql`alter table people alter column ${sql.ref(column)} drop default`.execute(db);
    await sql`alter table people alter column ${sql.ref(column)} type text using ${fromLegacy(column)}`.execute(
      db,
    );
    await sql`alter table people alter column ${sql.ref(column)} set default ''`.execute(db);
  }
}
