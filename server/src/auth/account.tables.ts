import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type SignInOutcome =
  'success' | 'mfa_required' | 'wrong_password' | 'locked' | 'mfa_failed' | 'account_disabled';

/** Failed sign-ins per typed e-mail (its SHA-256), shared by every server process. */
export interface SignInThrottleTable {
  email_hash: string;
  failures: number;
  locked_until: Date | null;
  last_failure_at: Date;
}

export interface SignInAttemptTable {
  id: Generated<string>;
  occurred_at: Generated<Date>;
  /** Null when the e-mail typed belongs to no account (the e-mail itself is not kept). */
  user_id: string | null;
  outcome: SignInOutcome;
  client_address: string;
  user_agent: string;
  /** How the person proved who they are: Refugio's password or the identity provider (single sign-on). */
  method: ColumnType<SignInMethod, SignInMethod | undefined, never>;
}

export type SignInMethod = 'password' | 'single_sign_on';

export interface UserMfaTable {
  user_id: string;
  /** The base32 TOTP secret sealed under the master key `totp_key_id` (crypto/user-secret.ts). */
  totp_secret: ColumnType<Buffer, Buffer, Buffer>;
  /** The fingerprint of the master key that seals the secret; null for legacy plaintext. */
  totp_key_id: string | null;
  created_at: Generated<Date>;
  /** Null while enrolment waits for the first code. */
  confirmed_at: Date | null;
  /** The last TOTP time step accepted (unix time / 30; fits an integer until year 4000): a code is never accepted twice. */
  last_time_step: number | null;
}

export interface MfaRecoveryCodeTable {
  user_id: string;
  /** SHA-256 of the code (80 random bits: a fast hash is enough). */
  code_hash: string;
  used_at: Date | null;
}

export interface AccountSettingTable {
  name: string;
  value: JSONColumnType<string[], string, string>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

/** The tables of account security (MFA, sign-in history), merged into `DB` (db/schema.ts). */
export interface AccountTables {
  sign_in_throttle: SignInThrottleTable;
  sign_in_attempts: SignInAttemptTable;
  user_mfa: UserMfaTable;
  mfa_recovery_codes: MfaRecoveryCodeTable;
  account_settings: AccountSettingTable;
}
