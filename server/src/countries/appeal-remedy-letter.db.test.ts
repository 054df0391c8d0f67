import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { pdfText } from '../../test/fixtures/pdf-text';
import { caseInAssessment, completeAssessment } from '../../test/fixtures/decisions';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from './jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { printDecisionLetter } from '../decisions/decision-print.service';
import { submitDecision } from '../decisions/decision-review.service';
import { draftDecision } from '../decisions/decision.service';

const now = new Date('2026-11-20T16:00:00Z');
const draft = { outcome: 'rejected', individualExplanation: 'EXPLICACION-INDIVIDUAL del caso.' } as const;

describeEachEngine('the remedy in decision letters', (database) => {
  let mexico: Jurisdiction;
  /** Mexico as if its law named no remedy (as Belize, Guatemala and Honduras). */
  let silent: Jurisdiction;
  let officer: Actor;
  let registrar: Actor;

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    officer = await createActor(db, 'eligibility_officer', office);
    registrar = await createActor(db, 'registration_officer', office);
    mexico = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    silent = {
      ...mexico,
      profile: {
        ...mexico.profile,
        eligibility: {
          ...mexico.profile.eligibility,
          appealRemedy: { status: 'unknown', note: 'Not found in the sources.' },
        },
      },
    };
  });

  async function draftedLetter(jurisdiction: Jurisdiction) {
    const { db } = database();
    const filed = { entryDate: '2026-09-01', applicationDate: '2026-09-07' };
    const caseId = (await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now)).id;
    const caseVersion = await caseInAssessment(db, officer, caseId, jurisdiction, now);
    await completeAssessment(db, officer, caseId, { outcome: 'rejected' });
    const decision = await draftDecision(db, officer, caseId, draft, jurisdiction.profile, now);
    const printed = await printDecisionLetter(db, officer, decision.id, 1, jurisdiction.profile, now);
    return { text: pdfText(printed.pdf, '-raw').replace(/\s+/g, ' '), decision, caseVersion };
  }

  it('names the profile’s remedy where the law names it', async () => {
    const { text } = await draftedLetter(mexico);
    expect(text).toContain('procede el recurso de revisión, que podrá interponerse');
    expect(text).not.toContain('[appeal.remedy]');
  });

  it('leaves the phrase out where the law is unknown: no gap, no "unknown", and the draft can be submitted', async () => {
    const { text, decision, caseVersion } = await draftedLetter(silent);
    expect(text).not.toContain('procede el');
    expect(text).not.toContain('appeal.remedy');
    expect(text).not.toMatch(/unknown|desconocid/i);
    // The rest of the letter is there.
    expect(text).toContain('EXPLICACION-INDIVIDUAL');
    const submitted = await submitDecision(
      database().db,
      officer,
      decision.id,
      { version: decision.version, caseVersion },
      silent,
      now,
    );
    expect(submitted.decision.status).toBe('submitted');
  });
});
