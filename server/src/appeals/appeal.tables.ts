/**
 * The tables of this feature (appeals, overturn feedback, quality draws, samples, reviews, scores), merged into `DB` (db/schema.ts). Each table's
 * interface lives in its own `*.table.ts` beside its repository.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature's migration lands
export interface AppealTables {}
