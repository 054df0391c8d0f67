import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { pdfText } from '../../test/fixtures/pdf-text';
import { caseInAssessment, completeAssessment } from '../../test/fixtures/decisions';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { deadlinesOfCase } from '../deadlines/case-deadlines';
import { findActiveTemplate } from '../templates/template-store';
import { activateTemplate, createTemplate } from '../templates/template.service';
import { findIssuedDecision, setAsideDecision } from './decision-facts';
import { correctNotification, notifyDecision } from './decision-notification.service';
import { printDecisionLetter } from './decision-print.service';
import { approveDecision, returnDecision, submitDecision } from './decision-review.service';
import { draftDecision, getDecision, saveDecisionDraft } from './decision.service';

const now = new Date('2026-11-20T16:00:00Z');

describeEachEngine('decisions with four-eyes approval (MEX)', (database) => {
  const source = jurisdictionSourceOf('MEX');
  let jurisdiction: Jurisdiction;
  let officer: Actor;
  let supervisor: Actor;
  let otherSupervisor: Actor;
  let registrar: Actor;
  let admin: Actor;
  let caseId: string;
  let caseVersion: number;
  let decisionId: string;

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    officer = await createActor(db, 'eligibility_officer', office);
    supervisor = await createActor(db, 'supervisor', office);
    otherSupervisor = await createActor(db, 'supervisor', office);
    registrar = await createActor(db, 'registration_officer', office);
    admin = await createActor(db, 'administrator', null);
    jurisdiction = await currentJurisdiction(source, db);
    const filed = { entryDate: '2026-09-01', applicationDate: '2026-09-07' };
    caseId = (await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now)).id;
    caseVersion = await caseInAssessment(db, officer, caseId, jurisdiction, now);
  });

  const draft = { outcome: 'rejected', individualExplanation: 'EXPLICACION-INDIVIDUAL del caso.' } as const;

  it('a registration officer cannot draft; an officer drafts from the active model of the outcome', async () => {
    const { db } = database();
    expect(
      (await rejection(draftDecision(db, registrar, caseId, draft, jurisdiction.profile, now))).code,
    ).toBe('forbidden');
    const decision = await draftDecision(db, officer, caseId, draft, jurisdiction.profile, now);
    decisionId = decision.id;
    expect(decision).toMatchObject({ status: 'draft', currentVersion: 1, outcome: 'rejected' });
    expect(decision.versions[0]!.people).toHaveLength(3);
    expect(decision.versions[0]!.people.every((p) => p.followsPrincipal)).toBe(true);
    expect(decision.actions).toEqual(['edit', 'submit', 'print']);
    // Without an assessment the letter has gaps, shown on the draft.
    expect(decision.versions[0]!.missingFields).toContain('reasons.credibility');
    expect((await rejection(draftDecision(db, officer, caseId, draft, jurisdiction.profile, now))).code).toBe(
      'conflict',
    );
  });

  it('refuses a recognition without its basis, naming the field', async () => {
    const { db } = database();
    const decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
    const error = await rejection(
      saveDecisionDraft(
        db,
        officer,
        decisionId,
        { version: decision.version, outcome: 'recognized' },
        jurisdiction.profile,
        now,
      ),
    );
    expect(error.fields?.map((f) => f.path)).toEqual(['recognitionBasis']);
  });

  it('a MEX refusal is not submitted without the complementary-protection analysis', async () => {
    const { db } = database();
    const assessmentId = await completeAssessment(db, officer, caseId, {
      outcome: 'rejected',
      withoutProtection: true,
    });
    const decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
    const error = await rejection(
      submitDecision(db, officer, decisionId, { version: decision.version, caseVersion }, jurisdiction, now),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toContainEqual(
      expect.objectContaining({ path: 'sections.complementary_protection', code: 'required_in_refusal' }),
    );
    await db
      .updateTable('assessment_sections')
      .set({ complete: true })
      .where('assessment_id', '=', assessmentId)
      .where('section', '=', 'complementary_protection')
      .execute();
  });

  it('only the author submits; submitting freezes the version and takes draft_refusal', async () => {
    const { db } = database();
    const decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
    expect(decision.versions[0]!.missingFields).toEqual([]);
    expect(
      (
        await rejection(
          submitDecision(
            db,
            supervisor,
            decisionId,
            { version: decision.version, caseVersion },
            jurisdiction,
            now,
          ),
        )
      ).code,
    ).toBe('forbidden');
    const stale = await rejection(
      submitDecision(
        db,
        officer,
        decisionId,
        { version: decision.version, caseVersion: caseVersion - 1 },
        jurisdiction,
        now,
      ),
    );
    expect(stale.code).toBe('conflict');
    const result = await submitDecision(
      db,
      officer,
      decisionId,
      { version: decision.version, caseVersion },
      jurisdiction,
      now,
    );
    expect(result.decision.status).toBe('submitted');
    expect(result.case?.stage).toBe('decision_drafted');
    const version = result.decision.versions[0]!;
    expect(version.submittedBy?.id).toBe(officer.id);
    expect(version.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(version.reasons.factsRejected.map((f) => f.statement)).toEqual([
      'HECHO-RECHAZADO: detención en 2024.',
    ]);
    caseVersion = result.case!.version;
    // The event keeps no narrative: the reasons live in the decision.
    const event = await db
      .selectFrom('case_events')
      .select('data')
      .where('case_id', '=', caseId)
      .where('type', '=', 'draft_refusal')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(event.data)).not.toContain('CREDIBILIDAD');
    expect(event.data).toMatchObject({ record: { kind: 'decision', id: decisionId } });
    // The database keeps a submitted version as it is.
    await expect(
      db
        .updateTable('decision_versions')
        .set({ individual_explanation: 'otra' })
        .where('decision_id', '=', decisionId)
        .execute(),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      db.deleteFrom('decision_versions').where('decision_id', '=', decisionId).execute(),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('four eyes: the author cannot approve, by the policy (403) and by the database trigger', async () => {
    const { db } = database();
    const decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
    expect(
      (
        await rejection(
          approveDecision(
            db,
            officer,
            decisionId,
            { version: decision.version, caseVersion },
            jurisdiction,
            now,
          ),
        )
      ).code,
    ).toBe('forbidden');
    await expect(
      db
        .insertInto('decision_reviews')
        .values({ decision_id: decisionId, version_number: 1, reviewer_id: officer.id, verdict: 'approved' })
        .execute(),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('a supervisor returns it with comments; a returned draft cannot be notified', async () => {
    const { db } = database();
    const decision = await getDecision(db, supervisor, decisionId, jurisdiction.profile);
    expect(decision.actions).toEqual(['approve', 'return', 'print']);
    const returned = await returnDecision(
      db,
      supervisor,
      decisionId,
      { version: decision.version, caseVersion, comments: 'Precise el riesgo.' },
      jurisdiction,
      now,
    );
    expect(returned.decision.status).toBe('returned');
    expect(returned.case?.stage).toBe('assessment');
    caseVersion = returned.case!.version;
    const person = returned.case!.people[0]!.id;
    const error = await rejection(
      notifyDecision(
        db,
        registrar,
        decisionId,
        {
          version: returned.decision.version,
          caseVersion,
          personId: person,
          notifiedOn: '2026-11-21',
          method: 'in_person',
          proofKind: 'signed_acknowledgement',
          proofReference: 'Acuse 1',
        },
        jurisdiction,
        now,
      ),
    );
    expect(error.code).toBe('conflict');
    expect(await db.selectFrom('decision_notifications').select('id').execute()).toEqual([]);
  });

  it('the author corrects it as version 2 (version 1 is kept), another supervisor approves and the letter is issued', async () => {
    const { db } = database();
    let decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
    decision = await saveDecisionDraft(
      db,
      officer,
      decisionId,
      { version: decision.version, ...draft, individualExplanation: 'EXPLICACION-CORREGIDA.' },
      jurisdiction.profile,
      now,
    );
    expect(decision.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(decision.versions[0]!.individualExplanation).toBe('EXPLICACION-INDIVIDUAL del caso.');
    const submitted = await submitDecision(
      db,
      officer,
      decisionId,
      { version: decision.version, caseVersion },
      jurisdiction,
      now,
    );
    caseVersion = submitted.case!.version;
    const approved = await approveDecision(
      db,
      otherSupervisor,
      decisionId,
      { version: submitted.decision.version, caseVersion },
      jurisdiction,
      now,
    );
    expect(approved.decision).toMatchObject({ status: 'issued', issuedVersion: 2, issuedOn: '2026-11-20' });
    expect(approved.case?.stage).toBe('decided');
    caseVersion = approved.case!.version;
    expect(approved.decision.reviews.map((r) => r.verdict)).toEqual(['returned', 'approved']);
    expect((await findIssuedDecision(db, caseId))?.approverId).toBe(otherSupervisor.id);
  });

  it('the issued letter states the reasons and the complementary protection, and survives a template change byte for byte', async () => {
    const { db } = database();
    const first = await printDecisionLetter(db, officer, decisionId, 2, jurisdiction.profile, now);
    const text = pdfText(first.pdf, '-raw');
    expect(text).toContain('CREDIBILIDAD-RAZONES');
    expect(text).toContain('HECHO-RECHAZADO');
    expect(text.replace(/\s+/g, ' ')).toContain('no hay riesgo de tortura');
    expect(text).toContain('EXPLICACION-CORREGIDA.');
    expect(text).toContain('recurso de revisión');
    // Reasons in words, citations in Spanish: no code chosen from a list, no English "and".
    expect(text).not.toContain('partly_credible');
    expect(text.replace(/\s+/g, ' ')).toContain('arts. 24, 27 y 29');
    expect(text).not.toMatch(/ and /);
    expect(text.replace(/\s+/g, '')).not.toContain('PROYECTO');
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);

    const active = (await findActiveTemplate(db, {
      country: 'MEX',
      kind: 'decision',
      outcome: 'rejected',
      language: 'spa',
    }))!;
    const next = await createTemplate(
      db,
      admin,
      {
        kind: 'decision',
        outcome: 'rejected',
        language: 'spa',
        title: 'Otro',
        source: 'Modelo',
        basedOn: active.id,
        body: [{ type: 'paragraph', text: 'NUEVO MODELO {{reasons.complementaryProtection}}' }],
      },
      jurisdiction.profile,
    );
    await activateTemplate(db, admin, next.id, { version: next.version }, jurisdiction.profile, now);
    const again = await printDecisionLetter(
      db,
      officer,
      decisionId,
      2,
      jurisdiction.profile,
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(again.pdf.equals(first.pdf)).toBe(true);
    // Version 1 was never issued: it prints as a draft.
    expect(
      pdfText(
        (await printDecisionLetter(db, officer, decisionId, 1, jurisdiction.profile, now)).pdf,
        '-raw',
      ).replace(/\s+/g, ''),
    ).toContain('PROYECTO');
  });

  it("the principal's notification takes notify_decision and starts the appeal window", async () => {
    const { db } = database();
    const decision = await getDecision(db, registrar, decisionId, jurisdiction.profile).catch(
      () => undefined,
    );
    expect(decision).toBeUndefined(); // registration staff never read the reasons
    const current = await getDecision(db, officer, decisionId, jurisdiction.profile);
    const people = await db
      .selectFrom('people')
      .select(['id', 'role'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
    const notify = (personId: string, v: number, cv: number) =>
      notifyDecision(
        db,
        officer,
        decisionId,
        {
          version: v,
          caseVersion: cv,
          personId,
          notifiedOn: '2026-11-23',
          method: 'in_person',
          proofKind: 'signed_acknowledgement',
          proofReference: 'Acuse 77',
        },
        jurisdiction,
        now,
      );
    const before = await rejection(
      notifyDecision(
        db,
        officer,
        decisionId,
        {
          version: current.version,
          caseVersion,
          personId: people[0]!.id,
          notifiedOn: '2026-11-19',
          method: 'in_person',
          proofKind: 'other',
          proofReference: 'x',
        },
        jurisdiction,
        now,
      ),
    );
    expect(before.fields?.map((f) => f.path)).toEqual(['notifiedOn']);
    const result = await notify(people[0]!.id, current.version, caseVersion);
    expect(result.decision.status).toBe('notified');
    expect(result.case?.stage).toBe('notified');
    const kase = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const window = (await deadlinesOfCase(db, jurisdiction, kase, '2026-11-24')).find(
      (d) => d.limit === 'appeal_filing',
    );
    expect(window?.status).toBe('open');
    // A dependant's notification is recorded without another step.
    const dependant = await notify(people[1]!.id, result.decision.version, result.case!.version);
    expect(dependant.case?.version).toBe(result.case!.version);
    expect(dependant.decision.notifications).toHaveLength(2);

    // A correction is appended, naming the notification it corrects; the original stays as it was.
    const original = result.decision.notifications[0]!;
    const corrected = await correctNotification(
      db,
      officer,
      original.id,
      {
        version: dependant.decision.version,
        caseVersion: dependant.case!.version,
        notifiedOn: '2026-11-23',
        method: 'in_person',
        proofKind: 'signed_acknowledgement',
        proofReference: 'Acuse 77-bis',
        reason: 'Folio mal transcrito',
      },
      jurisdiction,
      now,
    );
    expect(corrected.decision.notifications).toHaveLength(3);
    expect(corrected.decision.notifications.find((n) => n.correctsId === original.id)).toMatchObject({
      proofReference: 'Acuse 77-bis',
    });
    expect(corrected.decision.notifications.find((n) => n.id === original.id)?.proofReference).toBe(
      'Acuse 77',
    );
    const noReason = await rejection(
      correctNotification(
        db,
        officer,
        original.id,
        {
          version: corrected.decision.version,
          caseVersion: dependant.case!.version,
          notifiedOn: '2026-11-23',
          method: 'in_person',
          proofKind: 'other',
          proofReference: 'x',
          reason: '',
        },
        jurisdiction,
        now,
      ),
    );
    expect(noReason.fields?.map((f) => f.path)).toEqual(['reason']);
    await expect(
      db.deleteFrom('decision_notifications').where('id', '=', original.id).execute(),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('sets a decision aside for the next round', async () => {
    const { db } = database();
    await db.transaction().execute((trx) => setAsideDecision(trx, decisionId));
    expect((await getDecision(db, officer, decisionId, jurisdiction.profile)).status).toBe('set_aside');
    expect(await findIssuedDecision(db, caseId)).toBeUndefined();
  });
});
