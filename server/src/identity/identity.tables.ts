/** Tables of identity resolution. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by identity resolution
export interface IdentityTables {}
