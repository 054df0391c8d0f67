import { sql, type Kysely } from 'kysely';

/**
 * A no-show justified later (issue 4, design §1.5): the category of the reason, who recorded it and
 * when, next to the date received and the text the 2026_11_30_1100 table already has. A justified
 * no-show no longer counts towards abandonment.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table interview_no_shows
      add column justification_reason text check (
        justification_reason in ('illness', 'family_emergency', 'transport', 'security', 'notice_not_received', 'other')
      ),
      add column justified_by uuid references users(id),
      add column justified_at timestamptz`.execute(db);
  await sql`
    alter table interview_no_shows
      add constraint interview_no_shows_justification_reason check (
        (justification_received_on is null) = (justification_reason is null)
        and (justification_received_on is null) = (justified_at is null)
      )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table interview_no_shows
      drop constraint interview_no_shows_justification_reason,
      drop column justified_at,
      drop column justified_by,
      drop column justification_reason`.execute(db);
}
