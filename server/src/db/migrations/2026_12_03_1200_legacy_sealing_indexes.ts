import { sql, type Kysely } from 'kysely';

/**
 * Every start looks for values still in legacy plaintext (crypto/legacy-sealing.ts: first byte not
 * 0x01). Without an index that is a full scan of every sealed table, and `get_byte` detoasts each
 * value whole: every stored letter read at every start. Partial indexes over exactly those rows stay
 * empty once everything is sealed, so the look-up reads nothing; the predicates are written as the
 * start-up queries write them, for the planner to match.
 */
const INDEXES = [
  ['interview_turns_legacy_idx', 'interview_turns (id)', 'get_byte(text, 0) <> 1'],
  ['interview_addenda_legacy_idx', 'interview_addenda (id)', 'get_byte(text, 0) <> 1'],
  [
    'interview_records_legacy_idx',
    'interview_records (id)',
    'get_byte(observations, 0) <> 1 or get_byte(applicant_remarks, 0) <> 1',
  ],
  [
    'assessment_facts_legacy_idx',
    'assessment_facts (id)',
    'get_byte(statement, 0) <> 1 or get_byte(reasons, 0) <> 1',
  ],
  ['people_legacy_idx', 'people (id)', 'get_byte(phone, 0) <> 1 or get_byte(address, 0) <> 1'],
  [
    'assessment_sections_legacy_idx',
    'assessment_sections (assessment_id, section)',
    'get_byte(content, 0) <> 1',
  ],
  ['stored_files_legacy_idx', 'stored_files (id)', 'case_id is not null and get_byte(content, 0) <> 1'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, on, where] of INDEXES)
    await sql`create index ${sql.raw(name)} on ${sql.raw(on)} where ${sql.raw(where)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await sql`drop index ${sql.raw(name)}`.execute(db);
}
