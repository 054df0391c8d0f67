import { sql, type Kysely } from 'kysely';

/**
 * Interviews (issue 4; docs/design/eligibility.md §2.2, §3): the interpreter register and its
 * availability, interview rooms, the bookings that refuse any double booking of an officer,
 * interpreter, room or applicant (GiST exclusion over a generated `tstzrange`), remote-interview
 * consents, interviews, no-shows, and interview records whose turns lock once the applicant has
 * confirmed the read-back (amended only by append-only addenda).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table interpreters (
      id uuid primary key default gen_random_uuid(),
      user_id uuid unique references users(id),
      full_name text not null check (full_name <> ''),
      sex text not null check (sex in ('F', 'M', 'X')),
      languages char(3)[] not null check (cardinality(languages) > 0),
      language_notes text not null default '',
      office_ids uuid[] not null default '{}',
      engagement text not null check (engagement in ('staff', 'contracted', 'volunteer')),
      phone text not null default '',
      email text not null default '',
      active boolean not null default true,
      confidentiality_signed_on date,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index interpreters_languages on interpreters using gin (languages)`.execute(db);

  await sql`
    create table interpreter_availability (
      id uuid primary key default gen_random_uuid(),
      interpreter_id uuid not null references interpreters(id),
      weekday smallint not null check (weekday between 1 and 7),
      starts time not null,
      ends time not null check (ends > starts),
      mode text not null check (mode in ('in_person', 'remote', 'both')),
      office_id uuid references offices(id),
      valid_from date not null,
      valid_to date check (valid_to >= valid_from)
    )`.execute(db);
  await sql`create index interpreter_availability_interpreter on interpreter_availability (interpreter_id)`.execute(
    db,
  );

  await sql`
    create table rooms (
      id uuid primary key default gen_random_uuid(),
      office_id uuid not null references offices(id),
      name text not null check (name <> ''),
      capacity smallint not null check (capacity > 0),
      features text[] not null default '{}',
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (office_id, name)
    )`.execute(db);

  await sql`
    create table remote_interview_consents (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      person_id uuid not null references people(id),
      given_on date not null,
      method text not null check (method in ('written', 'oral_recorded', 'electronic')),
      file_id uuid references stored_files(id),
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawal_reason text,
      check ((withdrawn_at is null) = (withdrawal_reason is null))
    )`.execute(db);
  await sql`create index remote_interview_consents_person on remote_interview_consents (person_id)`.execute(
    db,
  );

  await sql`
    create table interviews (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      person_id uuid not null references people(id),
      office_id uuid not null references offices(id),
      purpose text not null check (purpose in ('eligibility', 'dependant', 'follow_up')),
      drives_stage boolean not null,
      officer_id uuid not null references users(id),
      interpreter_id uuid references interpreters(id),
      language char(3) not null,
      room_id uuid references rooms(id),
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      mode text not null check (mode in ('in_person', 'remote_video', 'remote_phone')),
      interpreter_remote boolean not null default false,
      remote_consent_id uuid references remote_interview_consents(id),
      same_sex_requested boolean not null default false,
      same_sex_unmet text[] not null default '{}' check (same_sex_unmet <@ array['officer', 'interpreter']),
      unmet_reason text not null default '' check (cardinality(same_sex_unmet) = 0 or unmet_reason <> ''),
      status text not null check (status in ('scheduled', 'held', 'no_show', 'cancelled', 'rescheduled')),
      replaces_id uuid unique references interviews(id),
      cancel_reason text not null default '' check (status <> 'cancelled' or cancel_reason <> ''),
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (mode <> 'in_person' or room_id is not null),
      check (mode = 'in_person' or remote_consent_id is not null)
    )`.execute(db);
  await sql`create index interviews_case on interviews (case_id)`.execute(db);
  await sql`create index interviews_officer on interviews (officer_id, starts_at)`.execute(db);
  // One scheduled eligibility interview of the principal at a time: it is the one the procedure waits for.
  await sql`create unique index interviews_one_driving on interviews (case_id)
    where status = 'scheduled' and drives_stage`.execute(db);

  await sql`
    create table bookings (
      id uuid primary key default gen_random_uuid(),
      resource_kind text not null check (resource_kind in ('officer', 'interpreter', 'room', 'person')),
      resource_id uuid not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      during tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
      kind text not null check (kind in ('interview', 'unavailable')),
      interview_id uuid references interviews(id),
      note text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      released_at timestamptz,
      released_by uuid references users(id),
      release_reason text,
      check ((kind = 'interview') = (interview_id is not null)),
      check ((released_at is null) = (release_reason is null)),
      constraint bookings_no_overlap exclude using gist
        (resource_kind with =, resource_id with =, during with &&) where (released_at is null)
    )`.execute(db);
  await sql`create index bookings_interview on bookings (interview_id)`.execute(db);

  await sql`
    create table interview_no_shows (
      interview_id uuid primary key references interviews(id),
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      waited_until timestamptz not null,
      contact_attempts jsonb not null default '[]',
      justification_received_on date,
      justification text not null default '',
      justification_accepted boolean,
      check ((justification_received_on is null) = (justification = ''))
    )`.execute(db);

  await sql`
    create table interview_records (
      id uuid primary key default gen_random_uuid(),
      interview_id uuid not null unique references interviews(id),
      started_at timestamptz not null,
      ended_at timestamptz check (ended_at > started_at),
      attendees jsonb not null default '[]',
      information_given jsonb not null default '[]',
      fitness jsonb not null default '{"fit": true, "notes": ""}',
      observations text not null default '',
      status text not null check (status in ('open', 'confirmed')),
      read_back_at timestamptz,
      read_back_language char(3),
      read_back_interpreter_id uuid references interpreters(id),
      applicant_confirmation text check (applicant_confirmation in ('confirmed', 'confirmed_with_corrections', 'refused')),
      applicant_remarks text not null default ''
        check (applicant_confirmation is distinct from 'refused' or applicant_remarks <> ''),
      confirmed_at timestamptz,
      confirmed_by uuid references users(id),
      content_sha256 text,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'confirmed') = (confirmed_at is not null and read_back_at is not null
        and applicant_confirmation is not null and ended_at is not null and content_sha256 is not null))
    )`.execute(db);
  await sql`
    create table interview_turns (
      id bigint generated always as identity primary key,
      record_id uuid not null references interview_records(id),
      position integer not null check (position >= 1),
      speaker text not null check (speaker in ('officer', 'applicant', 'interpreter', 'representative', 'other')),
      text text not null check (text <> ''),
      during_read_back boolean not null default false,
      unique (record_id, position)
    )`.execute(db);
  await sql`
    create table interview_addenda (
      id uuid primary key default gen_random_uuid(),
      record_id uuid not null references interview_records(id),
      position integer not null check (position >= 1),
      kind text not null check (kind in ('correction', 'clarification', 'new_information', 'document')),
      text text not null check (text <> ''),
      author_id uuid references users(id),
      read_back_at timestamptz,
      applicant_confirmation text check (applicant_confirmation in ('confirmed', 'confirmed_with_corrections', 'refused')),
      created_at timestamptz not null default now(),
      unique (record_id, position)
    )`.execute(db);

  // A confirmed record is the applicant's word as read back to them: never edited, never deleted.
  await sql`
    create function refugio_interview_record_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'confirmed' then
        raise exception 'interview record % is confirmed: amend it by an addendum', old.id using errcode = '42501';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger interview_records_frozen before update or delete on interview_records
    for each row execute function refugio_interview_record_frozen()`.execute(db);
  await sql`
    create function refugio_interview_turns_locked() returns trigger language plpgsql as $$
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
  await sql`create trigger interview_turns_locked before insert or update or delete on interview_turns
    for each row execute function refugio_interview_turns_locked()`.execute(db);
  await sql`
    create function refugio_addendum_needs_confirmed_record() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from interview_records where id = new.record_id and status = 'confirmed') then
        raise exception 'only a confirmed interview record takes addenda' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger interview_addenda_confirmed_only before insert on interview_addenda
    for each row execute function refugio_addendum_needs_confirmed_record()`.execute(db);
  await sql`select refugio_append_only('interview_addenda')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'interview_addenda',
    'interview_turns',
    'interview_records',
    'interview_no_shows',
    'bookings',
    'interviews',
    'remote_interview_consents',
    'rooms',
    'interpreter_availability',
    'interpreters',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`drop function refugio_addendum_needs_confirmed_record()`.execute(db);
  await sql`drop function refugio_interview_turns_locked()`.execute(db);
  await sql`drop function refugio_interview_record_frozen()`.execute(db);
}
