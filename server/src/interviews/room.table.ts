import type { ColumnType, Generated } from 'kysely';

/** An interview room of an office. */
export interface RoomTable {
  id: Generated<string>;
  office_id: string;
  name: string;
  capacity: number;
  features: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
