import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerThroughApi, type RegisteredCase } from './support/api';
import { chromiumPath, type Journey } from './support/browser';
import { deadlineCells, openCase, reloadCase, timelineEntries } from './support/case-file';
import { applicationFiledOn25November, FIRST_INSTANCE_DUE } from './support/deadline-case';
import { deadlineText as d } from './support/deadline-text';
import { openFromNav, recomputationResult } from './support/navigation';
import { descriptionOf, waitForFocus } from './support/page-checks';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { cellsOf, rowsWithCell } from './support/table';
import { es as t } from './support/ui-text';

// Wed 13 Jan 2027 is working day 33 of the 45 counted from 25/11/2026 (support/deadline-case.ts).
// Declared non-working, it no longer counts and the 45th working day is the next one after Fri 29 Jan:
// Mon 01/02/2027, a working day under LFPA art. 28 (`refugio calendar add-days --country MEX
// --from 2026-11-25 --days 46 --working`: 2027-02-01).
const DECLARED = '13/01/2027';
const DUE_WITH_DECLARED_DAY = '01/02/2027';
const BASIS = 'Acuerdo COMAR 02/2027, DOF 08/01/2027';
const REASON = 'Suspensión de labores por traslado de los archivos';

/** The administrator's calendar of 2027, chosen with the year selector. */
async function openCalendar2027(page: Page): Promise<void> {
  await openFromNav(page, t, d.nav.calendar, d.calendar.title);
  await page.getByLabel(d.calendar.year, { exact: true }).selectOption({ label: '2027' });
  await page.waitForURL((url) => url.searchParams.get('year') === '2027');
  await page.getByRole('region', { name: d.calendar.days(2027), exact: true }).waitFor();
}

async function declare(page: Page, date: string): Promise<void> {
  const form = page.getByRole('region', { name: d.calendar.declareForm, exact: true });
  await form.getByLabel(d.calendar.date, { exact: true }).fill(date);
  await form.getByLabel(d.calendar.reason, { exact: true }).fill(REASON);
  await form.getByLabel(d.calendar.legalBasis, { exact: true }).fill(BASIS);
  await form.getByRole('button', { name: d.calendar.submit, exact: true }).click();
}

function declaredTable(page: Page) {
  return page.getByRole('region', { name: d.calendar.declared, exact: true }).getByRole('table');
}

async function officerSeesDue(officer: Journey, caseNumber: string): Promise<string> {
  await reloadCase(officer.page, t, caseNumber);
  return (await deadlineCells(officer.page, d.limit.firstInstance))[d.column.due] ?? '';
}

describe.skipIf(!chromiumPath())('the administrator declares a working day non-working', () => {
  const refugio = refugioInChromium();
  let registered: RegisteredCase;

  beforeAll(async () => {
    registered = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Dunia',
        firstSurname: 'Zelaya',
        secondSurname: 'Murillo',
        sex: 'F',
      }),
    );
  });

  it('an officer reads the calendar but is offered no declaration', async () => {
    const j = await refugio.signedIn('calendar-officer', t, DEMO_USERS.eligibility);
    try {
      await openCalendar2027(j.page);
      // 1 January 2027 is non-working by law (LFPA art. 28), with its weekday in Spanish.
      const newYear = j.page
        .getByRole('region', { name: d.calendar.days(2027), exact: true })
        .getByRole('row')
        .filter({ hasText: '01/01/2027' });
      expect(await newYear.innerText()).toContain('viernes');
      expect(await j.page.getByRole('region', { name: d.calendar.declareForm }).count()).toBe(0);
      expect(await j.page.getByRole('button', { name: d.calendar.submit }).count()).toBe(0);
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it("moves an officer's due date by one working day, and back when withdrawn", async () => {
    const { caseNumber } = registered;
    const officer = await refugio.signedIn('calendar-due-date', t, DEMO_USERS.eligibility);
    let admin: Journey | undefined;
    try {
      await openCase(officer.page, t, caseNumber);
      expect((await deadlineCells(officer.page, d.limit.firstInstance))[d.column.due]).toBe(
        FIRST_INSTANCE_DUE,
      );

      admin = await refugio.signedIn('calendar-admin', t, DEMO_USERS.administrator);
      const ap = admin.page;
      await openCalendar2027(ap);
      await declare(ap, DECLARED);
      await ap
        .getByRole('status')
        .filter({ hasText: d.calendar.savedDeclared(DECLARED) })
        .waitFor();
      const declared = await recomputationResult(ap);
      expect(declared.changed).toBeGreaterThanOrEqual(1);
      const row = rowsWithCell(declaredTable(ap), DECLARED);
      const cells = await cellsOf(declaredTable(ap), row);
      expect(cells).toMatchObject({
        Motivo: REASON,
        [d.calendar.legalBasis]: BASIS,
        Estado: d.calendar.inForce,
      });
      expect(cells['Declarado por']).toContain(DEMO_USERS.administrator.name);
      // The year's list of non-working days has it too, as declared by the authority, on a Wednesday.
      const listed = ap
        .getByRole('region', { name: d.calendar.days(2027), exact: true })
        .getByRole('row')
        .filter({ hasText: DECLARED });
      const listedText = await listed.innerText();
      expect(listedText).toContain('miércoles');
      expect(listedText).toContain(d.calendar.kindDeclared);
      await admin.shot('declared', { fullPage: true });

      // The same day twice is refused next to the date.
      await declare(ap, DECLARED);
      const date = ap.getByLabel(d.calendar.date, { exact: true });
      await waitForFocus(date);
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(date)).toContain(d.calendar.alreadyDeclared);
      expect(await rowsWithCell(declaredTable(ap), DECLARED).count()).toBe(1);

      expect(await officerSeesDue(officer, caseNumber)).toBe(DUE_WITH_DECLARED_DAY);
      const recomputed = await timelineEntries(officer.page, d.event.recomputed);
      expect(recomputed).toHaveLength(1);
      expect(recomputed[0]).toContain(d.event.byDeclaredDay(BASIS));
      expect(recomputed[0]).toContain(
        d.event.change(d.limit.firstInstance, FIRST_INSTANCE_DUE, DUE_WITH_DECLARED_DAY),
      );
      await officer.shot('due-moved', { fullPage: true });

      // Withdrawn, the day counts again.
      await row.getByRole('button', { name: d.calendar.withdraw, exact: true }).click();
      await ap.getByLabel(d.calendar.withdrawReason, { exact: true }).fill('El traslado se pospuso');
      await ap.getByRole('button', { name: d.calendar.withdrawSubmit, exact: true }).click();
      await ap
        .getByRole('status')
        .filter({ hasText: d.calendar.savedWithdrawn(DECLARED) })
        .waitFor();
      expect((await recomputationResult(ap)).changed).toBe(declared.changed);
      await expect
        .poll(async () => (await cellsOf(declaredTable(ap), row)).Estado)
        .toMatch(new RegExp(`^${d.calendar.withdrawnStatus}\\b`));
      await admin.shot('withdrawn');

      expect(await officerSeesDue(officer, caseNumber)).toBe(FIRST_INSTANCE_DUE);
      const both = await timelineEntries(officer.page, d.event.recomputed);
      expect(both).toHaveLength(2);
      expect(both[1]).toContain(
        d.event.change(d.limit.firstInstance, DUE_WITH_DECLARED_DAY, FIRST_INSTANCE_DUE),
      );
      expect(officer.problems).toEqual([]);
      // The browser logs the refusal (400) of the day declared twice; nothing else went wrong.
      expect(admin.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    } finally {
      await admin?.close();
      await officer.close();
    }
  });
});
