import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registerThroughApi } from './support/api';
import { chromiumPath } from './support/browser';
import { caseHeading, openCase, reloadCase, timelineEntries } from './support/case-file';
import { applicationFiledOn25November } from './support/deadline-case';
import { deadlineText as d } from './support/deadline-text';
import { descriptionOf } from './support/page-checks';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es as t } from './support/ui-text';

function procedurePanel(page: Page) {
  return page.getByRole('region', { name: d.caseFile.procedure, exact: true });
}

/** The stage as the case file shows it twice: the badge by the title and the procedure panel. */
async function shownStage(page: Page, caseNumber: string): Promise<{ badge: string; panel: string }> {
  const headingBlock = caseHeading(page, t, caseNumber).locator('xpath=..');
  return {
    badge: (await headingBlock.innerText()).replace(/\s+/g, ' '),
    panel: (await procedurePanel(page).innerText()).replace(/\s+/g, ' '),
  };
}

describe.skipIf(!chromiumPath())('a procedure step taken from the case file', () => {
  const refugio = refugioInChromium();

  it('a registration officer sees the stage of a registered case but no step to take', async () => {
    const { caseNumber } = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Marvin',
        firstSurname: 'Cabrera',
        secondSurname: 'Ajú',
        sex: 'M',
      }),
    );
    const j = await refugio.signedIn('step-wrong-role', t, DEMO_USERS.registration);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const panel = procedurePanel(page);
      await panel.getByText(d.caseFile.noActions, { exact: true }).waitFor();
      expect((await shownStage(page, caseNumber)).panel).toContain(d.caseFile.stage(d.stage.registered));
      expect(await page.getByRole('button', { name: d.action.scheduleInterview }).count()).toBe(0);
      expect(await panel.getByRole('group', { name: d.caseFile.actions }).count()).toBe(0);
      await j.shot('no-actions');
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('an eligibility officer schedules the interview: the stage, the steps offered and the timeline change', async () => {
    const { caseNumber } = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Yesenia',
        firstSurname: 'Cardona',
        secondSurname: 'Mejía',
        sex: 'F',
      }),
    );
    const j = await refugio.signedIn('step-interview', t, DEMO_USERS.eligibility);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const before = await shownStage(page, caseNumber);
      expect(before.badge).toContain(d.stage.registered);
      expect(before.panel).toContain(d.caseFile.stage(d.stage.registered));
      expect(await timelineEntries(page, d.action.scheduleInterview)).toEqual([]);

      const steps = procedurePanel(page).getByRole('group', { name: d.caseFile.actions, exact: true });
      const schedule = steps.getByRole('button', { name: d.action.scheduleInterview, exact: true });
      await schedule.click();
      expect(await schedule.getAttribute('aria-expanded')).toBe('true');
      const date = procedurePanel(page).getByLabel(d.action.interviewDate, { exact: true });
      await date.fill('10/12/2026');
      await j.shot('scheduling');
      await procedurePanel(page).getByRole('button', { name: d.caseFile.confirm, exact: true }).click();

      await procedurePanel(page)
        .getByText(d.caseFile.stage(d.stage.interviewScheduled), { exact: true })
        .waitFor();
      const after = await shownStage(page, caseNumber);
      expect(after.badge).toContain(d.stage.interviewScheduled);
      expect(after.badge).not.toContain(d.stage.registered);
      // The step taken is no longer offered; the next ones are.
      expect(await steps.getByRole('button', { name: d.action.scheduleInterview, exact: true }).count()).toBe(
        0,
      );
      await steps.getByRole('button', { name: 'Reprogramar entrevista', exact: true }).waitFor();
      const entries = await timelineEntries(page, d.action.scheduleInterview);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toContain(DEMO_USERS.eligibility.name);
      await j.shot('interview-scheduled', { fullPage: true });

      // It was saved, not only shown: a reload says the same.
      await reloadCase(page, t, caseNumber);
      expect((await shownStage(page, caseNumber)).badge).toContain(d.stage.interviewScheduled);
      expect(await timelineEntries(page, d.action.scheduleInterview)).toHaveLength(1);
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('without a date the step is refused next to the field and the stage stays', async () => {
    const { caseNumber } = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Wendy',
        firstSurname: 'Ochoa',
        secondSurname: 'Paz',
        sex: 'F',
      }),
    );
    const j = await refugio.signedIn('step-no-date', t, DEMO_USERS.eligibility);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const panel = procedurePanel(page);
      await panel.getByRole('button', { name: d.action.scheduleInterview, exact: true }).click();
      await panel.getByRole('button', { name: d.caseFile.confirm, exact: true }).click();
      const date = panel.getByLabel(d.action.interviewDate, { exact: true });
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
      await j.shot('no-date');
      // In the officer's language, not the server's words.
      expect.soft(await descriptionOf(date)).toBe(t.fieldError.required);
      await reloadCase(page, t, caseNumber);
      expect((await shownStage(page, caseNumber)).panel).toContain(d.caseFile.stage(d.stage.registered));
      expect(await timelineEntries(page, d.action.scheduleInterview)).toEqual([]);
      // The browser logs the refusal (400) it was shown; nothing else went wrong.
      expect(j.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    } finally {
      await j.close();
    }
  });
});
