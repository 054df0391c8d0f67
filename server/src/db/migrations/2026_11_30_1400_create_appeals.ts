import { sql, type Kysely } from 'kysely';

/**
 * Appeals against first-instance decisions and the quality review of decisions (issue 4;
 * docs/design/eligibility.md §2.5). The appealed or sampled decision is named by the case event that
 * issued it (`issue_decision` / `declare_inadmissible`), so these tables stand without the decision
 * records; the record's id is kept beside it when the event names one.
 *
 * Who took part in the decision (author, approver, interviewers) is copied onto the appeal and the
 * sample when they are created — the decision is final by then — so the database itself refuses an
 * appeal decided, or a sample reviewed, by one of them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table appeals (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      decision_event_id bigint not null references case_events(id),
      decision_id uuid,
      decision_author_id uuid references users(id),
      decision_approver_id uuid references users(id),
      decision_interviewer_ids uuid[] not null default '{}',
      decision_outcome text,
      decision_issued_on date,
      decision_notified_on date,
      filed_on date not null,
      received_by uuid not null references users(id),
      grounds text not null default '',
      representative text not null default '',
      due_on date,
      timeliness text not null check (timeliness in ('in_time', 'late', 'unknown')),
      late_reason text not null default '' check (timeliness <> 'late' or late_reason <> ''),
      status text not null default 'lodged' check (status in ('lodged', 'decided', 'withdrawn')),
      decided_by uuid references users(id),
      decided_on date,
      outcome text,
      reasons text not null default '',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'decided') = (decided_by is not null and decided_on is not null and outcome is not null and reasons <> '')),
      constraint appeals_decided_by_uninvolved check (
        decided_by is null or (
          decided_by is distinct from decision_author_id
          and decided_by is distinct from decision_approver_id
          and not (decided_by = any (decision_interviewer_ids))
        )
      )
    )`.execute(db);
  await sql`create unique index appeals_one_open_per_decision on appeals (decision_event_id) where status <> 'withdrawn'`.execute(
    db,
  );
  await sql`create index appeals_case_idx on appeals (case_id)`.execute(db);
  await sql`create index appeals_status_idx on appeals (status, filed_on)`.execute(db);
  // A decided appeal is the record of the second instance: it never changes afterwards.
  await sql`
    create function refugio_appeal_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'decided' then
        raise exception 'a decided appeal cannot change' using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then
        raise exception 'appeals are never deleted' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger appeals_frozen before update or delete on appeals
    for each row execute function refugio_appeal_frozen()`.execute(db);

  await sql`
    create table appeal_feedback_seen (
      appeal_id uuid not null references appeals(id),
      user_id uuid not null references users(id),
      seen_at timestamptz not null default now(),
      primary key (appeal_id, user_id)
    )`.execute(db);

  await sql`
    create table quality_draws (
      id uuid primary key default gen_random_uuid(),
      office_id uuid references offices(id),
      period_from date not null,
      period_to date not null check (period_to >= period_from),
      random_rate numeric(5, 4) not null check (random_rate between 0 and 1),
      risk_rules jsonb not null default '{}',
      seed integer not null,
      population integer not null check (population >= 0),
      drawn_by uuid not null references users(id),
      drawn_at timestamptz not null default now()
    )`.execute(db);
  await sql`select refugio_append_only('quality_draws')`.execute(db);

  await sql`
    create table quality_samples (
      id uuid primary key default gen_random_uuid(),
      draw_id uuid not null references quality_draws(id),
      case_id uuid not null references cases(id),
      decision_event_id bigint not null unique references case_events(id),
      decision_id uuid,
      decision_author_id uuid references users(id),
      decision_approver_id uuid references users(id),
      decision_interviewer_ids uuid[] not null default '{}',
      decision_outcome text,
      decision_issued_on date,
      reason text not null check (reason in ('random', 'risk')),
      risk_indicators text[] not null default '{}' check ((reason = 'risk') = (cardinality(risk_indicators) > 0)),
      reviewer_id uuid references users(id),
      assigned_at timestamptz,
      status text not null default 'pending' check (status in ('pending', 'in_review', 'completed')),
      version integer not null default 1,
      unique (id, reviewer_id),
      check ((reviewer_id is null) = (assigned_at is null)),
      constraint quality_samples_reviewer_uninvolved check (
        reviewer_id is null or (
          reviewer_id is distinct from decision_author_id
          and reviewer_id is distinct from decision_approver_id
          and not (reviewer_id = any (decision_interviewer_ids))
        )
      )
    )`.execute(db);
  await sql`create index quality_samples_draw_idx on quality_samples (draw_id)`.execute(db);

  // The review's reviewer is the sample's (checked uninvolved there), through the composite key.
  await sql`
    create table quality_reviews (
      id uuid primary key default gen_random_uuid(),
      sample_id uuid not null unique,
      reviewer_id uuid not null references users(id),
      indicator_set text not null,
      comments text not null default '',
      status text not null default 'draft' check (status in ('draft', 'completed')),
      completed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (sample_id, reviewer_id) references quality_samples (id, reviewer_id),
      check ((status = 'completed') = (completed_at is not null))
    )`.execute(db);
  await sql`
    create table quality_scores (
      review_id uuid not null references quality_reviews(id),
      indicator_id text not null,
      rating text not null check (rating in ('correct', 'minor', 'significant', 'not_applicable')),
      comment text not null default '' check (rating in ('correct', 'not_applicable') or comment <> ''),
      primary key (review_id, indicator_id)
    )`.execute(db);
  // A completed review is final: neither it nor its scores change.
  await sql`
    create function refugio_quality_review_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'completed' or tg_op = 'DELETE' then
        raise exception 'a completed quality review cannot change' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger quality_reviews_frozen before update or delete on quality_reviews
    for each row execute function refugio_quality_review_frozen()`.execute(db);
  await sql`
    create function refugio_quality_scores_frozen() returns trigger language plpgsql as $$
    declare
      target uuid;
    begin
      if tg_op = 'INSERT' then target := new.review_id; else target := old.review_id; end if;
      if exists (select 1 from quality_reviews r where r.id = target and r.status = 'completed') then
        raise exception 'the scores of a completed quality review cannot change' using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger quality_scores_frozen before insert or update or delete on quality_scores
    for each row execute function refugio_quality_scores_frozen()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table quality_scores`.execute(db);
  await sql`drop table quality_reviews`.execute(db);
  await sql`drop table quality_samples`.execute(db);
  await sql`drop table quality_draws`.execute(db);
  await sql`drop table appeal_feedback_seen`.execute(db);
  await sql`drop table appeals`.execute(db);
  await sql`drop function refugio_quality_scores_frozen()`.execute(db);
  await sql`drop function refugio_quality_review_frozen()`.execute(db);
  await sql`drop function refugio_appeal_frozen()`.execute(db);
}
