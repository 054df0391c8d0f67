import type { Kysely } from 'kysely';
import {
  complementaryProtectionField,
  TemplateInput,
  TemplateQuery,
  TemplateStatusInput,
  UpdateTemplateInput,
  type CountryProfile,
  type FieldError,
  type OutcomeId,
  type TemplateBlock,
  type TemplateKind,
  type TemplateList,
  type TemplateView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageTemplates, hasPermission } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { renderDecisionLetter } from '../documents/decision-letter.pdf';
import { letterLabels } from './letter-labels';
import { checkPlaceholders, fieldsOfTemplate, renderTemplate, sampleValues } from './template-render';
import { presentTemplate } from './template.presenter';
import {
  findTemplateById,
  findTemplates,
  insertTemplate,
  nextTemplateNumber,
  retireActiveTemplate,
  setTemplateStatus,
  updateTemplateDraft,
  type TemplateKey,
  type TemplateRow,
} from './template.repository';

/**
 * Who reads model resolutions: those who manage them, and everyone who works on cases (an officer sees
 * which model a decision will be printed from). Composed from the policy's permissions.
 */
const canReadTemplates = (actor: Actor) => canManageTemplates(actor) || hasPermission(actor, 'case.read');

/** The country's templates, filtered; newest number first within each line. */
export async function listTemplates(
  db: Kysely<DB>,
  actor: Actor,
  rawQuery: unknown,
  profile: CountryProfile,
): Promise<TemplateList> {
  if (!canReadTemplates(actor)) throw forbidden();
  const query = parseOrThrow(TemplateQuery, rawQuery);
  const canManage = canManageTemplates(actor);
  const rows = await findTemplates(db, profile.code, query);
  return { templates: rows.map((row) => presentTemplate(row, canManage)), canManage };
}

export async function getTemplate(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  profile: CountryProfile,
): Promise<TemplateView> {
  if (!canReadTemplates(actor)) throw forbidden();
  return presentTemplate(await templateOfCountry(db, id, profile), canManageTemplates(actor));
}

/**
 * A new draft template: a first one for its country, kind, outcome and language, or (`basedOn`) the
 * next number of an existing line, which is how an active template is edited. Placeholders are checked.
 */
export async function createTemplate(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  profile: CountryProfile,
  now = new Date(),
): Promise<TemplateView> {
  if (!canManageTemplates(actor)) throw forbidden();
  const input = parseOrThrow(TemplateInput, raw);
  const id = await db.transaction().execute(async (trx) => {
    let key: TemplateKey = {
      country: profile.code,
      kind: input.kind,
      outcome: input.outcome,
      language: input.language,
    };
    if (input.basedOn) {
      const base = await findTemplateById(trx, input.basedOn);
      if (!base || base.country !== profile.code)
        throw validationFailed([{ path: 'basedOn', code: 'not_found', message: 'No such template' }]);
      key = { country: base.country, kind: base.kind, outcome: base.outcome, language: base.language };
    }
    checkTemplate(profile, key.kind, key.outcome, input.body, false);
    const number = await nextTemplateNumber(trx, key);
    const created = await uniqueOrConflict(() =>
      insertTemplate(trx, { ...key, number, ...pick(input), createdBy: actor.id, createdAt: now }),
    );
    await recordAudit(trx, actor, {
      action: 'template.create',
      details: { templateId: created, kind: key.kind, outcome: key.outcome, language: key.language, number },
    });
    return created;
  });
  return presentTemplate((await findTemplateById(db, id))!, true);
}

/** A draft's new title, body and source; an active or retired template is never edited (a new number is). */
export async function updateTemplate(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  profile: CountryProfile,
): Promise<TemplateView> {
  if (!canManageTemplates(actor)) throw forbidden();
  const input = parseOrThrow(UpdateTemplateInput, raw);
  await db.transaction().execute(async (trx) => {
    const row = await templateOfCountry(trx, id, profile);
    if (row.status !== 'draft')
      throw new AppError('conflict', `The template is ${row.status}: save your changes as a new number`);
    checkTemplate(profile, row.kind, row.outcome, input.body, false);
    if (!(await updateTemplateDraft(trx, id, input.version, pick(input)))) throw stale(row);
    await recordAudit(trx, actor, { action: 'template.update', details: { templateId: id } });
  });
  return presentTemplate((await findTemplateById(db, id))!, true);
}

/**
 * Puts a draft in force: from now on documents of its line are printed from it, and the template in
 * force until now is retired. Documents already issued keep the template they were rendered from.
 */
export async function activateTemplate(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  profile: CountryProfile,
  now: Date,
): Promise<TemplateView> {
  if (!canManageTemplates(actor)) throw forbidden();
  const input = parseOrThrow(TemplateStatusInput, raw);
  await db.transaction().execute(async (trx) => {
    const row = await templateOfCountry(trx, id, profile);
    if (row.version !== input.version) throw stale(row);
    if (row.status !== 'draft') throw new AppError('conflict', `The template is already ${row.status}`);
    checkTemplate(profile, row.kind, row.outcome, row.body, true);
    const retired = await retireActiveTemplate(trx, row, now);
    if (!(await setTemplateStatus(trx, id, input.version, { status: 'active', by: actor.id, at: now })))
      throw stale(row);
    await recordAudit(trx, actor, {
      action: 'template.activate',
      details: { templateId: id, number: row.number, retiredTemplateId: retired },
    });
  });
  return presentTemplate((await findTemplateById(db, id))!, true);
}

/** Takes a template out of use (a draft abandoned, or a model the authority withdraws). */
export async function retireTemplate(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  profile: CountryProfile,
  now: Date,
): Promise<TemplateView> {
  if (!canManageTemplates(actor)) throw forbidden();
  const input = parseOrThrow(TemplateStatusInput, raw);
  await db.transaction().execute(async (trx) => {
    const row = await templateOfCountry(trx, id, profile);
    if (row.version !== input.version) throw stale(row);
    if (row.status === 'retired') throw new AppError('conflict', 'The template is already retired');
    if (!(await setTemplateStatus(trx, id, input.version, { status: 'retired', at: now }))) throw stale(row);
    await recordAudit(trx, actor, {
      action: 'template.retire',
      details: { templateId: id, number: row.number },
    });
  });
  return presentTemplate((await findTemplateById(db, id))!, true);
}

/** The template printed with sample values (each field shows its name), watermarked as a draft. */
export async function previewTemplate(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  profile: CountryProfile,
  now: Date,
): Promise<Buffer> {
  if (!canReadTemplates(actor)) throw forbidden();
  const row = await templateOfCountry(db, id, profile);
  const labels = letterLabels(row.language);
  const { blocks } = renderTemplate(row.body, sampleValues());
  return renderDecisionLetter({
    blocks,
    title: row.title,
    author: profile.authority.acronym,
    language: row.language,
    watermark: labels.draftWatermark,
    reference: `${labels.template} ${row.number} · ${row.id}`,
    createdAt: now,
    pageLabel: labels.page,
  });
}

async function templateOfCountry(db: Kysely<DB>, id: string, profile: CountryProfile): Promise<TemplateRow> {
  const row = await findTemplateById(db, id);
  if (!row || row.country !== profile.code) throw notFound('Template not found');
  return row;
}

/**
 * The checks of a template's content: its outcome is one the country's procedure has, its placeholders
 * exist for its kind and, to be put in force, a refusal where the law wants the complementary-protection
 * analysis in the same resolution (MEX LRPCAP art. 30) has a place for it.
 */
function checkTemplate(
  profile: CountryProfile,
  kind: TemplateKind,
  outcome: OutcomeId | null,
  body: readonly TemplateBlock[],
  activating: boolean,
): void {
  const problems: FieldError[] = [];
  if (outcome !== null && !profile.procedure.outcomes.some((o) => o.id === outcome))
    problems.push({
      path: 'outcome',
      code: 'unknown_outcome',
      message: `The procedure has no outcome ${outcome}`,
    });
  problems.push(...checkPlaceholders(kind, body));
  if (
    activating &&
    requiresComplementaryProtection(profile, kind, outcome) &&
    !fieldsOfTemplate(body).includes(complementaryProtectionField)
  )
    problems.push({
      path: 'body',
      code: 'complementary_protection_required',
      message: `This outcome's resolution must state the complementary-protection analysis: add {{${complementaryProtectionField}}}`,
    });
  if (problems.length > 0) throw validationFailed(problems);
}

/** Whether the procedure's refusal with this outcome must carry a complementary-protection analysis. */
export function requiresComplementaryProtection(
  profile: CountryProfile,
  kind: TemplateKind,
  outcome: OutcomeId | null,
): boolean {
  if (kind !== 'decision' || outcome === null) return false;
  return profile.procedure.transitions.some(
    (t) => t.requires.includes('complementaryProtectionAssessment') && (t.outcomes ?? []).includes(outcome),
  );
}

const pick = (input: { title: string; body: TemplateBlock[]; source: string }) => ({
  title: input.title,
  body: input.body,
  source: input.source,
});

const stale = (row: TemplateRow) =>
  new AppError(
    'conflict',
    `The template has changed since you opened it: it is now at version ${row.version}. Reload it and try again.`,
  );

/** Two administrators numbering the same line at once: the unique index decides, the loser is told. */
async function uniqueOrConflict<T>(insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new AppError('conflict', 'Someone numbered this template at the same time: try again');
    throw error;
  }
}
