import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { caseCipher } from './case-cipher';
import { isLegacyPlaintext, legacyText, type FieldPlace } from './envelope';
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
] as const;

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
          await sql`update ${sql.table(t.table)} set ${assignments} where id::text = ${row.key}`.execute(trx);
        }
        return rows.rows.length;
      });
      sealed += done;
      if (done < batchSize) break;
    }
  }
  return sealed;
}
