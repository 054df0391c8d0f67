import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

/**
 * Model resolutions and decisions with four-eyes approval (issue 4; docs/design/eligibility.md §2.4).
 *
 * - `document_templates`: model resolutions and notices per country, kind, outcome and language,
 *   numbered; one active per key; title and body frozen once a template leaves `draft` (an edit is a
 *   new number). Seeded with the drafts shipped in `countries/templates/` (marked as Refugio drafts to
 *   be replaced by the authority's own models).
 * - `decisions` (one per case and round), `decision_versions` (frozen once submitted, never deleted),
 *   `decision_people` (derivatives follow the principal unless decided separately; frozen with their
 *   version), `decision_reviews` (append-only; the four-eyes trigger refuses a reviewer who submitted
 *   the version), `decision_documents` (the issued letter, append-only) and `decision_notifications`
 *   (append-only: a correction is a new row).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table document_templates (
      id uuid primary key default gen_random_uuid(),
      country char(3) not null,
      kind text not null check (kind in ('decision', 'interview_notice', 'appeal_decision')),
      outcome text check ((kind = 'interview_notice') = (outcome is null)),
      language char(3) not null,
      number integer not null check (number > 0),
      status text not null default 'draft' check (status in ('draft', 'active', 'retired')),
      title text not null check (title <> ''),
      body jsonb not null check (jsonb_typeof(body) = 'array'),
      source text not null check (source <> ''),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      activated_by uuid references users(id),
      activated_at timestamptz,
      retired_at timestamptz,
      version integer not null default 1,
      check (status <> 'active' or activated_at is not null),
      check ((status = 'retired') = (retired_at is not null))
    )`.execute(db);
  await sql`create unique index document_templates_number_idx
    on document_templates (country, kind, coalesce(outcome, ''), language, number)`.execute(db);
  await sql`create unique index document_templates_active_idx
    on document_templates (country, kind, coalesce(outcome, ''), language) where status = 'active'`.execute(
    db,
  );
  await sql`
    create function refugio_template_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'templates are never deleted' using errcode = '42501';
      end if;
      if old.status <> 'draft' and (new.title is distinct from old.title or new.body is distinct from old.body
          or new.source is distinct from old.source or new.number <> old.number or new.kind <> old.kind
          or new.outcome is distinct from old.outcome or new.language <> old.language or new.country <> old.country) then
        raise exception 'template % is %: an edit is a new number', old.id, old.status using errcode = '42501';
      end if;
      if old.status = 'retired' and new.status <> 'retired' then
        raise exception 'a retired template stays retired' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger document_templates_frozen before update or delete on document_templates
    for each row execute function refugio_template_frozen()`.execute(db);

  await sql`
    create table decisions (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      round smallint not null default 1 check (round > 0),
      kind text not null check (kind in ('first_instance', 'inadmissibility')),
      assessment_id uuid,
      author_id uuid not null references users(id),
      status text not null default 'draft'
        check (status in ('draft', 'submitted', 'returned', 'referred', 'issued', 'notified', 'set_aside')),
      current_version smallint not null default 1,
      outcome text,
      issued_version smallint,
      issued_on date,
      issued_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (case_id, round),
      check (status not in ('issued', 'notified') or (issued_version is not null and issued_on is not null))
    )`.execute(db);
  await sql`create index decisions_status_idx on decisions (status)`.execute(db);

  await sql`
    create table decision_versions (
      decision_id uuid not null references decisions(id),
      number smallint not null check (number > 0),
      outcome text not null,
      recognition_basis text check (recognition_basis in ('refugee_definition', 'expanded_definition')),
      sur_place boolean not null default false,
      language char(3) not null,
      template_id uuid not null references document_templates(id),
      individual_explanation text not null default '',
      reasons jsonb not null default '{}',
      rendered jsonb,
      content_sha256 text,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      submitted_by uuid references users(id),
      submitted_at timestamptz,
      version integer not null default 1,
      primary key (decision_id, number),
      check ((outcome = 'recognized') = (recognition_basis is not null)),
      check ((submitted_at is null) = (submitted_by is null)),
      check (submitted_at is null or (rendered is not null and content_sha256 is not null))
    )`.execute(db);
  await sql`
    create function refugio_decision_version_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'decision versions are never deleted' using errcode = '42501';
      end if;
      if old.submitted_at is not null then
        raise exception 'version % of decision % was submitted: it cannot change', old.number, old.decision_id
          using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger decision_versions_frozen before update or delete on decision_versions
    for each row execute function refugio_decision_version_frozen()`.execute(db);

  await sql`
    create table decision_people (
      decision_id uuid not null,
      version_number smallint not null,
      person_id uuid not null references people(id),
      outcome text not null,
      follows_principal boolean not null,
      reasons text not null default '' check (follows_principal or reasons <> ''),
      primary key (decision_id, version_number, person_id),
      foreign key (decision_id, version_number) references decision_versions(decision_id, number)
    )`.execute(db);
  await sql`
    create function refugio_decision_people_frozen() returns trigger language plpgsql as $$
    declare
      row_ record;
    begin
      row_ := case when tg_op = 'INSERT' then new else old end;
      if exists (select 1 from decision_versions v where v.decision_id = row_.decision_id
          and v.number = row_.version_number and v.submitted_at is not null) then
        raise exception 'the people of a submitted version cannot change' using errcode = '42501';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`.execute(db);
  await sql`create trigger decision_people_frozen before insert or update or delete on decision_people
    for each row execute function refugio_decision_people_frozen()`.execute(db);

  await sql`
    create table decision_reviews (
      id uuid primary key default gen_random_uuid(),
      decision_id uuid not null,
      version_number smallint not null,
      reviewer_id uuid not null references users(id),
      verdict text not null check (verdict in ('approved', 'returned')),
      comments text not null default '' check (verdict = 'approved' or comments <> ''),
      reviewed_at timestamptz not null default now(),
      unique (decision_id, version_number),
      foreign key (decision_id, version_number) references decision_versions(decision_id, number)
    )`.execute(db);
  await sql`select refugio_append_only('decision_reviews')`.execute(db);
  // Four eyes, whatever the code above does: the reviewer never submitted the version, which is submitted.
  await sql`
    create function refugio_four_eyes() returns trigger language plpgsql as $$
    declare
      submitter uuid;
      submitted timestamptz;
    begin
      select submitted_by, submitted_at into submitter, submitted from decision_versions
        where decision_id = new.decision_id and number = new.version_number;
      if submitted is null then
        raise exception 'only a submitted version is reviewed' using errcode = '42501';
      end if;
      if submitter = new.reviewer_id then
        raise exception 'four eyes: the author of a version cannot review it' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger decision_reviews_four_eyes before insert on decision_reviews
    for each row execute function refugio_four_eyes()`.execute(db);

  await sql`
    create table decision_documents (
      decision_id uuid primary key references decisions(id),
      version_number smallint not null,
      file_id uuid not null references stored_files(id),
      template_id uuid not null references document_templates(id),
      rendered_at timestamptz not null default now(),
      foreign key (decision_id, version_number) references decision_versions(decision_id, number)
    )`.execute(db);
  await sql`select refugio_append_only('decision_documents')`.execute(db);

  await sql`
    create table decision_notifications (
      id uuid primary key default gen_random_uuid(),
      decision_id uuid not null references decisions(id),
      person_id uuid not null references people(id),
      notified_on date not null,
      method text not null
        check (method in ('in_person', 'registered_mail', 'electronic', 'through_representative', 'other')),
      explained_in char(3),
      interpreter_id uuid,
      proof_kind text not null check (proof_kind in
        ('signed_acknowledgement', 'postal_receipt', 'electronic_receipt', 'record_of_refusal', 'other')),
      proof_reference text not null default '',
      proof_file_id uuid references stored_files(id),
      corrects_id uuid references decision_notifications(id),
      correction_reason text not null default '',
      recorded_by uuid not null references users(id),
      recorded_at timestamptz not null default now(),
      check (proof_reference <> '' or proof_file_id is not null),
      check ((corrects_id is null) = (correction_reason = ''))
    )`.execute(db);
  await sql`create index decision_notifications_decision_idx on decision_notifications (decision_id)`.execute(
    db,
  );
  await sql`select refugio_append_only('decision_notifications')`.execute(db);

  for (const template of shippedTemplates()) {
    await sql`
      insert into document_templates (country, kind, outcome, language, number, status, title, body, source,
        activated_at)
      values (${template.country}, ${template.kind}, ${template.outcome}, ${template.language}, 1, 'active',
        ${template.title}, ${JSON.stringify(template.body)}::jsonb, ${template.source}, now())`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'decision_notifications',
    'decision_documents',
    'decision_reviews',
    'decision_people',
    'decision_versions',
    'decisions',
    'document_templates',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  for (const fn of [
    'refugio_four_eyes',
    'refugio_decision_people_frozen',
    'refugio_decision_version_frozen',
    'refugio_template_frozen',
  ]) {
    await sql`drop function ${sql.id(fn)}()`.execute(db);
  }
}

interface ShippedTemplate {
  country: string;
  kind: string;
  outcome: string | null;
  language: string;
  title: string;
  source: string;
  body: unknown[];
}

/**
 * The model resolutions shipped with Refugio as they were when this migration was written
 * (`countries/templates/<COUNTRY>/*.json`); later changes to those files reach a database as new numbers
 * through the templates page, never by editing this migration's rows.
 */
function shippedTemplates(): ShippedTemplate[] {
  const root = fileURLToPath(new URL('../../../../countries/templates/', import.meta.url));
  let countries: string[];
  try {
    countries = readdirSync(root).sort();
  } catch {
    return [];
  }
  return countries.flatMap((country) =>
    readdirSync(join(root, country))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(join(root, country, file), 'utf8')) as ShippedTemplate),
  );
}
