import type { Generated } from 'kysely';
import type { Role } from '@refugio/contract';

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: Role;
  office_id: string | null;
  password_hash: string;
  active: Generated<boolean>;
  /** For a same-sex interview request; null: not recorded (never meets one). */
  sex: Generated<'F' | 'M' | 'X' | null>;
  created_at: Generated<Date>;
}
