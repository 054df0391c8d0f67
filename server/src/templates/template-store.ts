import type { Kysely } from 'kysely';
import type { OutcomeId, TemplateBlock, TemplateKind } from '@refugio/contract';
import type { DB } from '../db/schema';
import { findActiveTemplateRow, findTemplateById } from './template.repository';

export { renderTemplate, type FieldValues, type RenderedBlock } from './template-render';

/** A template as the documents that use it need it: which one (to pin it), its language and blocks. */
export interface StoredTemplate {
  id: string;
  number: number;
  kind: TemplateKind;
  outcome: OutcomeId | null;
  language: string;
  title: string;
  body: TemplateBlock[];
}

/**
 * The seam other features use (interview notices, decision letters): the active template of a country,
 * kind, outcome (none for a notice) and language, or undefined when the authority has none active.
 */
export async function findActiveTemplate(
  db: Kysely<DB>,
  key: { country: string; kind: TemplateKind; outcome: OutcomeId | null; language: string },
): Promise<StoredTemplate | undefined> {
  const row = await findActiveTemplateRow(db, key);
  return row && stored(row);
}

/** A template by id, whatever its status: a decision version renders with the template it pinned. */
export async function findTemplate(db: Kysely<DB>, id: string): Promise<StoredTemplate | undefined> {
  const row = await findTemplateById(db, id);
  return row && stored(row);
}

function stored(row: NonNullable<Awaited<ReturnType<typeof findTemplateById>>>): StoredTemplate {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    outcome: row.outcome,
    language: row.language,
    title: row.title,
    body: row.body,
  };
}
