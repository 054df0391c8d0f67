import type { Generated } from 'kysely';

/** A country-of-origin information source of the authority's library: superseded, never deleted. */
export interface CoiSourceTable {
  id: string;
  title: string;
  publisher: string;
  published_on: string;
  date_precision: 'day' | 'month' | 'year';
  url: string;
  file_id: string | null;
  countries: string[];
  topics: string[];
  language: string | null;
  summary: string;
  /** Title, publisher, summary, topics and countries folded with search/normalize.ts. */
  search_text: string;
  status: Generated<'current' | 'superseded'>;
  superseded_by: string | null;
  superseded_at: Date | null;
  superseded_reason: Generated<string>;
  added_by: string | null;
  added_at: Generated<Date>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}
