import { sql, type Kysely } from 'kysely';

/**
 * Identity resolution (issue 6): match keys of every person (the blocking index candidate search
 * reads), links between person records (same person, family) that are undone by a state change,
 * never deleted, the identity each linked record belongs to (so a person is counted once), the
 * supervisors' review queue and the officer's decisions at registration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table person_match_keys (
      person_id uuid not null references people(id),
      key text not null check (length(key) between 1 and 64),
      primary key (person_id, key)
    )`.execute(db);
  await sql`create index person_match_keys_key_idx on person_match_keys (key)`.execute(db);
  await sql`
    create table person_match_index (
      person_id uuid primary key references people(id),
      keys_version text not null,
      indexed_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_match_index_version_idx on person_match_index (keys_version)`.execute(db);
  await sql`
    create table person_identities (
      person_id uuid primary key references people(id),
      identity_id uuid not null
    )`.execute(db);
  await sql`create index person_identities_identity_idx on person_identities (identity_id)`.execute(db);
  await sql`
    create table person_links (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('same_person', 'family')),
      person_a uuid not null references people(id),
      person_b uuid not null references people(id),
      relationship text,
      score double precision,
      explanation jsonb not null default '[]',
      source text not null check (source in ('registration', 'review', 'case_page')),
      linked_by uuid not null references users(id),
      linked_at timestamptz not null default now(),
      undone_by uuid references users(id),
      undone_at timestamptz,
      check (person_a < person_b),
      check ((undone_by is null) = (undone_at is null))
    )`.execute(db);
  await sql`create unique index person_links_active_idx on person_links (kind, person_a, person_b)
    where undone_at is null`.execute(db);
  await sql`create index person_links_b_idx on person_links (person_b)`.execute(db);
  await sql`
    create table identity_review_pairs (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('same_person', 'family')),
      person_a uuid not null references people(id),
      person_b uuid not null references people(id),
      score double precision not null,
      explanation jsonb not null default '[]',
      source text not null check (source in ('register_dedup', 'registration')),
      status text not null default 'pending' check (status in ('pending', 'confirmed', 'rejected')),
      decided_by uuid references users(id),
      decided_at timestamptz,
      link_id uuid references person_links(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      check (person_a < person_b),
      check ((decided_by is null) = (decided_at is null)),
      unique (kind, person_a, person_b)
    )`.execute(db);
  await sql`create index identity_review_pairs_pending_idx on identity_review_pairs (score desc)
    where status = 'pending'`.execute(db);
  await sql`
    create table registration_identity_checks (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      person_id uuid not null references people(id),
      candidate_person_id uuid not null references people(id),
      decision text not null check (decision in ('same_person', 'different')),
      score double precision not null,
      explanation jsonb not null default '[]',
      decided_by uuid not null references users(id),
      decided_at timestamptz not null default now(),
      unique (person_id, candidate_person_id)
    )`.execute(db);
  await sql`create index registration_identity_checks_case_idx on registration_identity_checks (case_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table registration_identity_checks`.execute(db);
  await sql`drop table identity_review_pairs`.execute(db);
  await sql`drop table person_links`.execute(db);
  await sql`drop table person_identities`.execute(db);
  await sql`drop table person_match_index`.execute(db);
  await sql`drop table person_match_keys`.execute(db);
}
