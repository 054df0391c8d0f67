import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { OutcomeId, TemplateBlock, TemplateKind, TemplateStatus } from '@refugio/contract';

/** A model resolution or notice, numbered per country, kind, outcome and language (frozen once it leaves draft). */
export interface DocumentTemplateTable {
  id: Generated<string>;
  country: string;
  kind: TemplateKind;
  outcome: OutcomeId | null;
  language: string;
  number: number;
  status: ColumnType<TemplateStatus, TemplateStatus | undefined, TemplateStatus>;
  title: string;
  body: JSONColumnType<TemplateBlock[], string, string>;
  source: string;
  created_by: string | null;
  created_at: Generated<Date>;
  activated_by: string | null;
  activated_at: Date | null;
  retired_at: Date | null;
  version: Generated<number>;
}
