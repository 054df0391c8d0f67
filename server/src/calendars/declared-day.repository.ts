import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The declared days of a country in force (not withdrawn), by date. */
export function findDeclaredDaysInForce(db: Kysely<DB>, country: string) {
  return db
    .selectFrom('declared_non_working_days')
    .select(['id', 'date', 'reason', 'legal_basis', 'source'])
    .where('country', '=', country)
    .where('withdrawn_at', 'is', null)
    .orderBy('date')
    .execute();
}

/** Every declared day of a country in a year, withdrawn ones too, with who entered and withdrew them. */
export function findDeclaredDaysOfYear(db: Kysely<DB>, country: string, year: number) {
  return db
    .selectFrom('declared_non_working_days as d')
    .leftJoin('users as creator', 'creator.id', 'd.created_by')
    .selectAll('d')
    .select(['creator.name as created_by_name'])
    .where('d.country', '=', country)
    .where('d.date', '>=', `${year}-01-01`)
    .where('d.date', '<=', `${year}-12-31`)
    .orderBy('d.date')
    .orderBy('d.created_at')
    .execute();
}
export type DeclaredDayRow = Awaited<ReturnType<typeof findDeclaredDaysOfYear>>[number];

export function findDeclaredDayById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('declared_non_working_days as d')
    .leftJoin('users as creator', 'creator.id', 'd.created_by')
    .selectAll('d')
    .select(['creator.name as created_by_name'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}
