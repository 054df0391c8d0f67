import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { pdfText } from '../../test/fixtures/pdf-text';
import { completeAssessment } from '../../test/fixtures/decisions';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { findEventsOfCase } from '../cases/case.repository';
import { stepCase } from '../demo/direct-step';
import { activateTemplate, createTemplate } from '../templates/template.service';
import { recordBodyResolution } from './body-resolution.service';
import { printDecisionLetter } from './decision-print.service';
import { approveDecision, submitDecision } from './decision-review.service';
import { draftDecision, getDecision } from './decision.service';

const now = new Date('2026-11-20T16:00:00Z');

// Costa Rica: the eligibility officer's draft, approved by a supervisor, goes to the Comisión de Visas
// Restringidas y Refugio (CVRR), which decides (countries/CRI.json `refer_to_decision_body`).
describeEachEngine("a deciding body's resolution (CRI)", (database) => {
  const source = jurisdictionSourceOf('CRI');
  let jurisdiction: Jurisdiction;
  let officer: Actor;
  let supervisor: Actor;
  let registrar: Actor;
  let caseId: string;
  let decisionId: string;
  let caseVersion: number;

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'SJO');
    officer = await createActor(db, 'eligibility_officer', office);
    supervisor = await createActor(db, 'supervisor', office);
    registrar = await createActor(db, 'registration_officer', office);
    const admin = await createActor(db, 'administrator', null);
    jurisdiction = await currentJurisdiction(source, db);
    // No model resolution ships for Costa Rica: the administrator writes one from Mexico's.
    const mexican = JSON.parse(
      readFileSync(
        new URL('../../../countries/templates/MEX/decision-rejected.spa.json', import.meta.url),
        'utf8',
      ),
    ) as { title: string; body: unknown[] };
    const template = await createTemplate(
      db,
      admin,
      {
        kind: 'decision',
        outcome: 'rejected',
        language: 'spa',
        title: 'Resolución de la CVRR',
        source: 'Modelo de prueba',
        // Costa Rica's remedy is not in the profile yet (countries/CRI.json): the model leaves it out.
        body: mexican.body.filter((block) => !JSON.stringify(block).includes('{{appeal.')),
      },
      jurisdiction.profile,
    );
    await activateTemplate(db, admin, template.id, { version: template.version }, jurisdiction.profile, now);
    jurisdiction = await currentJurisdiction(source, db);

    const filed = { entryDate: '2026-09-01', applicationDate: '2026-09-07' };
    caseId = (await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now)).id;
    let version = 1;
    for (const [action, data] of [
      ['examine_admissibility', {}],
      ['admit', { interviewDate: '2026-10-01' }],
      ['record_interview', { interviewDate: '2026-10-01' }],
      ['begin_assessment', {}],
    ] as const)
      version = (await stepCase(db, officer, caseId, action, { version, data }, jurisdiction, now)).version;
    await completeAssessment(db, officer, caseId, { outcome: 'rejected' });
    const draft = await draftDecision(
      db,
      officer,
      caseId,
      { outcome: 'rejected', individualExplanation: 'EXPLICACION-CVRR.' },
      jurisdiction.profile,
      now,
    );
    decisionId = draft.id;
    const submitted = await submitDecision(
      db,
      officer,
      decisionId,
      { version: draft.version, caseVersion: version },
      jurisdiction,
      now,
    );
    const approved = await approveDecision(
      db,
      supervisor,
      decisionId,
      { version: submitted.decision.version, caseVersion: submitted.case!.version },
      jurisdiction,
      now,
    );
    caseVersion = approved.case!.version;
  });

  it('the approval refers the draft to the body: nothing is issued yet, the supervisor may record its resolution', async () => {
    const { db } = database();
    const decision = await getDecision(db, supervisor, decisionId, jurisdiction.profile);
    expect(decision).toMatchObject({ status: 'referred', issuedVersion: null });
    expect(decision.actions).toContain('record_resolution');
    expect((await getDecision(db, officer, decisionId, jurisdiction.profile)).actions).not.toContain(
      'record_resolution',
    );
    expect((await findEventsOfCase(db, caseId)).at(-1)?.type).toBe('refer_to_decision_body');
  });

  it('refuses a resolution dated in the future or before the referral, the author, and a stale case', async () => {
    const { db } = database();
    const { version } = await getDecision(db, supervisor, decisionId, jurisdiction.profile);
    const attempt = (actor: Actor, body: object) =>
      rejection(recordBodyResolution(db, actor, decisionId, body, jurisdiction, now));
    const base = { version, caseVersion, agreesWithRecommendation: true, resolvedOn: '2026-11-20' };
    const future = await attempt(supervisor, { ...base, resolvedOn: '2026-11-21' });
    expect(future.fields?.map((f) => [f.path, f.code])).toEqual([['resolvedOn', 'in_future']]);
    const early = await attempt(supervisor, { ...base, resolvedOn: '2026-11-19' });
    expect(early.fields?.map((f) => [f.path, f.code])).toEqual([['resolvedOn', 'before_referral']]);
    expect((await attempt(officer, base)).code).toBe('forbidden');
    expect((await attempt(supervisor, { ...base, caseVersion: caseVersion - 1 })).code).toBe('conflict');
    expect((await getDecision(db, supervisor, decisionId, jurisdiction.profile)).status).toBe('referred');
  });

  it("issues the decision on the body's date, with a letter signed for the body that cites its resolution", async () => {
    const { db } = database();
    const { version } = await getDecision(db, supervisor, decisionId, jurisdiction.profile);
    const result = await recordBodyResolution(
      db,
      supervisor,
      decisionId,
      {
        version,
        caseVersion,
        agreesWithRecommendation: true,
        resolvedOn: '2026-11-20',
        reference: 'CVRR-123-2026',
      },
      jurisdiction,
      now,
    );
    expect(result.decision).toMatchObject({ status: 'issued', issuedVersion: 1, issuedOn: '2026-11-20' });
    expect(result.case).toMatchObject({ stage: 'decided', outcome: 'rejected' });
    const event = (await findEventsOfCase(db, caseId)).at(-1)!;
    expect(event.type).toBe('issue_decision');
    expect(event.data).toMatchObject({ marks: { event: 'decision_issued', date: '2026-11-20' } });
    expect(JSON.stringify(event.data)).not.toContain('CREDIBILIDAD-RAZONES');
    const letter = pdfText(
      (await printDecisionLetter(db, officer, decisionId, 1, jurisdiction.profile, now)).pdf,
      '-raw',
    );
    expect(letter).toContain('Comisión de Visas Restringidas y Refugio');
    expect(letter).toContain('Resolución CVRR-123-2026');
    expect(letter).toContain('EXPLICACION-CVRR.');
    const again = await rejection(
      recordBodyResolution(
        db,
        supervisor,
        decisionId,
        {
          version: result.decision.version,
          caseVersion: result.case!.version,
          agreesWithRecommendation: true,
          resolvedOn: '2026-11-20',
        },
        jurisdiction,
        now,
      ),
    );
    expect(again.code).toBe('conflict');
  });
});
