import { sql, type Kysely } from 'kysely';

/**
 * The audit log's hash chain (issue 5).
 *
 * Audit rows are written inside each command's own transaction, so their ids commit out of order and
 * a chain in id order could never be appended to safely. Instead every row carries the id of the
 * transaction that wrote it (`txid`, forced by a trigger together with `occurred_at`, so neither can be
 * chosen by the writer), and a sealer later links, in (txid, id) order, the rows of transactions that
 * have all finished: those below the oldest transaction still running (the snapshot's xmin). No
 * audited transaction ever waits for the chain.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A volatile default rewrites the table: rows written before the chain existed get the migration's
  // transaction id and are sealed, as the first links, once it commits. A rewrite fires no row trigger.
  await sql`alter table audit_log add column txid xid8 not null default pg_current_xact_id()`.execute(db);
  await sql`create index audit_log_txid_idx on audit_log (txid, id)`.execute(db);
  // The auditor's search: by period and by action, newest first.
  await sql`create index audit_log_occurred_idx on audit_log (occurred_at, id)`.execute(db);
  await sql`create index audit_log_action_idx on audit_log (action, id)`.execute(db);

  await sql`
    create function refugio_audit_stamp() returns trigger language plpgsql as $$
    begin
      new.txid := pg_current_xact_id();
      new.occurred_at := now();
      return new;
    end $$`.execute(db);
  await sql`create trigger audit_log_stamp before insert on audit_log
    for each row execute function refugio_audit_stamp()`.execute(db);

  // No foreign key to audit_log: a link must outlive the removal of its row so that the removal shows.
  await sql`
    create table audit_chain (
      seq bigint primary key check (seq > 0),
      audit_id bigint not null unique,
      prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
      hash text not null check (hash ~ '^[0-9a-f]{64}$'),
      sealed_at timestamptz not null default now(),
      horizon xid8 not null
    )`.execute(db);
  await sql`create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function refugio_forbid_change()`.execute(db);
  await sql`create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function refugio_forbid_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table audit_chain`.execute(db);
  await sql`drop trigger audit_log_stamp on audit_log`.execute(db);
  await sql`drop function refugio_audit_stamp()`.execute(db);
  await sql`drop index audit_log_action_idx`.execute(db);
  await sql`drop index audit_log_occurred_idx`.execute(db);
  await sql`drop index audit_log_txid_idx`.execute(db);
  await sql`alter table audit_log drop column txid`.execute(db);
}
