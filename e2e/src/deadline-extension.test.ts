import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerThroughApi, type RegisteredCase } from './support/api';
import { chromiumPath } from './support/browser';
import {
  deadlineCells,
  deadlineRow,
  deadlinesPanel,
  openCase,
  reloadCase,
  timelineEntries,
} from './support/case-file';
import { applicationFiledOn25November, FILED_ON, FIRST_INSTANCE_DUE } from './support/deadline-case';
import { deadlineText as d } from './support/deadline-text';
import { descriptionOf, waitForFocus } from './support/page-checks';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es as t } from './support/ui-text';

// Ten more working days after 29/01/2027 (LRPCAP art. 24-II, no interpreter): 1–4 Feb (4; 5 Feb is
// non-working) · 8–12 Feb (9) · 15 Feb (10) → Mon 15/02/2027 (`refugio calendar add-days --country MEX
// --from 2026-11-25 --days 55 --working`: 2027-02-15).
const DUE_AFTER_EXTENSION = '15/02/2027';
const NOTE = 'No hay intérprete de mam en Tapachula hasta febrero';

/** Opens the extension form of the first-instance decision and fills it. */
async function fillExtension(page: Page, length: string): Promise<void> {
  const panel = deadlinesPanel(page);
  const open = deadlineRow(page, d.limit.firstInstance).getByRole('button', {
    name: d.extend.open,
    exact: true,
  });
  if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
  await panel.getByRole('heading', { name: d.extend.title(d.limit.firstInstance), exact: true }).waitFor();
  await panel.getByLabel(d.extend.reason, { exact: true }).selectOption({ label: d.extend.noInterpreter });
  await panel.getByLabel(d.extend.length, { exact: true }).fill(length);
  await panel.getByLabel(d.extend.note, { exact: true }).fill(NOTE);
}

describe.skipIf(!chromiumPath())('extending the time limit for the first-instance decision', () => {
  const refugio = refugioInChromium();
  let registered: RegisteredCase;

  beforeAll(async () => {
    registered = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Baltazar',
        firstSurname: 'Chávez',
        secondSurname: 'Ramos',
        sex: 'M',
      }),
    );
  });

  it('an eligibility officer sees the due date but cannot extend it', async () => {
    const j = await refugio.signedIn('extension-officer', t, DEMO_USERS.eligibility);
    try {
      await openCase(j.page, t, registered.caseNumber);
      const cells = await deadlineCells(j.page, d.limit.firstInstance);
      expect(cells[d.column.due]).toBe(FIRST_INSTANCE_DUE);
      expect(await j.page.getByRole('button', { name: d.extend.open }).count()).toBe(0);
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('a supervisor is refused more than the law allows, then extends by 10 working days, once', async () => {
    const { caseNumber } = registered;
    const j = await refugio.signedIn('extension-supervisor', t, DEMO_USERS.supervisor);
    try {
      const { page } = j;
      await openCase(page, t, caseNumber);
      const before = await deadlineCells(page, d.limit.firstInstance);
      expect(before[d.column.due]).toBe(FIRST_INSTANCE_DUE);
      expect(before[d.column.rule]).toContain(d.rule(45, FILED_ON));
      await j.shot('before');

      // Mexico allows one extension of up to 45 working days: 46 is refused next to the field.
      await fillExtension(page, '46');
      await deadlinesPanel(page).getByRole('button', { name: d.extend.submit, exact: true }).click();
      const length = deadlinesPanel(page).getByLabel(d.extend.length, { exact: true });
      await waitForFocus(length);
      expect(await length.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(length)).toMatch(d.extend.tooLong);
      await j.shot('too-long');
      expect((await deadlineCells(page, d.limit.firstInstance))[d.column.due]).toBe(FIRST_INSTANCE_DUE);

      await length.fill('10');
      await deadlinesPanel(page).getByRole('button', { name: d.extend.submit, exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: d.extend.done(d.limit.firstInstance) })
        .waitFor();
      const after = await deadlineCells(page, d.limit.firstInstance);
      expect(after[d.column.due]).toBe(DUE_AFTER_EXTENSION);
      expect(after[d.column.status]).toBe(d.status.open);
      expect(after[d.column.rule]).toContain(d.ruleExtended(45, 10, FILED_ON));
      expect(after[d.column.rule]).toContain(d.extend.listed(10, d.extend.noInterpreter));
      expect(after[d.column.rule]).toContain(NOTE);
      // Once only: the button is gone.
      expect(await page.getByRole('button', { name: d.extend.open }).count()).toBe(0);
      const extended = await timelineEntries(page, d.event.extended);
      expect(extended).toHaveLength(1);
      expect(extended[0]).toContain(DEMO_USERS.supervisor.name);
      expect(extended[0]).toContain(d.event.extendedBy(d.limit.firstInstance, 10, d.extend.noInterpreter));
      await j.shot('extended', { fullPage: true });

      // Saved, not only shown.
      await reloadCase(page, t, caseNumber);
      expect((await deadlineCells(page, d.limit.firstInstance))[d.column.due]).toBe(DUE_AFTER_EXTENSION);
      expect(await page.getByRole('button', { name: d.extend.open }).count()).toBe(0);
      // The browser logs the refusal (400) of 46 days; nothing else went wrong.
      expect(j.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    } finally {
      await j.close();
    }
  });
});
