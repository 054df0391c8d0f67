import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { jurisdictionOf } from '../countries/jurisdiction';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { interviewedCase } from '../../test/fixtures/assessments';
import { createCoiSource } from '../coi/coi-source.service';
import { startAssessment } from './assessment.service';
import { addCitation, addFact } from './assessment-content.service';
import { loadAssessmentSnapshot, setAssessmentStatus } from './assessment-snapshot';

const mex = jurisdictionOf('MEX');

describeEachEngine('assessment snapshot and database guards', (database) => {
  let db: Kysely<DB>;
  let officer: Actor;
  let caseId: string;
  let assessmentId: string;
  let sourceId: string;

  beforeAll(async () => {
    db = database().db;
    const office = await createOffice(db, 'SNP');
    officer = await createActor(db, 'eligibility_officer', office);
    const registrar = await createActor(db, 'registration_officer', office);
    const prepared = await interviewedCase(db, { registrar, officer }, mex);
    caseId = prepared.caseId;
    const now = new Date();
    const started = await startAssessment(db, officer, caseId, { caseVersion: prepared.version }, mex, now);
    assessmentId = started.assessment.id;
    const source = await createCoiSource(db, officer, {
      title: 'Honduras: informe',
      publisher: 'ACNUR',
      publishedOn: '2025-03-01',
      datePrecision: 'month',
      url: 'https://example.org/hnd',
      countries: ['HND'],
    });
    sourceId = source.id;
    const withFact = await addFact(
      db,
      officer,
      assessmentId,
      { statement: 'Amenazado en 2026.', finding: 'accepted', reasons: 'Coherente.' },
      mex,
      now,
    );
    await addCitation(
      db,
      officer,
      assessmentId,
      {
        section: 'material_facts',
        factId: withFact.facts[0]!.id,
        kind: 'coi',
        coiSourceId: sourceId,
        pinpoint: 'p. 4',
      },
      mex,
      now,
    );
  });

  it('loads the current round with facts and their rendered citations', async () => {
    const snapshot = await loadAssessmentSnapshot(db, caseId);
    expect(snapshot).toMatchObject({
      assessmentId,
      caseId,
      round: 1,
      status: 'draft',
      proposedOutcome: null,
      complementaryProtection: null,
      coiSourceIds: [sourceId],
      facts: [
        {
          statement: 'Amenazado en 2026.',
          finding: 'accepted',
          citations: ['ACNUR, Honduras: informe, 03/2025, p. 4'],
        },
      ],
    });
    expect(snapshot!.sections.map((s) => s.id)[0]).toBe('identity');
    expect(await loadAssessmentSnapshot(db, crypto.randomUUID())).toBeUndefined();
  });

  it('refuses a rejection on an inconsistency not put to the applicant (INTV-1)', async () => {
    await expect(
      db
        .insertInto('assessment_facts')
        .values({
          id: crypto.randomUUID(),
          assessment_id: assessmentId,
          position: 9,
          statement: 'x',
          finding: 'rejected',
          reasons: 'y',
          rejection_grounds: ['external_inconsistency'],
          put_to_applicant: null,
          updated_by: officer.id,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('freezes facts and citations unless the assessment is a draft', async () => {
    await setAssessmentStatus(db, assessmentId, 'submitted');
    await expect(
      db.deleteFrom('assessment_citations').where('assessment_id', '=', assessmentId).execute(),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(
      db
        .updateTable('assessment_facts')
        .set({ reasons: 'otra' })
        .where('assessment_id', '=', assessmentId)
        .execute(),
    ).rejects.toMatchObject({ code: '42501' });
    await setAssessmentStatus(db, assessmentId, 'draft');
    await db
      .updateTable('assessment_facts')
      .set({ reasons: 'otra' })
      .where('assessment_id', '=', assessmentId)
      .execute();
  });

  it('refuses to set the status of an assessment that does not exist', async () => {
    await expect(setAssessmentStatus(db, crypto.randomUUID(), 'final')).rejects.toThrow(/no assessment/);
  });
});
