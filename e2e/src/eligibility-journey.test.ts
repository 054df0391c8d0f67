import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registerThroughApi, type RegisteredCase } from './support/api';
import {
  assessmentSection,
  assessRefusalWithComplementaryProtection,
  citeSource,
} from './support/assessment-form';
import { chromiumPath, type Journey } from './support/browser';
import { openCase, reloadCase, timelineEntries } from './support/case-file';
import { deadlineText as d } from './support/deadline-text';
import {
  applicant,
  haitianApplication,
  interview,
  JOURNEY_DAY,
  reasons,
  setup,
  turns,
} from './support/eligibility-case';
import { addCoiSource, addInterpreter, addRoom, interpreterRow } from './support/eligibility-setup';
import { eligibilityText as e } from './support/eligibility-text';
import { casePanel, scheduleInterview, writeRecord } from './support/interview-steps';
import { openFromNav } from './support/navigation';
import { readOpenedPdf } from './support/pdf';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { cellsOf } from './support/table';
import { es as t } from './support/ui-text';

/** Waits until the procedure panel shows `stage` and, once drafted, the outcome the case carries. */
async function stageIs(page: Page, stage: string, outcome?: string): Promise<void> {
  const shown = outcome ? `${d.caseFile.stage(stage)} · ${outcome}` : d.caseFile.stage(stage);
  await casePanel(page, d.caseFile.procedure).getByText(shown, { exact: true }).waitFor();
}

/** The one entry of the timeline for `step`, taken by `who`. */
async function expectOneEntry(page: Page, step: string, who: string): Promise<void> {
  const entries = await timelineEntries(page, step);
  expect(entries, step).toHaveLength(1);
  expect(entries[0]).toContain(who);
}

/** Runs one person's part of the journey and closes their browser, failing on any page error or 5xx. */
async function asPerson(j: Journey, part: (page: Page) => Promise<void>): Promise<void> {
  try {
    await part(j.page);
    expect(j.problems).toEqual([]);
  } finally {
    await j.close();
  }
}

describe.skipIf(!chromiumPath())('the eligibility procedure of one application, in Spanish (issue 4)', () => {
  const refugio = refugioInChromium();
  // The journey's parts follow one another on the same case, each as the person who does it.
  let registered: RegisteredCase | undefined;
  const kase = (): RegisteredCase => {
    if (!registered) throw new Error('The case was not registered: an earlier part of the journey failed');
    return registered;
  };
  const { eligibility, supervisor, registration, appeals, administrator } = DEMO_USERS;

  it('the administrator registers a Haitian Creole interpreter and a room, and adds a country report', async () => {
    const j = await refugio.signedIn('eligibility-1-setup', t, administrator);
    await asPerson(j, async (page) => {
      await addInterpreter(page, t);
      expect(await cellsOf(page.getByRole('table'), interpreterRow(page))).toMatchObject({
        Idiomas: e.language.haitianCreole,
        Oficinas: e.office.tapachula,
        Confidencialidad: setup.confidentialitySignedOn,
        Estado: 'Activo',
      });
      await j.shot('interpreter');
      await addRoom(page, t);
      await j.shot('room');
      await addCoiSource(page, t);
      await page.getByRole('link', { name: setup.source.title, exact: true }).waitFor();
      await j.shot('country-report');
    });
  });

  it('the eligibility officer books the interview with the interpreter from the interviews panel', async () => {
    registered = await registerThroughApi(refugio.server().baseUrl, haitianApplication);
    const j = await refugio.signedIn('eligibility-2-schedule', t, eligibility);
    await asPerson(j, async (page) => {
      await openCase(page, t, kase().caseNumber);
      // The procedure panel points to the interviews panel; it offers no form of its own for the step.
      const procedure = casePanel(page, d.caseFile.procedure);
      await procedure
        .getByText(e.procedure.via(e.step.scheduleInterview, e.procedure.panel.interviews), { exact: true })
        .waitFor();
      expect(await procedure.getByRole('button', { name: e.step.scheduleInterview }).count()).toBe(0);
      await scheduleInterview(page, eligibility);
      await j.shot('scheduling', { fullPage: true });
      const panel = casePanel(page, e.interviews.title);
      await panel.getByRole('button', { name: e.interviews.submit, exact: true }).click();
      await panel.getByText(e.interviews.scheduled(JOURNEY_DAY), { exact: true }).waitFor();
      await stageIs(page, e.stage.interviewScheduled);
      await panel.getByText(e.interviews.when(JOURNEY_DAY, interview.start, interview.end)).waitFor();
      const booked = (await panel.innerText()).replace(/\s+/g, ' ');
      expect(booked).toContain(e.interviews.when(JOURNEY_DAY, interview.start, interview.end));
      expect(booked).toContain(
        e.interviews.interpreterFact(setup.interpreter, e.language.haitianCreole, e.interpreters.female),
      );
      expect(booked).toContain(setup.room);
      await expectOneEntry(page, e.step.scheduleInterview, eligibility.name);
      await panel.scrollIntoViewIfNeeded();
      await j.shot('interview-booked');
    });
  });

  it('the officer records the interview, reads it back in Haitian Creole and confirms it', async () => {
    const j = await refugio.signedIn('eligibility-3-record', t, eligibility);
    await asPerson(j, async (page) => {
      await openCase(page, t, kase().caseNumber);
      await casePanel(page, e.interviews.title).getByRole('link', { name: e.interviews.openRecord }).click();
      await page.getByRole('heading', { level: 1, name: e.record.title, exact: true }).waitFor();
      await writeRecord(page, applicant.fullName);
      await j.shot('record-written', { fullPage: true });
      const confirm = page.getByRole('region', { name: e.record.confirmTitle, exact: true });
      // The read-back is in the interview's language unless the officer says otherwise.
      expect(await confirm.getByLabel(e.record.readBackLanguage, { exact: true }).inputValue()).toBe('hat');
      await confirm
        .getByLabel(e.record.answer, { exact: true })
        .selectOption({ label: e.record.confirmedAnswer });
      await confirm.getByRole('button', { name: e.record.confirm, exact: true }).click();
      await page.getByText(e.record.confirmedNotice, { exact: true }).waitFor();
      await page.getByText(e.record.confirmedOn(JOURNEY_DAY), { exact: true }).waitFor();
      await page
        .getByText(e.record.readBack(e.language.haitianCreole, setup.interpreter, e.record.confirmedAnswer), {
          exact: true,
        })
        .waitFor();
      // Confirmed, the record is read-only: its turns are text, no longer fields.
      expect(await page.getByRole('button', { name: e.record.save }).count()).toBe(0);
      await page.getByText(turns.answer).waitFor();
      await j.shot('record-confirmed');
      await page.getByRole('link', { name: e.record.back, exact: true }).click();
      await stageIs(page, e.stage.interviewed);
      await expectOneEntry(page, e.step.recordInterview, eligibility.name);
    });
  });

  it(
    'the officer assesses the claim citing the country report and drafts a refusal with complementary protection',
    { timeout: 300_000 },
    async () => {
      const j = await refugio.signedIn('eligibility-4-assess', t, eligibility);
      await asPerson(j, async (page) => {
        await openCase(page, t, kase().caseNumber);
        const panel = casePanel(page, e.assessment.panel);
        await panel.getByRole('button', { name: e.assessment.start, exact: true }).click();
        await stageIs(page, e.stage.assessment);
        await panel.getByRole('link', { name: e.assessment.open, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: e.assessment.title, exact: true }).waitFor();
        await assessRefusalWithComplementaryProtection(page);
        const citation = await citeSource(
          page,
          'Protección del Estado y alternativa de huida interna',
          'párr. 12',
        );
        expect(await citation.innerText()).toBe(
          `${setup.source.publisher}, ${setup.source.title}, ${setup.source.publishedOn}`,
        );
        await page
          .getByText(e.assessment.ready(e.outcome.complementaryProtection), { exact: true })
          .waitFor();
        await assessmentSection(
          page,
          'Protección del Estado y alternativa de huida interna',
        ).scrollIntoViewIfNeeded();
        await j.shot('assessment-cites-report');

        await page.getByRole('link', { name: e.record.back, exact: true }).click();
        const decision = casePanel(page, e.decision.panel);
        const draft = decision.getByRole('region', { name: e.decision.draftTitle, exact: true });
        await draft.getByLabel(e.decision.outcome, { exact: true }).selectOption({
          label: e.outcome.complementaryProtection,
        });
        await draft.getByLabel(e.decision.explanation, { exact: true }).fill(reasons.firstExplanation);
        await draft.getByRole('button', { name: e.decision.create, exact: true }).click();
        await decision.getByText(e.decision.drafted, { exact: true }).waitFor();
        await decision.getByRole('button', { name: e.decision.submit, exact: true }).click();
        await decision.getByText(e.decision.submitted(1), { exact: true }).waitFor();
        await stageIs(page, e.stage.decisionDrafted, e.outcome.complementaryProtection);
        await expectOneEntry(page, e.step.draftRefusal, eligibility.name);
        await decision.scrollIntoViewIfNeeded();
        await j.shot('draft-submitted');
      });
    },
  );

  it('the supervisor finds the draft in the review queue and returns it with comments', async () => {
    const j = await refugio.signedIn('eligibility-5-return', t, supervisor);
    await asPerson(j, async (page) => {
      await openFromNav(page, t, e.nav.review, e.queue.title);
      await page.getByRole('link', { name: kase().caseNumber, exact: true }).click();
      const decision = casePanel(page, e.decision.panel);
      const back = decision.getByRole('region', { name: e.decision.returnTitle, exact: true });
      await back.getByLabel(e.decision.comments, { exact: true }).fill(reasons.returnComments);
      await j.shot('returning');
      await back.getByRole('button', { name: e.decision.returnTitle, exact: true }).click();
      await decision.getByText(e.decision.returned, { exact: true }).waitFor();
      await stageIs(page, e.stage.assessment, e.outcome.complementaryProtection);
      await expectOneEntry(page, e.step.returnDraft, supervisor.name);
      // Returned, it can no longer be approved.
      expect(await decision.getByRole('button', { name: e.decision.approve }).count()).toBe(0);
    });
  });

  it('the officer corrects the draft and submits it again; the supervisor approves it', async () => {
    const officer = await refugio.signedIn('eligibility-6-correct', t, eligibility);
    await asPerson(officer, async (page) => {
      await openCase(page, t, kase().caseNumber);
      const decision = casePanel(page, e.decision.panel);
      await decision
        .getByText(`${e.decision.review(1, 'devuelta', supervisor.name)}: ${reasons.returnComments}`, {
          exact: true,
        })
        .waitFor();
      await decision.getByRole('button', { name: e.decision.edit, exact: true }).click();
      const edit = decision.getByRole('region', { name: e.decision.edit, exact: true });
      const explanation = edit.getByLabel(e.decision.explanation, { exact: true });
      expect(await explanation.inputValue()).toBe(reasons.firstExplanation);
      await explanation.fill(reasons.correctedExplanation);
      await edit.getByRole('button', { name: e.decision.save, exact: true }).click();
      await decision.getByText(e.decision.saved(2), { exact: true }).waitFor();
      await decision.getByRole('button', { name: e.decision.submit, exact: true }).click();
      await decision.getByText(e.decision.submitted(2), { exact: true }).waitFor();
      await stageIs(page, e.stage.decisionDrafted, e.outcome.complementaryProtection);
      await decision.scrollIntoViewIfNeeded();
      await officer.shot('corrected-and-submitted');
    });

    const j = await refugio.signedIn('eligibility-6-approve', t, supervisor);
    await asPerson(j, async (page) => {
      await openCase(page, t, kase().caseNumber);
      const decision = casePanel(page, e.decision.panel);
      await decision.getByRole('button', { name: e.decision.approve, exact: true }).click();
      await decision.getByText(e.decision.approved, { exact: true }).waitFor();
      await stageIs(page, e.stage.decided, e.outcome.complementaryProtection);
      await expectOneEntry(page, e.step.issueDecision, supervisor.name);
      await decision.scrollIntoViewIfNeeded();
      await j.shot('approved');
    });
  });

  it('the officer opens the decision letter, finds its reasons, and records its notification', async () => {
    const j = await refugio.signedIn('eligibility-7-notify', t, eligibility);
    await asPerson(j, async (page) => {
      await openCase(page, t, kase().caseNumber);
      const decision = casePanel(page, e.decision.panel);
      const letter = decision.getByRole('link', { name: e.decision.letter(2), exact: true });
      const [tab] = await Promise.all([page.waitForEvent('popup'), letter.click()]);
      const pdf = await readOpenedPdf(tab, j.keep('decision.pdf'));
      await tab.close();
      expect(pdf.header).toBe('%PDF-');
      expect(pdf.filename).toMatch(/\.pdf$/);
      // The approved version's words: the officer's corrected explanation, the assessment's reasons,
      // the complementary protection in the same resolution, and the report cited.
      for (const words of [
        e.pdf.title,
        applicant.fullName,
        reasons.fact,
        reasons.stateProtection,
        reasons.nexus,
        reasons.correctedExplanation,
        reasons.complementaryProtection,
        e.pdf.sources,
        setup.source.title,
      ])
        expect(pdf.text, words).toContain(words);
      expect(pdf.text).not.toContain(reasons.firstExplanation);

      const form = decision.getByRole('region', { name: e.decision.notifyTitle, exact: true });
      expect(await form.getByLabel(e.decision.explainedIn, { exact: true }).inputValue()).toBe('hat');
      await form.getByLabel(e.decision.notifiedOn, { exact: true }).fill(JOURNEY_DAY);
      await form.getByLabel(e.decision.proofReference, { exact: true }).fill('Acuse COMAR-TAP 27/11/2026-01');
      await j.shot('notifying');
      await form.getByRole('button', { name: e.decision.notify, exact: true }).click();
      await decision.getByText(e.decision.notified, { exact: true }).waitFor();
      await stageIs(page, e.stage.notified, e.outcome.complementaryProtection);
      await expectOneEntry(page, e.step.notifyDecision, eligibility.name);
      await decision
        .getByRole('heading', { name: e.decision.notifications, exact: true })
        .scrollIntoViewIfNeeded();
      await j.shot('notified');
    });
  });

  it('the registration officer records the appeal, in time', async () => {
    const j = await refugio.signedIn('eligibility-8-appeal', t, registration);
    await asPerson(j, async (page) => {
      await openCase(page, t, kase().caseNumber);
      const panel = casePanel(page, e.appeal.panel);
      await panel.getByLabel(e.appeal.filedOn, { exact: true }).fill(JOURNEY_DAY);
      await panel
        .getByLabel(e.appeal.representative, { exact: true })
        .fill('Lic. Ana Ruiz, Sin Fronteras IAP');
      await panel.getByLabel(e.appeal.grounds, { exact: true }).fill(reasons.appealGrounds);
      await j.shot('appeal');
      await panel.getByRole('button', { name: e.appeal.file, exact: true }).click();
      await panel.getByText(e.appeal.filed, { exact: true }).waitFor();
      await stageIs(page, e.stage.appealLodged, e.outcome.complementaryProtection);
      await expectOneEntry(page, e.step.lodgeAppeal, registration.name);
      await panel.scrollIntoViewIfNeeded();
      await j.shot('appeal-lodged');
    });
  });

  it('an appeals officer of another office finds the appeal in the inbox and decides it', async () => {
    const j = await refugio.signedIn('eligibility-9-decide-appeal', t, appeals);
    await asPerson(j, async (page) => {
      await openFromNav(page, t, e.nav.appeals, e.appeal.inboxTitle);
      await page.getByRole('link', { name: kase().caseNumber, exact: true }).click();
      const panel = casePanel(page, e.appeal.panel);
      await panel.getByText(reasons.appealGrounds, { exact: true }).waitFor();
      await panel.getByLabel(e.appeal.outcome, { exact: true }).selectOption({ label: e.outcome.confirmed });
      await panel.getByLabel(e.appeal.reasons, { exact: true }).fill(reasons.appealDecision);
      await panel.getByLabel(e.appeal.decidedOn, { exact: true }).fill(JOURNEY_DAY);
      await j.shot('deciding');
      await panel.getByRole('button', { name: e.appeal.decide, exact: true }).click();
      await panel.getByText(e.appeal.decided(e.outcome.confirmed), { exact: true }).waitFor();
      await stageIs(page, e.stage.appealDecided, e.outcome.confirmed);
      await reloadCase(page, t, kase().caseNumber);
      await expectOneEntry(page, e.step.decideAppeal, appeals.name);
      await j.shot('appeal-decided', { fullPage: true });
    });
  });
});
