/**
 * The tables of this feature (country-of-origin information sources, assessments, sections, facts, citations), merged into `DB` (db/schema.ts). Each table's
 * interface lives in its own `*.table.ts` beside its repository.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature's migration lands
export interface AssessmentTables {}
