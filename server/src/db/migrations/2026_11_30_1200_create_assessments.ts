import { sql, type Kysely } from 'kysely';

/**
 * Country-of-origin information and eligibility assessments (issue 4; docs/design/eligibility.md §2.3).
 *
 * - `coi_sources`: the authority's library of country information (authority-wide, no personal data);
 *   `search_text` is folded like `cases.search_text` (search/normalize.ts) and trigram-indexed. A
 *   source is superseded, never deleted, with the reason and its successor.
 * - `assessments`: one per case and round, of the principal applicant; `assessment_sections` hold the
 *   sections of the UNHCR assessment form (content as the contract's section schemas);
 *   `assessment_facts` the material facts, each accepted or rejected with reasons;
 *   `assessment_citations` what a section or fact rests on (a COI source, an interview turn or
 *   addendum, a document, other evidence).
 * - Interview citations keep a textual pinpoint and the ids as plain values: the interview tables
 *   belong to another feature, so no foreign key ties the two.
 * - Sections, facts and citations are frozen (42501) unless their assessment is a draft.
 * - INTV-1: a rejected fact resting on an inconsistency must have been put to the applicant.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table coi_sources (
      id uuid primary key,
      title text not null check (title <> ''),
      publisher text not null check (publisher <> ''),
      published_on date not null,
      date_precision text not null default 'day' check (date_precision in ('day', 'month', 'year')),
      url text not null default '' check (url = '' or url ~ '^https?://'),
      file_id uuid references stored_files(id),
      countries char(3)[] not null check (cardinality(countries) > 0),
      topics text[] not null default '{}',
      language char(3),
      summary text not null default '',
      search_text text not null,
      status text not null default 'current' check (status in ('current', 'superseded')),
      superseded_by uuid references coi_sources(id) check (superseded_by <> id),
      superseded_at timestamptz,
      superseded_reason text not null default '',
      added_by uuid references users(id),
      added_at timestamptz not null default now(),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      check (url <> '' or file_id is not null),
      check ((status = 'superseded') = (superseded_at is not null and superseded_reason <> '')),
      check (status = 'superseded' or superseded_by is null)
    )`.execute(db);
  await sql`create index coi_sources_search_trgm_idx on coi_sources using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index coi_sources_countries_idx on coi_sources using gin (countries)`.execute(db);
  await sql`create index coi_sources_topics_idx on coi_sources using gin (topics)`.execute(db);
  await sql`create index coi_sources_published_idx on coi_sources (published_on desc, id)`.execute(db);

  await sql`
    create table assessments (
      id uuid primary key,
      case_id uuid not null references cases(id),
      person_id uuid not null references people(id),
      round smallint not null default 1 check (round >= 1),
      status text not null default 'draft' check (status in ('draft', 'submitted', 'final', 'set_aside')),
      author_id uuid not null references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (case_id, round)
    )`.execute(db);

  await sql`
    create table assessment_sections (
      assessment_id uuid not null references assessments(id),
      section text not null check (section in ('identity', 'material_facts', 'credibility',
        'well_founded_fear', 'grounds', 'nexus', 'state_protection', 'cartagena', 'exclusion',
        'complementary_protection', 'derivatives', 'conclusion')),
      content jsonb not null default '{}',
      complete boolean not null default false,
      version integer not null default 1,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      primary key (assessment_id, section)
    )`.execute(db);

  await sql`
    create table assessment_facts (
      id uuid primary key,
      assessment_id uuid not null references assessments(id),
      position integer not null check (position >= 1),
      statement text not null check (statement <> ''),
      finding text not null check (finding in ('accepted', 'rejected')),
      reasons text not null check (reasons <> ''),
      rejection_grounds text[] not null default '{}' check (rejection_grounds <@ array['internal_inconsistency',
        'external_inconsistency', 'insufficient_detail', 'implausible']::text[]),
      put_to_applicant boolean,
      version integer not null default 1,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      check (finding = 'rejected' or cardinality(rejection_grounds) = 0),
      constraint assessment_facts_inconsistency_put check (
        not (rejection_grounds && array['internal_inconsistency', 'external_inconsistency']::text[])
        or put_to_applicant is true),
      constraint assessment_facts_position_key unique (assessment_id, position) deferrable initially immediate
    )`.execute(db);

  await sql`
    create table assessment_citations (
      id uuid primary key,
      assessment_id uuid not null references assessments(id),
      section text not null,
      fact_id uuid references assessment_facts(id) on delete cascade,
      kind text not null check (kind in ('coi', 'interview_turn', 'interview_addendum', 'document', 'other_evidence')),
      coi_source_id uuid references coi_sources(id),
      interview_record_id uuid,
      interview_turn_id bigint,
      interview_addendum_id uuid,
      description text not null default '',
      pinpoint text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      check ((kind = 'coi') = (coi_source_id is not null)),
      check (kind = 'interview_turn' or interview_turn_id is null),
      check (kind = 'interview_addendum' or interview_addendum_id is null),
      check (kind not in ('interview_turn', 'interview_addendum') or pinpoint <> ''),
      check (kind not in ('document', 'other_evidence') or description <> ''),
      check (fact_id is null or section = 'material_facts')
    )`.execute(db);
  await sql`create index assessment_citations_source_idx on assessment_citations (coi_source_id) where coi_source_id is not null`.execute(
    db,
  );
  await sql`create index assessment_citations_assessment_idx on assessment_citations (assessment_id)`.execute(
    db,
  );

  // Only a draft's reasoning may change: once a decision is built on it (submitted), final or set
  // aside, what the decision says it rested on stays as it was.
  await sql`
    create function refugio_assessment_draft_only() returns trigger language plpgsql as $$
    declare
      target uuid;
      current_status text;
    begin
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
    end $$`.execute(db);
  for (const table of ['assessment_sections', 'assessment_facts', 'assessment_citations']) {
    await sql`
      create trigger ${sql.raw(`${table}_draft_only`)} before insert or update or delete on ${sql.table(table)}
      for each row execute function refugio_assessment_draft_only()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table assessment_citations`.execute(db);
  await sql`drop table assessment_facts`.execute(db);
  await sql`drop table assessment_sections`.execute(db);
  await sql`drop table assessments`.execute(db);
  await sql`drop function refugio_assessment_draft_only()`.execute(db);
  await sql`drop table coi_sources`.execute(db);
}
