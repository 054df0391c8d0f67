/**
 * The tables of this feature (interpreters, rooms, bookings, interviews, records, addenda, no-shows, remote consents), merged into `DB` (db/schema.ts). Each table's
 * interface lives in its own `*.table.ts` beside its repository.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature's migration lands
export interface InterviewTables {}
