import type { Generated } from 'kysely';

/**
 * An identity at the provider linked to one Refugio user. The subject is kept only as a SHA-256 of
 * issuer and subject: some government providers use a national identity number (CURP) as subject.
 */
export interface ExternalIdentityTable {
  id: Generated<string>;
  user_id: string;
  issuer: string;
  /** SHA-256 (hex) of `issuer` + newline + `sub`. */
  subject_hash: string;
  /** How the link was made: a verified e-mail, a mapping rule (account created) or an administrator. */
  linked_by: 'verified_email' | 'created_by_rule';
  linked_at: Generated<Date>;
  last_sign_in_at: Date | null;
}

/** A sign-in begun at the provider and not yet back: state, nonce and PKCE verifier kept server-side. */
export interface SingleSignOnRequestTable {
  /** SHA-256 (hex) of the random value in the browser's short-lived cookie. */
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: Date;
  expires_at: Date;
}

/** Tables of single sign-on (OpenID Connect). */
export interface SingleSignOnTables {
  external_identities: ExternalIdentityTable;
  single_sign_on_requests: SingleSignOnRequestTable;
}
