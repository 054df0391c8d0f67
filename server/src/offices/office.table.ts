import type { Generated } from 'kysely';

export interface OfficeTable {
  id: Generated<string>;
  code: string;
  name: string;
  city: string;
  created_at: Generated<Date>;
}
