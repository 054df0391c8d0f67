import type { Kysely } from 'kysely';
import type { CountryProfile, DecisionReasons } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReadClaim, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { forbidden, notFound } from '../errors/app-error';
import { findStoredFile } from '../files/stored-file.repository';
import { decisionToActOn } from './decision-access';
import { fillLetter, printLetter } from './decision-letter';
import { findDecisionDocument, findDecisionPeople, findVersions } from './decision.repository';
import { liveReasons } from './decision.service';

/**
 * The letter of a version as PDF. The issued version is the stored file, byte for byte, whatever
 * happened to its template since; any other version is printed on the fly with the "PROYECTO"
 * watermark (a submitted one from its frozen reasons, a draft from the assessment as it stands).
 */
export async function printDecisionLetter(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  number: number,
  profile: CountryProfile,
  now: Date,
): Promise<{ pdf: Buffer; filename: string; sha256: string | null }> {
  const { decision, kase } = await decisionToActOn(db, actor, id, 'decision.print');
  if (!canReadClaim(actor, caseScopeOf(kase))) throw forbidden();
  const version = (await findVersions(db, id)).find((v) => v.number === number);
  if (!version) throw notFound('Version not found');
  await recordAudit(db, actor, {
    action: 'decision.print',
    caseId: kase.id,
    details: { decisionId: id, versionNumber: number },
  });
  const document = await findDecisionDocument(db, id);
  if (document && document.version_number === number && decision.status !== 'set_aside') {
    const file = await findStoredFile(db, document.file_id);
    if (!file) throw new Error(`stored letter ${document.file_id} is gone`);
    return { pdf: file.content, filename: `resolucion-${kase.case_number}.pdf`, sha256: file.sha256 };
  }
  const reasons = version.submitted_at
    ? (version.reasons as DecisionReasons)
    : await liveReasons(db, kase.id, now);
  const letter = await fillLetter(
    db,
    profile,
    kase,
    version,
    await findDecisionPeople(db, id),
    reasons,
    null,
  );
  const pdf = await printLetter(letter, profile, { decisionId: id, versionNumber: number }, false, now);
  return { pdf, filename: `proyecto-${kase.case_number}-v${number}.pdf`, sha256: null };
}
