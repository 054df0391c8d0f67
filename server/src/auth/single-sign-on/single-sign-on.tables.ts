/** Tables of single sign-on (OpenID Connect). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by single sign-on
export interface SingleSignOnTables {}
