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
import { correctNotification, notifyDecision } from './decision-notification.service';
import { printDecisionLetter } from './decision-print.service';
import { approveDecision, submitDecision } from './decision-review.service';
import { draftDecision, getDecision, saveDecisionDraft } from './decision.service';

const now = new Date('2026-11-20T16:00:00Z');

// What the decision panel lets an officer say beyond the outcome: a dependant decided on their own
// claim, a sur place claim, and corrections of a recorded notification.
describeEachEngine(
  'decisions: dependants decided separately, sur place, corrected notifications (MEX)',
  (database) => {
    const source = jurisdictionSourceOf('MEX');
    let jurisdiction: Jurisdiction;
    let officer: Actor;
    let supervisor: Actor;
    let caseId: string;
    let caseVersion: number;
    let decisionId: string;
    let people: { id: string; role: string }[];

    beforeAll(async () => {
      const { db } = database();
      const office = await createOffice(db, 'TAP');
      officer = await createActor(db, 'eligibility_officer', office);
      supervisor = await createActor(db, 'supervisor', office);
      const registrar = await createActor(db, 'registration_officer', office);
      jurisdiction = await currentJurisdiction(source, db);
      const filed = { entryDate: '2026-09-01', applicationDate: '2026-09-07' };
      caseId = (await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now)).id;
      caseVersion = await caseInAssessment(db, officer, caseId, jurisdiction, now);
      await completeAssessment(db, officer, caseId, { outcome: 'rejected' });
      people = await db
        .selectFrom('people')
        .select(['id', 'role'])
        .where('case_id', '=', caseId)
        .orderBy('position')
        .execute();
    });

    it('refuses to decide the principal "separately" or a person of another case, naming the entry', async () => {
      const { db } = database();
      const error = await rejection(
        draftDecision(
          db,
          officer,
          caseId,
          {
            outcome: 'rejected',
            people: [
              { personId: people[0]!.id, followsPrincipal: false, outcome: 'recognized', reasons: 'x' },
              {
                personId: crypto.randomUUID(),
                followsPrincipal: false,
                outcome: 'recognized',
                reasons: 'x',
              },
            ],
          },
          jurisdiction.profile,
          now,
        ),
      );
      expect(error.fields?.map((f) => [f.path, f.code])).toEqual([
        ['people.0.personId', 'principal'],
        ['people.1.personId', 'not_in_case'],
      ]);
    });

    it('keeps a dependant decided separately, with their outcome and reasons, and a sur place claim', async () => {
      const { db } = database();
      const dependant = people[1]!.id;
      const draft = await draftDecision(
        db,
        officer,
        caseId,
        {
          outcome: 'rejected',
          surPlace: true,
          individualExplanation: 'EXPLICACION.',
          people: [
            {
              personId: dependant,
              followsPrincipal: false,
              outcome: 'recognized',
              reasons: 'RAZONES-PROPIAS: reclutamiento forzoso de adolescentes.',
            },
            { personId: people[2]!.id, followsPrincipal: true },
          ],
        },
        jurisdiction.profile,
        now,
      );
      decisionId = draft.id;
      const version = draft.versions[0]!;
      expect(version.surPlace).toBe(true);
      expect(version.people.map((p) => [p.role, p.outcome, p.followsPrincipal])).toEqual([
        ['principal', 'rejected', true],
        ['dependant', 'recognized', false],
        ['dependant', 'rejected', true],
      ]);
      // Saving again without the separate decision puts the dependant back under the principal.
      const followed = await saveDecisionDraft(
        db,
        officer,
        decisionId,
        { version: draft.version, outcome: 'rejected', individualExplanation: 'EXPLICACION.' },
        jurisdiction.profile,
        now,
      );
      expect(followed.versions[0]!.surPlace).toBe(false);
      expect(followed.versions[0]!.people.every((p) => p.followsPrincipal)).toBe(true);
      const separate = await saveDecisionDraft(
        db,
        officer,
        decisionId,
        {
          version: followed.version,
          outcome: 'rejected',
          surPlace: true,
          individualExplanation: 'EXPLICACION.',
          people: [
            {
              personId: dependant,
              followsPrincipal: false,
              outcome: 'recognized',
              reasons: 'RAZONES-PROPIAS: reclutamiento forzoso de adolescentes.',
            },
          ],
        },
        jurisdiction.profile,
        now,
      );
      expect(separate.versions[0]!.people[1]).toMatchObject({
        followsPrincipal: false,
        outcome: 'recognized',
      });
      // The draft's letter as it would print now is shown beside it, the dependant's own outcome included.
      const items = separate.versions[0]!.letterPreview!.flatMap((b) => (b.type === 'list' ? b.items : []));
      expect(items.some((item) => /decidido por separado\. RAZONES-PROPIAS/.test(item))).toBe(true);
    });

    it("the issued letter states the dependant's own outcome and reasons", async () => {
      const { db } = database();
      const decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
      const submitted = await submitDecision(
        db,
        officer,
        decisionId,
        { version: decision.version, caseVersion },
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
      expect(approved.decision.status).toBe('issued');
      // An issued version's letter is its PDF: no live preview.
      expect(approved.decision.versions[0]!.letterPreview).toBeUndefined();
      caseVersion = approved.case!.version;
      const text = pdfText(
        (await printDecisionLetter(db, officer, decisionId, 1, jurisdiction.profile, now)).pdf,
      ).replace(/\s+/g, ' ');
      expect(text).toMatch(
        /Reconocimiento de la condición de refugiado, decidido por separado\. RAZONES-PROPIAS/,
      );
      expect(text).toMatch(/sigue la suerte de la persona solicitante principal \(No reconocimiento de la/);
    });

    it('corrects a notification: not to a date before the issue, only its latest correction, the original kept, the appeal clock moved', async () => {
      const { db } = database();
      const decision = await getDecision(db, officer, decisionId, jurisdiction.profile);
      const notified = await notifyDecision(
        db,
        officer,
        decisionId,
        {
          version: decision.version,
          caseVersion,
          personId: people[0]!.id,
          notifiedOn: '2026-11-23',
          method: 'in_person',
          proofKind: 'signed_acknowledgement',
          proofReference: 'Acuse 12',
        },
        jurisdiction,
        now,
      );
      const original = notified.decision.notifications[0]!;
      const appealWindow = (detail: typeof notified.case) =>
        detail!.deadlines.find((d) => d.limit === 'appeal_filing');
      expect(appealWindow(notified.case)?.startDate).toBe('2026-11-23');
      const correction = (v: number, cv: number, notifiedOn: string) =>
        correctNotification(
          db,
          officer,
          original.id,
          {
            version: v,
            caseVersion: cv,
            notifiedOn,
            method: 'registered_mail',
            proofKind: 'postal_receipt',
            proofReference: 'Guía 99',
            reason: 'Se notificó por correo, no en persona',
          },
          jurisdiction,
          now,
        );
      const early = await rejection(
        correction(notified.decision.version, notified.case!.version, '2026-11-19'),
      );
      expect(early.fields?.map((f) => [f.path, f.code])).toEqual([['notifiedOn', 'before_issue']]);
      const stale = await rejection(
        correction(notified.decision.version - 1, notified.case!.version, '2026-11-24'),
      );
      expect(stale.code).toBe('conflict');

      const corrected = await correction(notified.decision.version, notified.case!.version, '2026-11-24');
      const entry = corrected.decision.notifications.find((n) => n.correctsId === original.id)!;
      expect(entry).toMatchObject({
        method: 'registered_mail',
        notifiedOn: '2026-11-24',
        proofReference: 'Guía 99',
      });
      expect(corrected.decision.notifications.find((n) => n.id === original.id)).toMatchObject({
        method: 'in_person',
        proofReference: 'Acuse 12',
      });
      // The principal's notification took the step: the 15 working days now run from the corrected date.
      expect(corrected.case!.version).toBe(notified.case!.version + 1);
      expect(appealWindow(corrected.case)?.startDate).toBe('2026-11-24');
      expect(appealWindow(corrected.case)?.dueDate).not.toBe(appealWindow(notified.case)?.dueDate);
      expect(corrected.case!.events.at(-1)).toMatchObject({
        type: 'notification_corrected',
        data: { marks: { event: 'written_notification', date: '2026-11-24' }, from: '2026-11-23' },
      });
      const audit = await db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'decision.notification_correct')
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(audit.details)).not.toContain('correo');

      // The corrected one is not corrected twice: the latest correction is.
      const again = await rejection(
        correction(corrected.decision.version, corrected.case!.version, '2026-11-25'),
      );
      expect(again.code).toBe('conflict');
    });
  },
);
