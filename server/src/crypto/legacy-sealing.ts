import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { caseCipher } from './case-cipher';
import { fieldAad, isLegacyPlaintext, legacyText, type FieldPlace } from './envelope';
import { sealUserSecret } from './user-secret';
import type { Keyring } from './master-key';

/**
 * The sealed columns, how a row names its place (the AAD the repositories use) and its case. Kept
 * beside the repositories' own place functions (interviews/interview-record.repository.ts,
 * assessments/assessment.repository.ts): a test seals here and reads there.
 */
const TABLES = [
  {
    table: 'interview_turns',
    columns: ['text'],
    key: 't.id::text',
    rowId: `t.record_id::text || '#' || t.position`,
    from: 'interview_turns t join interview_records r on r.id = t.record_id join interviews i on i.id = r.interview_id',
    caseId: 'i.case_id',
  },
  {
    table: 'interview_addenda',
    columns: ['text'],
    key: 't.id::text',
    rowId: `t.record_id::text || '#' || t.position`,
    from: 'interview_addenda t join interview_records r on r.id = t.record_id join interviews i on i.id = r.interview_id',
    caseId: 'i.case_id',
  },
  {
    table: 'interview_records',
    columns: ['observations', 'applicant_remarks'],
    key: 't.id::text',
    rowId: 't.id::text',
    from: 'interview_records t join interviews i on i.id = t.interview_id',
    caseId: 'i.case_id',
  },
  {
    table: 'assessment_facts',
    columns: ['statement', 'reasons'],
    key: 't.id::text',
    rowId: 't.id::text',
    from: 'assessment_facts t join assessments a on a.id = t.assessment_id',
    caseId: 'a.case_id',
  },
  {
    table: 'people',
    columns: ['phone', 'address'],
    key: 't.id::text',
    rowId: 't.id::text',
    from: 'people t',
    caseId: 't.case_id',
  },
  {
    table: 'assessment_sections',
    columns: ['content'],
    key: `t.assessment_id::text || '#' || t.section`,
    match: `assessment_id::text || '#' || section`,
    rowId: `t.assessment_id::text || '#' || t.section`,
    from: 'assessment_sections t join assessments a on a.id = t.assessment_id',
    caseId: 'a.case_id',
  },
] as const satisfies readonly {
  table: string;
  columns: readonly string[];
  key: string;
  /** How the update finds the row by `key` (default `id::text`). */
  match?: string;
  rowId: string;
  from: string;
  caseId: string;
}[];

type LegacyRow = { key: string; row_id: string; case_id: string } & Record<string, Buffer>;

/**
 * Seals the text a migration carried over as legacy plaintext (`0x00` + UTF-8), or that SQL outside
 * the application wrote as plain text, with the keys the
 * process holds: run at every start after the key check, it finds nothing once done. Batches of their
 * own transactions, so a crash midway resumes.
 */
export async function sealLegacyFields(db: Kysely<DB>, keyring: Keyring, batchSize = 200): Promise<number> {
  let sealed = 0;
  for (const t of TABLES) {
    const legacy = t.columns.map((c) => `get_byte(t.${c}, 0) <> 1`).join(' or ');
    for (;;) {
      const done = await db.transaction().execute(async (trx) => {
        const rows = await sql<LegacyRow>`
          select ${sql.raw(t.key)} as key, ${sql.raw(t.rowId)} as row_id, ${sql.raw(t.caseId)} as case_id,
                 ${sql.raw(t.columns.map((c) => `t.${c}`).join(', '))}
          from ${sql.raw(t.from)} where ${sql.raw(legacy)} limit ${batchSize} for update of t`.execute(trx);
        for (const row of rows.rows) {
          const cipher = await caseCipher(trx, keyring, row.case_id);
          const set: Record<string, Buffer> = {};
          for (const column of t.columns) {
            const stored = row[column]!;
            if (!isLegacyPlaintext(stored)) continue;
            const place: FieldPlace = { table: t.table, column, rowId: row.row_id };
            set[column] = cipher.sealText(place, legacyText(stored));
          }
          const assignments = sql.join(
            Object.entries(set).map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
          );
          const match = 'match' in t ? t.match : 'id::text';
          await sql`update ${sql.table(t.table)} set ${assignments} where ${sql.raw(match)} = ${row.key}`.execute(
            trx,
          );
        }
        return rows.rows.length;
      });
      sealed += done;
      if (done < batchSize) break;
    }
  }
  return (
    sealed +
    (await sealLegacyFiles(db, keyring, batchSize)) +
    (await sealLegacyTotpSecrets(db, keyring, batchSize))
  );
}

/** The records that name the case of a stored file (a letter, a notification proof, a consent form). */
const FILE_OWNERS = `
  select dd.file_id, d.case_id from decision_documents dd join decisions d on d.id = dd.decision_id
  union all
  select n.proof_file_id, d.case_id from decision_notifications n join decisions d on d.id = n.decision_id
    where n.proof_file_id is not null
  union all
  select c.file_id, c.case_id from remote_interview_consents c where c.file_id is not null`;

/**
 * Seals the stored files of a case that are still plain: first names the case of each file stored
 * without one (from the records that reference it), then seals the bytes under that case's key at the
 * file's place. Files of no case (country-of-origin sources) stay as they are.
 */
export async function sealLegacyFiles(db: Kysely<DB>, keyring: Keyring, batchSize = 50): Promise<number> {
  await sql`
    update stored_files f set case_id = owner.case_id from (${sql.raw(FILE_OWNERS)}) owner
    where owner.file_id = f.id and f.case_id is null`.execute(db);
  let sealed = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const rows = await sql<{ id: string; case_id: string; content: Buffer }>`
        select id::text as id, case_id::text as case_id, content from stored_files
        where case_id is not null and get_byte(content, 0) <> 1 limit ${batchSize} for update`.execute(trx);
      for (const row of rows.rows) {
        const cipher = await caseCipher(trx, keyring, row.case_id);
        const aad = fieldAad({ table: 'stored_files', column: 'content', rowId: row.id });
        await sql`update stored_files set content = ${cipher.sealBytes(aad, row.content)} where id = ${row.id}`.execute(
          trx,
        );
      }
      return rows.rows.length;
    });
    sealed += done;
    if (done < batchSize) return sealed;
  }
}

/** Seals the TOTP secrets carried over as plaintext (no master key named) under the current master key. */
export async function sealLegacyTotpSecrets(
  db: Kysely<DB>,
  keyring: Keyring,
  batchSize = 200,
): Promise<number> {
  let sealed = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const rows = await sql<{ user_id: string; totp_secret: Buffer }>`
        select user_id::text as user_id, totp_secret from user_mfa where totp_key_id is null
        limit ${batchSize} for update`.execute(trx);
      for (const row of rows.rows) {
        const secret = sealUserSecret(keyring, 'totp', row.user_id, legacyText(row.totp_secret));
        await sql`update user_mfa set totp_secret = ${secret.sealed}, totp_key_id = ${secret.keyId}
          where user_id = ${row.user_id} and totp_key_id is null`.execute(trx);
      }
      return rows.rows.length;
    });
    sealed += done;
    if (done < batchSize) return sealed;
  }
}
