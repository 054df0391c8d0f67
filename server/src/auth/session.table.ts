import type { Generated } from 'kysely';

export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
  id: string;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  client_address: string;
}
