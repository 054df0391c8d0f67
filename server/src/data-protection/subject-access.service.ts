import type { Kysely } from 'kysely';
import {
  SubjectAccessQuery,
  type CountryProfile,
  type SubjectAccessExport,
  type SubjectAccessFormat,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canExportSubjectAccess, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { forbidden, notFound } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findEventsOfCase, findPeopleOfCase, insertCaseEvent } from '../cases/case.repository';
import { renderSubjectAccess } from '../documents/subject-access.pdf';
import { listConsentsOfCase, listDisclosuresOfCase } from './data-protection.repository';
import {
  countInterviewsOfOthers,
  findAppealDates,
  findAttachmentList,
  findCaseAuditTrail,
  findDecisionsWithPeople,
  findInterviewsOfPerson,
  findLatestFacts,
  findRecordContent,
} from './subject-access.repository';
import { buildSubjectAccessExport } from './subject-access.presenter';

type JsonResult = { format: 'json'; export: SubjectAccessExport };
type PdfResult = { format: 'pdf'; pdf: Buffer; filename: string };
export type SubjectAccessResult = JsonResult | PdfResult;
interface SubjectAccessParams<F extends SubjectAccessFormat> {
  caseId: string;
  personId: string;
  format: F;
  query: unknown;
}

/**
 * A person's subject access export: everything held about them, third parties withheld, as JSON or a
 * PDF in the language asked for. Made by a supervisor in their ordinary scope (policy); a case out of
 * reach answers 404 and a person not of the case too. The export is audited (ids, format, counts)
 * and leaves a case event, in the transaction that reads the data, after the PDF is rendered, so an
 * entry exists exactly when an export was handed over.
 */
export async function exportSubjectAccess(
  db: Kysely<DB>,
  actor: Actor,
  params: SubjectAccessParams<'json'>,
  profile: CountryProfile,
  now?: Date,
): Promise<JsonResult>;
export async function exportSubjectAccess(
  db: Kysely<DB>,
  actor: Actor,
  params: SubjectAccessParams<'pdf'>,
  profile: CountryProfile,
  now?: Date,
): Promise<PdfResult>;
export async function exportSubjectAccess(
  db: Kysely<DB>,
  actor: Actor,
  params: SubjectAccessParams<SubjectAccessFormat>,
  profile: CountryProfile,
  now = new Date(),
): Promise<SubjectAccessResult> {
  const { lang } = parseOrThrow(SubjectAccessQuery, params.query ?? {});
  const { caseId, personId, format } = params;
  const kase = await findCaseToActOn(db, actor, caseId, 'subject_access_export');
  if (!canExportSubjectAccess(actor, caseScopeOf(kase))) {
    await recordAudit(db, actor, { action: 'subject_access.denied', caseId, details: { personId, format } });
    throw forbidden();
  }
  return db.transaction().execute(async (trx) => {
    const people = await findPeopleOfCase(trx, caseId);
    if (!people.some((p) => p.id === personId)) throw notFound('Person not found in this case');
    const interviewRows = await findInterviewsOfPerson(trx, caseId, personId);
    const interviews = [];
    for (const row of interviewRows) {
      interviews.push({
        ...row,
        record: row.record_id ? ((await findRecordContent(trx, row.record_id)) ?? null) : null,
      });
    }
    const exported = buildSubjectAccessExport({
      generatedAt: now,
      lang,
      authority: { country: profile.code, name: profile.authority.name[lang] },
      kase,
      subjectId: personId,
      people,
      consents: await listConsentsOfCase(trx, caseId),
      disclosures: await listDisclosuresOfCase(trx, caseId),
      interviews,
      interviewsOfOthers: await countInterviewsOfOthers(trx, caseId, personId),
      facts: await findLatestFacts(trx, caseId),
      decisions: await findDecisionsWithPeople(trx, caseId),
      appeals: await findAppealDates(trx, caseId),
      attachments: await findAttachmentList(trx, caseId),
      events: await findEventsOfCase(trx, caseId),
      auditTrail: await findCaseAuditTrail(trx, caseId),
    });
    const result: SubjectAccessResult =
      format === 'pdf'
        ? {
            format,
            pdf: await renderSubjectAccess(exported, profile),
            filename: `acceso-${kase.case_number.replace(/[^A-Za-z0-9-]/g, '-')}.pdf`,
          }
        : { format, export: exported };
    const codes = { personId, format, language: lang };
    await insertCaseEvent(
      trx,
      { caseId, type: 'subject_access_exported', actorId: actor.id, occurredAt: now, data: codes },
      {
        actor,
        entry: {
          action: 'subject_access.exported',
          caseId,
          details: {
            ...codes,
            counts: {
              consents: exported.consents.length,
              disclosures: exported.disclosures.length,
              interviews: exported.interviews.length,
              decisions: exported.decisions.length,
              documents: exported.documents.length,
              events: exported.events.length,
            },
            withheld: exported.withheld,
          },
        },
      },
    );
    return result;
  });
}
