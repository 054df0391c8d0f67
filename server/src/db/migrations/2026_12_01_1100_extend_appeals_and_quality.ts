import { sql, type Kysely } from 'kysely';

/**
 * Issue 4, appeals and quality review (docs/design/eligibility.md §2.5):
 *
 * - The withdrawal of an appeal by the applicant: when it was received, how it was expressed (in
 *   writing or in person), who recorded it and the applicant's words if any. A withdrawn appeal, like a
 *   decided one, never changes afterwards.
 * - Two partial indexes for drawing a quality sample in one query: the decisions issued in a period (by
 *   the date their issuing step marks), and each officer's drafts (how many decisions they made before).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table appeals
      add column withdrawn_on date,
      add column withdrawal_method text check (withdrawal_method in ('written', 'in_person')),
      add column withdrawal_note text not null default '',
      add column withdrawn_by uuid references users(id),
      add column withdrawn_at timestamptz`.execute(db);
  await sql`
    alter table appeals add constraint appeals_withdrawal_recorded check (
      (status = 'withdrawn') = (
        withdrawn_on is not null and withdrawal_method is not null
        and withdrawn_by is not null and withdrawn_at is not null
      )
      and (status = 'withdrawn' or withdrawal_note = '')
    )`.execute(db);
  await sql`
    create or replace function refugio_appeal_frozen() returns trigger language plpgsql as $$
    begin
      if old.status in ('decided', 'withdrawn') then
        raise exception 'a % appeal cannot change', old.status using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then
        raise exception 'appeals are never deleted' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);

  await sql`
    create index case_events_decision_issued_idx on case_events ((data -> 'marks' ->> 'date'))
    where type in ('issue_decision', 'declare_inadmissible')`.execute(db);
  await sql`
    create index case_events_drafts_by_actor_idx on case_events (actor_id, id)
    where type in ('draft_recognition', 'draft_refusal')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index case_events_drafts_by_actor_idx`.execute(db);
  await sql`drop index case_events_decision_issued_idx`.execute(db);
  await sql`
    create or replace function refugio_appeal_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'decided' then
        raise exception 'a decided appeal cannot change' using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then
        raise exception 'appeals are never deleted' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`alter table appeals drop constraint appeals_withdrawal_recorded`.execute(db);
  await sql`
    alter table appeals
      drop column withdrawn_at,
      drop column withdrawn_by,
      drop column withdrawal_note,
      drop column withdrawal_method,
      drop column withdrawn_on`.execute(db);
}
