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

/** The steps the procedure panel offers as its own form, by name. */
function stepButton(page: Page, name: string) {
  return procedurePanel(page)
    .getByRole('group', { name: d.caseFile.actions, exact: true })
    .getByRole('button', { name, exact: true });
}

/** The stage as the case file shows it twice: the badge by the title and the procedure panel. */
async function shownStage(page: Page, caseNumber: string): Promise<{ badge: string; panel: string }> {
  const headingBlock = caseHeading(page, t, caseNumber).locator('xpath=..');
  return {
    badge: (await headingBlock.innerText()).replace(/\s+/g, ' '),
    panel: (await procedurePanel(page).innerText()).replace(/\s+/g, ' '),
  };
}

const closingReason = 'La solicitante desistió por escrito el 26/11/2026.';
const reopeningReason = 'Presentó una constancia nueva de la amenaza.';

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
      expect(await panel.getByRole('button').count()).toBe(0);
      expect(await panel.getByRole('group', { name: d.caseFile.actions }).count()).toBe(0);
      await j.shot('no-actions');
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('an eligibility officer is pointed to the interviews panel to schedule the interview, not given a form', async () => {
    const { caseNumber } = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Yesenia',
        firstSurname: 'Cardona',
        secondSurname: 'Mejía',
        sex: 'F',
      }),
    );
    const j = await refugio.signedIn('step-via-panel', t, DEMO_USERS.eligibility);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const panel = procedurePanel(page);
      await panel
        .getByText(d.action.viaPanel(d.action.scheduleInterview, d.action.interviewsPanel), { exact: true })
        .waitFor();
      // The step is the interviews panel's: the procedure panel has no button or date field for it.
      expect(await panel.getByRole('button').count()).toBe(0);
      expect(await panel.getByLabel(d.action.interviewDate).count()).toBe(0);
      await page
        .getByRole('region', { name: d.action.interviewsPanel, exact: true })
        .getByRole('button', { name: d.action.scheduleInterview, exact: true })
        .waitFor();
      await j.shot('via-interviews-panel');
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('a supervisor closes a registered case as withdrawn and reopens it: the stage, the steps offered and the timeline change', async () => {
    const { caseNumber } = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Dilcia',
        firstSurname: 'Orellana',
        secondSurname: 'Tábora',
        sex: 'F',
      }),
    );
    const j = await refugio.signedIn('step-close-reopen', t, DEMO_USERS.supervisor);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const before = await shownStage(page, caseNumber);
      expect(before.badge).toContain(d.stage.registered);
      expect(before.panel).toContain(d.caseFile.stage(d.stage.registered));
      expect(await timelineEntries(page, d.action.close)).toEqual([]);

      const close = stepButton(page, d.action.close);
      await close.click();
      expect(await close.getAttribute('aria-expanded')).toBe('true');
      const panel = procedurePanel(page);
      await panel
        .getByLabel(d.action.closureReason, { exact: true })
        .selectOption({ label: d.action.withdrawn });
      await panel.getByLabel(d.action.reason, { exact: true }).fill(closingReason);
      await j.shot('closing');
      await panel.getByRole('button', { name: d.caseFile.confirm, exact: true }).click();

      await panel.getByText(d.caseFile.stage(d.stage.closed), { exact: true }).waitFor();
      const closed = await shownStage(page, caseNumber);
      expect(closed.badge).toContain(d.stage.closed);
      expect(closed.badge).not.toContain(d.stage.registered);
      // The step taken is no longer offered; the next one is.
      expect(await stepButton(page, d.action.close).count()).toBe(0);
      await stepButton(page, d.action.reopen).waitFor();
      const closing = await timelineEntries(page, d.action.close);
      expect(closing).toHaveLength(1);
      expect(closing[0]).toContain(DEMO_USERS.supervisor.name);
      expect(closing[0]).toContain(`${d.action.closureReason}: ${d.action.withdrawn}`);
      expect(closing[0]).toContain(`${d.action.reason}: ${closingReason}`);
      await j.shot('closed', { fullPage: true });

      // It was saved, not only shown: a reload says the same.
      await reloadCase(page, t, caseNumber);
      expect((await shownStage(page, caseNumber)).badge).toContain(d.stage.closed);
      expect(await timelineEntries(page, d.action.close)).toHaveLength(1);

      await stepButton(page, d.action.reopen).click();
      await panel
        .getByLabel(d.action.reopeningGround, { exact: true })
        .selectOption({ label: d.action.newEvidence });
      await panel.getByLabel(d.action.reason, { exact: true }).fill(reopeningReason);
      await panel.getByRole('button', { name: d.caseFile.confirm, exact: true }).click();
      await panel.getByText(d.caseFile.stage(d.stage.assessment), { exact: true }).waitFor();
      expect((await shownStage(page, caseNumber)).badge).toContain(d.stage.assessment);
      expect(await stepButton(page, d.action.reopen).count()).toBe(0);
      await stepButton(page, d.action.close).waitFor();
      const reopening = await timelineEntries(page, d.action.reopen);
      expect(reopening).toHaveLength(1);
      expect(reopening[0]).toContain(`${d.action.reopeningGround}: ${d.action.newEvidence}`);
      await j.shot('reopened', { fullPage: true });
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('without a reason the closure is refused next to the field and the stage stays', async () => {
    const { caseNumber } = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Wendy',
        firstSurname: 'Ochoa',
        secondSurname: 'Paz',
        sex: 'F',
      }),
    );
    const j = await refugio.signedIn('step-no-reason', t, DEMO_USERS.supervisor);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const panel = procedurePanel(page);
      await stepButton(page, d.action.close).click();
      await panel
        .getByLabel(d.action.closureReason, { exact: true })
        .selectOption({ label: d.action.withdrawn });
      await panel.getByRole('button', { name: d.caseFile.confirm, exact: true }).click();
      const reason = panel.getByLabel(d.action.reason, { exact: true });
      await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
      await j.shot('no-reason');
      // In the supervisor's language, not the server's words.
      expect.soft(await descriptionOf(reason)).toBe(t.fieldError.required);
      await reloadCase(page, t, caseNumber);
      expect((await shownStage(page, caseNumber)).panel).toContain(d.caseFile.stage(d.stage.registered));
      expect(await timelineEntries(page, d.action.close)).toEqual([]);
      // The browser logs the refusal (400) it was shown; nothing else went wrong.
      expect(j.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    } finally {
      await j.close();
    }
  });
});
