import { sql, type Kysely } from 'kysely';

/**
 * Retention schedules, legal holds and the disposal log (issue 5).
 *
 * - `retention_schedules`: the versions an administrator recorded of a record type's retention period.
 *   A record type without a row keeps the installation's default (`retention/retention-defaults.ts`);
 *   the highest version stands. Never updated or deleted: an edit is a new version.
 * - `legal_holds`: a hold keeps a case from disposal until it is lifted (the row keeps who lifted it).
 * - `disposals`: the tombstone of each disposal (a case, or a batch of non-case records): what was
 *   destroyed, under which schedule version, counted per record type; ids and codes only. Append-only.
 *
 * Disposal deletes a case's rows from tables that are otherwise append-only or frozen. Their triggers
 * keep refusing every update, and every delete unless the transaction set `refugio.disposal` to `on`
 * (`set_config(..., true)`, transaction-local), which only the disposal service does. The audit log and
 * its chain keep their triggers unchanged: audit entries hold ids and codes, and they stay.
 */
const GUARDED: [table: string, trigger: string, fn: string, otherEvents: string][] = [
  ['case_events', 'case_events_no_update', 'refugio_forbid_change', 'update'],
  ['clock_suspension_changes', 'clock_suspension_changes_no_update', 'refugio_forbid_change', 'update'],
  ['decision_documents', 'decision_documents_no_update', 'refugio_forbid_change', 'update'],
  ['decision_notifications', 'decision_notifications_no_update', 'refugio_forbid_change', 'update'],
  ['decision_reviews', 'decision_reviews_no_update', 'refugio_forbid_change', 'update'],
  ['stored_files', 'stored_files_no_update', 'refugio_forbid_change', 'update'],
  ['appeals', 'appeals_frozen', 'refugio_appeal_frozen', 'update'],
  [
    'assessment_citations',
    'assessment_citations_draft_only',
    'refugio_assessment_draft_only',
    'insert or update',
  ],
  [
    'assessment_facts',
    'assessment_facts_draft_only',
    'refugio_assessment_fact_draft_only',
    'insert or update',
  ],
  [
    'assessment_sections',
    'assessment_sections_draft_only',
    'refugio_assessment_draft_only',
    'insert or update',
  ],
  ['decision_people', 'decision_people_frozen', 'refugio_decision_people_frozen', 'insert or update'],
  ['decision_versions', 'decision_versions_frozen', 'refugio_decision_version_frozen', 'update'],
  ['interview_addenda', 'interview_addenda_no_update', 'refugio_addendum_sealing_only', 'update'],
  ['interview_records', 'interview_records_frozen', 'refugio_interview_record_frozen', 'update'],
  ['interview_turns', 'interview_turns_locked', 'refugio_interview_turns_locked', 'insert or update'],
  ['quality_reviews', 'quality_reviews_frozen', 'refugio_quality_review_frozen', 'update'],
  ['quality_scores', 'quality_scores_frozen', 'refugio_quality_scores_frozen', 'insert or update'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table retention_schedules (
      id uuid primary key default gen_random_uuid(),
      record_type text not null,
      version integer not null check (version >= 1),
      period_months integer not null check (period_months between 1 and 1200),
      description text not null check (length(description) between 1 and 4000),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (record_type, version)
    )`.execute(db);
  await sql`select refugio_append_only('retention_schedules')`.execute(db);

  await sql`
    create table legal_holds (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      reason text not null check (reason in ('litigation', 'amparo', 'investigation', 'person_request', 'other')),
      note text not null default '' check (length(note) <= 2000),
      placed_by uuid not null references users(id),
      placed_at timestamptz not null default now(),
      lifted_by uuid references users(id),
      lifted_at timestamptz,
      lift_note text not null default '' check (length(lift_note) <= 2000),
      version integer not null default 1,
      check ((lifted_by is null) = (lifted_at is null))
    )`.execute(db);
  await sql`create index legal_holds_active_idx on legal_holds (case_id) where lifted_at is null`.execute(db);

  await sql`
    create table disposals (
      id uuid primary key default gen_random_uuid(),
      case_id uuid unique references cases(id),
      case_number text,
      office_id uuid references offices(id),
      record_type text not null,
      schedule_version integer not null check (schedule_version >= 0),
      period_months integer not null,
      trigger_date date,
      due_on date not null,
      counts jsonb not null default '{}',
      disposed_at timestamptz not null default now(),
      disposed_by uuid references users(id),
      check ((case_id is null) = (case_number is null))
    )`.execute(db);
  await sql`create index disposals_disposed_at_idx on disposals (disposed_at desc)`.execute(db);
  await sql`select refugio_append_only('disposals')`.execute(db);

  for (const [table, trigger, fn, otherEvents] of GUARDED) {
    await sql`drop trigger ${sql.id(trigger)} on ${sql.table(table)}`.execute(db);
    await sql`create trigger ${sql.id(trigger)} before ${sql.raw(otherEvents)} on ${sql.table(table)}
      for each row execute function ${sql.id(fn)}()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.table(table)} for each row
      when (current_setting('refugio.disposal', true) is distinct from 'on')
      execute function ${sql.id(fn)}()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, trigger, fn, otherEvents] of GUARDED) {
    await sql`drop trigger ${sql.id(`${table}_no_delete`)} on ${sql.table(table)}`.execute(db);
    await sql`drop trigger ${sql.id(trigger)} on ${sql.table(table)}`.execute(db);
    await sql`create trigger ${sql.id(trigger)} before ${sql.raw(otherEvents)} or delete on ${sql.table(table)}
      for each row execute function ${sql.id(fn)}()`.execute(db);
  }
  await sql`drop table disposals`.execute(db);
  await sql`drop table legal_holds`.execute(db);
  await sql`drop table retention_schedules`.execute(db);
}
