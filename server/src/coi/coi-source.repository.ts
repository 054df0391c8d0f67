import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../db/schema';
import type { CoiSourceTable } from './coi-source.table';

export interface CoiSearchFilters {
  tokens: readonly string[];
  country?: string;
  topic?: string;
  from?: string;
  to?: string;
  includeSuperseded: boolean;
}

function sourceQuery(db: Kysely<DB>) {
  return db
    .selectFrom('coi_sources as s')
    .leftJoin('users as u', 'u.id', 's.added_by')
    .leftJoin('coi_sources as next', 'next.id', 's.superseded_by')
    .leftJoin('stored_files as f', 'f.id', 's.file_id')
    .select((eb) => [
      's.id',
      's.title',
      's.publisher',
      's.published_on',
      's.date_precision',
      's.url',
      's.file_id',
      'f.size_bytes as file_size',
      'f.sha256 as file_sha256',
      'f.file_name as file_name',
      's.countries',
      's.topics',
      's.language',
      's.summary',
      's.status',
      's.superseded_by',
      'next.title as superseded_by_title',
      's.superseded_at',
      's.superseded_reason',
      's.added_by',
      'u.name as added_by_name',
      's.added_at',
      's.version',
      eb
        .selectFrom('assessment_citations as c')
        .select(sql<string>`count(distinct c.assessment_id)`.as('n'))
        .whereRef('c.coi_source_id', '=', 's.id')
        .as('cited_by'),
    ]);
}

export function findCoiSourceById(db: Kysely<DB>, id: string) {
  return sourceQuery(db).where('s.id', '=', id).executeTakeFirst();
}
export type CoiSourceRow = NonNullable<Awaited<ReturnType<typeof findCoiSourceById>>>;

/** One page of sources matching every word and filter, newest first, with the total count. */
export async function searchCoiSources(
  db: Kysely<DB>,
  filters: CoiSearchFilters,
  page: { page: number; pageSize: number },
): Promise<{ rows: CoiSourceRow[]; total: number }> {
  let query = sourceQuery(db);
  for (const token of filters.tokens) query = query.where('s.search_text', 'like', `%${token}%`);
  if (filters.country) query = query.where(sql<boolean>`${filters.country}::char(3) = any(s.countries)`);
  if (filters.topic) query = query.where(sql<boolean>`${filters.topic}::text = any(s.topics)`);
  if (filters.from) query = query.where('s.published_on', '>=', filters.from);
  if (filters.to) query = query.where('s.published_on', '<=', filters.to);
  if (!filters.includeSuperseded) query = query.where('s.status', '=', 'current');
  const [rows, count] = await Promise.all([
    query
      .orderBy('s.published_on', 'desc')
      .orderBy('s.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertCoiSource(trx: Kysely<DB>, row: Insertable<CoiSourceTable>): Promise<void> {
  await trx.insertInto('coi_sources').values(row).execute();
}

/** Changes a source from the version the user saw; answers the new version, or undefined when stale. */
export async function updateCoiSource(
  trx: Kysely<DB>,
  key: { id: string; version: number },
  values: Omit<Updateable<CoiSourceTable>, 'id' | 'version' | 'added_by' | 'added_at'>,
): Promise<number | undefined> {
  const row = await trx
    .updateTable('coi_sources')
    .set({ ...values, version: sql<number>`version + 1` })
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** The assessments citing a source, with their case's office (for the reader's scope) and how often. */
export function findCitingAssessments(db: Kysely<DB>, sourceId: string) {
  return db
    .selectFrom('assessment_citations as c')
    .innerJoin('assessments as a', 'a.id', 'c.assessment_id')
    .innerJoin('cases as k', 'k.id', 'a.case_id')
    .select((eb) => [
      'a.id as assessment_id',
      'a.round',
      'a.status',
      'k.id as case_id',
      'k.case_number',
      'k.office_id',
      'k.appeal_on_file',
      'k.sensitive',
      'k.assigned_to as case_assigned_to',
      'k.registered_by as case_registered_by',
      eb.fn.countAll<string>().as('citations'),
    ])
    .where('c.coi_source_id', '=', sourceId)
    .groupBy([
      'a.id',
      'a.round',
      'a.status',
      'k.id',
      'k.case_number',
      'k.office_id',
      'k.appeal_on_file',
      'k.sensitive',
      'k.assigned_to',
      'k.registered_by',
    ])
    .orderBy('k.case_number')
    .orderBy('a.round')
    .execute();
}
