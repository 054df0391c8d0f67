import type { Generated } from 'kysely';

/** full: signed in; mfa: password given, code awaited; mfa_enrolment: must enrol MFA first. */
export type SessionStage = 'full' | 'mfa' | 'mfa_enrolment';

export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
  id: string;
  /** What the user sees and names when ending one session (never the token or its hash). */
  public_id: Generated<string>;
  user_id: string;
  stage: Generated<SessionStage>;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  client_address: string;
  user_agent: Generated<string>;
}
