import type { ExpressionBuilder, Kysely } from 'kysely';
import type { OutcomeId, TemplateKind, TemplateQuery } from '@refugio/contract';
import type { DB } from '../db/schema';

/** What identifies a line of numbered templates: one of them at most is active. */
export interface TemplateKey {
  country: string;
  kind: TemplateKind;
  outcome: OutcomeId | null;
  language: string;
}

function templateQuery(db: Kysely<DB>) {
  return db
    .selectFrom('document_templates as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select([
      't.id',
      't.country',
      't.kind',
      't.outcome',
      't.language',
      't.number',
      't.status',
      't.title',
      't.body',
      't.source',
      't.created_by',
      'u.name as created_by_name',
      't.created_at',
      't.activated_at',
      't.retired_at',
      't.version',
    ]);
}

export function findTemplateById(db: Kysely<DB>, id: string) {
  return templateQuery(db).where('t.id', '=', id).executeTakeFirst();
}
export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplateById>>>;

export function findTemplates(db: Kysely<DB>, country: string, query: TemplateQuery) {
  let q = templateQuery(db).where('t.country', '=', country);
  if (query.kind) q = q.where('t.kind', '=', query.kind);
  if (query.outcome) q = q.where('t.outcome', '=', query.outcome);
  if (query.language) q = q.where('t.language', '=', query.language);
  if (query.status) q = q.where('t.status', '=', query.status);
  return q.orderBy('t.kind').orderBy('t.outcome').orderBy('t.language').orderBy('t.number', 'desc').execute();
}

const keyIs = (key: TemplateKey) => (eb: ExpressionBuilder<DB, 'document_templates'>) =>
  eb.and([
    eb('country', '=', key.country),
    eb('kind', '=', key.kind),
    eb('language', '=', key.language),
    key.outcome === null ? eb('outcome', 'is', null) : eb('outcome', '=', key.outcome),
  ]);

export function findActiveTemplateRow(db: Kysely<DB>, key: TemplateKey) {
  let q = templateQuery(db)
    .where('t.country', '=', key.country)
    .where('t.kind', '=', key.kind)
    .where('t.language', '=', key.language)
    .where('t.status', '=', 'active');
  q = key.outcome === null ? q.where('t.outcome', 'is', null) : q.where('t.outcome', '=', key.outcome);
  return q.executeTakeFirst();
}

/** The next number of a line of templates, under a lock on the line's rows so two drafts never share it. */
export async function nextTemplateNumber(trx: Kysely<DB>, key: TemplateKey): Promise<number> {
  const rows = await trx
    .selectFrom('document_templates')
    .select('number')
    .where(keyIs(key))
    .forUpdate()
    .execute();
  return Math.max(0, ...rows.map((r) => r.number)) + 1;
}

export async function insertTemplate(
  trx: Kysely<DB>,
  values: TemplateKey & {
    number: number;
    title: string;
    body: unknown;
    source: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('document_templates')
    .values({
      country: values.country,
      kind: values.kind,
      outcome: values.outcome,
      language: values.language,
      number: values.number,
      title: values.title,
      body: JSON.stringify(values.body),
      source: values.source,
      created_by: values.createdBy,
      created_at: values.createdAt,
      activated_by: null,
      activated_at: null,
      retired_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A draft's new text, guarded by the version the user saw; undefined when someone changed it meanwhile. */
export function updateTemplateDraft(
  trx: Kysely<DB>,
  id: string,
  version: number,
  values: { title: string; body: unknown; source: string },
) {
  return trx
    .updateTable('document_templates')
    .set((eb) => ({
      title: values.title,
      body: JSON.stringify(values.body),
      source: values.source,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
}

export function setTemplateStatus(
  trx: Kysely<DB>,
  id: string,
  version: number,
  change: { status: 'active'; by: string; at: Date } | { status: 'retired'; at: Date },
) {
  return trx
    .updateTable('document_templates')
    .set((eb) => ({
      status: change.status,
      version: eb('version', '+', 1),
      ...(change.status === 'active'
        ? { activated_by: change.by, activated_at: change.at }
        : { retired_at: change.at }),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/** Retires the active template of a line (activating another), answering its id. */
export async function retireActiveTemplate(trx: Kysely<DB>, key: TemplateKey, at: Date) {
  const row = await trx
    .updateTable('document_templates')
    .set((eb) => ({ status: 'retired' as const, retired_at: at, version: eb('version', '+', 1) }))
    .where(keyIs(key))
    .where('status', '=', 'active')
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
