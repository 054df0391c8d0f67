import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  AssessmentSectionId,
  CitationInput,
  MaterialFactInput,
  SaveSectionInput,
  UpdateMaterialFactInput,
  sectionSchemas,
  type AssessmentView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canEditAssessment, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findPeopleOfCase, type CaseRow } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findCoiSourceById } from '../coi/coi-source.repository';
import {
  deleteCitation,
  deleteFact,
  findFact,
  findFacts,
  findSectionVersion,
  insertCitation,
  insertFact,
  reopenSection,
  touchAssessment,
  updateFact,
  updateSection,
  type AssessmentRow,
} from './assessment.repository';
import { assessmentOrNotFound } from './assessment.service';
import { assessmentView, sectionRequirement } from './assessment-view';
import { groundsOffered } from './eligibility-rules';
import { sectionConflicts, sectionGaps, type SectionContext } from './section-completeness';
import type { Jurisdiction } from '../countries/jurisdiction';

interface Editable {
  assessment: AssessmentRow;
  kase: CaseRow;
}

/**
 * The assessment and its case, for a write: the case in the actor's office (404 and an audited denial
 * otherwise), the assessment still a draft (409: a decision is built on it), the actor its author, the
 * officer in charge or a supervisor (403).
 */
async function editable(db: Kysely<DB>, actor: Actor, assessmentId: string): Promise<Editable> {
  const assessment = await assessmentOrNotFound(db, assessmentId);
  const kase = await findCaseToActOn(db, actor, assessment.case_id, 'assessment.update');
  if (assessment.status !== 'draft')
    throw new AppError('conflict', `The assessment is ${assessment.status}: it can no longer change`);
  const allowed = canEditAssessment(
    actor,
    { authorId: assessment.author_id, status: assessment.status },
    { ...caseScopeOf(kase), assignedTo: kase.assigned_to },
  );
  if (!allowed) throw forbidden();
  return { assessment, kase };
}

const staleRecord = (what: string, current: number) =>
  new AppError('conflict', `The ${what} has changed since you opened it: it is now at version ${current}.`);

async function sectionContext(
  db: Kysely<DB>,
  e: Editable,
  jurisdiction: Jurisdiction,
): Promise<SectionContext> {
  const [people, facts] = await Promise.all([
    findPeopleOfCase(db, e.kase.id),
    findFacts(db, e.assessment.id),
  ]);
  return {
    grounds: groundsOffered(jurisdiction.profile),
    dependantIds: people.filter((p) => p.role === 'dependant').map((p) => p.id),
    factCount: facts.length,
  };
}

async function answer(db: Kysely<DB>, actor: Actor, e: Editable, jurisdiction: Jurisdiction) {
  const assessment = await assessmentOrNotFound(db, e.assessment.id);
  return assessmentView(db, actor, assessment, e.kase, jurisdiction.profile);
}

/**
 * Saves one section from the version the user saw (409 when stale; the other sections and the case are
 * untouched, so colleagues never collide across sections). Marking it complete is refused, field by
 * field, while it lacks what the section needs.
 */
export async function saveSection(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  rawSection: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentView> {
  const section = parseOrThrow(z.object({ section: AssessmentSectionId }), { section: rawSection }).section;
  const input = parseOrThrow(SaveSectionInput, raw);
  const content = parseOrThrow(z.object({ content: sectionSchemas[section] }), { content: input.content })
    .content as Record<string, unknown>;
  const e = await editable(db, actor, assessmentId);
  if (sectionRequirement(jurisdiction.profile)(section) === 'hidden')
    throw validationFailed([
      { path: 'section', code: 'not_in_force', message: 'The law of this country has no such section' },
    ]);
  const context = await sectionContext(db, e, jurisdiction);
  const problems = [
    ...sectionConflicts(section, content, context),
    ...(input.complete ? sectionGaps(section, content, context) : []),
  ];
  if (problems.length > 0) throw validationFailed(problems);
  await db.transaction().execute(async (trx) => {
    const version = await updateSection(
      trx,
      { assessmentId, section, version: input.version },
      { content, complete: input.complete, updatedBy: actor.id, now },
    );
    if (version === undefined)
      throw staleRecord(
        'section',
        (await findSectionVersion(trx, assessmentId, section))?.version ?? input.version,
      );
    await recordAudit(trx, actor, {
      action: 'assessment.update',
      caseId: e.kase.id,
      details: { assessmentId, section, complete: input.complete, version },
    });
  });
  return answer(db, actor, e, jurisdiction);
}

const factValues = (fact: z.output<typeof MaterialFactInput>) => ({
  statement: fact.statement,
  finding: fact.finding,
  reasons: fact.reasons,
  rejectionGrounds: fact.rejectionGrounds,
  putToApplicant: fact.putToApplicant,
});

/** Adds a material fact, accepted or rejected with reasons, after the others. */
export async function addFact(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentView> {
  const fact = parseOrThrow(MaterialFactInput, raw);
  const e = await editable(db, actor, assessmentId);
  const factId = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertFact(trx, { id: factId, assessmentId, updatedBy: actor.id, now }, factValues(fact));
    await touchAssessment(trx, assessmentId, now);
    await recordAudit(trx, actor, {
      action: 'assessment.update',
      caseId: e.kase.id,
      details: { assessmentId, factId, change: 'fact_added', finding: fact.finding },
    });
  });
  return answer(db, actor, e, jurisdiction);
}

/** Changes a material fact from the version the user saw. */
export async function changeFact(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  factId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentView> {
  const input = parseOrThrow(UpdateMaterialFactInput, raw);
  const e = await editable(db, actor, assessmentId);
  await db.transaction().execute(async (trx) => {
    const current = await findFact(trx, assessmentId, factId);
    if (!current) throw notFound('Fact not found');
    const version = await updateFact(
      trx,
      { assessmentId, factId, version: input.version },
      factValues(input.fact),
      { updatedBy: actor.id, now },
    );
    if (version === undefined) throw staleRecord('fact', current.version);
    await touchAssessment(trx, assessmentId, now);
    await recordAudit(trx, actor, {
      action: 'assessment.update',
      caseId: e.kase.id,
      details: { assessmentId, factId, change: 'fact_changed', finding: input.fact.finding, version },
    });
  });
  return answer(db, actor, e, jurisdiction);
}

/** Removes a material fact and its citations; with no fact left the material-facts section is reopened. */
export async function removeFact(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  factId: string,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentView> {
  const e = await editable(db, actor, assessmentId);
  await db.transaction().execute(async (trx) => {
    const current = await findFact(trx, assessmentId, factId);
    if (!current) throw notFound('Fact not found');
    await deleteFact(trx, assessmentId, factId, current.position);
    if ((await findFacts(trx, assessmentId)).length === 0)
      await reopenSection(trx, assessmentId, 'material_facts');
    await touchAssessment(trx, assessmentId, now);
    await recordAudit(trx, actor, {
      action: 'assessment.update',
      caseId: e.kase.id,
      details: { assessmentId, factId, change: 'fact_removed' },
    });
  });
  return answer(db, actor, e, jurisdiction);
}

/**
 * Cites what a section or fact rests on. A COI source must be in the library and current (a superseded
 * one is listed with its successor instead); a fact must be of this assessment. Interview turns are
 * cited by pinpoint with their ids as given (the interviews feature confirms its records).
 */
export async function addCitation(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentView> {
  const input = parseOrThrow(CitationInput, raw);
  const e = await editable(db, actor, assessmentId);
  const citationId = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    if (input.coiSourceId) {
      const source = await findCoiSourceById(trx, input.coiSourceId);
      if (!source)
        throw validationFailed([{ path: 'coiSourceId', code: 'unknown', message: 'No such source' }]);
      if (source.status !== 'current')
        throw validationFailed([
          {
            path: 'coiSourceId',
            code: 'superseded',
            message: 'The source is superseded: cite its successor',
          },
        ]);
    }
    if (input.factId && !(await findFact(trx, assessmentId, input.factId)))
      throw validationFailed([
        { path: 'factId', code: 'unknown', message: 'No such fact in this assessment' },
      ]);
    await insertCitation(trx, { id: citationId, assessmentId, ...input, createdBy: actor.id, now });
    await touchAssessment(trx, assessmentId, now);
    await recordAudit(trx, actor, {
      action: 'assessment.update',
      caseId: e.kase.id,
      details: {
        assessmentId,
        citationId,
        change: 'citation_added',
        kind: input.kind,
        section: input.section,
        ...(input.coiSourceId ? { coiSourceId: input.coiSourceId } : {}),
      },
    });
  });
  return answer(db, actor, e, jurisdiction);
}

export async function removeCitation(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  citationId: string,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentView> {
  const e = await editable(db, actor, assessmentId);
  await db.transaction().execute(async (trx) => {
    if (!(await deleteCitation(trx, assessmentId, citationId))) throw notFound('Citation not found');
    await touchAssessment(trx, assessmentId, now);
    await recordAudit(trx, actor, {
      action: 'assessment.update',
      caseId: e.kase.id,
      details: { assessmentId, citationId, change: 'citation_removed' },
    });
  });
  return answer(db, actor, e, jurisdiction);
}
