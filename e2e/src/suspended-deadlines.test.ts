import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerThroughApi, type RegisteredCase } from './support/api';
import { chromiumPath, type Journey } from './support/browser';
import { deadlineCells, openCase, reloadCase, timelineEntries } from './support/case-file';
import { applicationFiledOn25November, FILED_ON, FIRST_INSTANCE_DUE } from './support/deadline-case';
import { deadlineText as d } from './support/deadline-text';
import { loaded, navLink, openFromNav, recomputationResult } from './support/navigation';
import { descriptionOf, waitForFocus } from './support/page-checks';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { cellsOf, rowsWithCell } from './support/table';
import { es as t } from './support/ui-text';

// Office TAP's clocks stop Mon 18 – Fri 22 Jan 2027: five working days inside the count that ends on
// 29/01/2027, so the decision falls due five working days later, Mon 08/02/2027 (5 Feb is
// non-working; support/deadline-case.ts; `refugio calendar add-days --from 2026-11-25 --days 50`).
const SUSPENDED_FROM = '18/01/2027';
const SUSPENDED_TO = '22/01/2027';
const DUE_AFTER_SUSPENSION = '08/02/2027';
const BASIS = 'Acuerdo COMAR/TAP/01/2027, DOF 11/01/2027';
const TAPACHULA = 'Oficina de Representación en Tapachula';
const principal = { givenNames: 'Petrona', firstSurname: 'Ixcoy', secondSurname: 'Tzul', sex: 'F' } as const;
const principalName = 'Petrona Ixcoy Tzul';

/** The "Suspender plazos" form of the suspensions page, filled for office TAP and sent. */
async function suspendTapachula(page: Page, days: { from: string; to: string }, basis: string) {
  const form = page.getByRole('region', { name: d.suspensions.form, exact: true });
  await form.getByLabel(d.suspensions.scope, { exact: true }).selectOption({ label: d.suspensions.office });
  const office = form.getByLabel(d.suspensions.office, { exact: true });
  // The supervisor's own office is chosen already.
  expect(await office.getByRole('option', { selected: true }).textContent()).toBe(TAPACHULA);
  await form.getByLabel(d.suspensions.startsOn, { exact: true }).fill(days.from);
  await form.getByLabel(d.suspensions.endsOn, { exact: true }).fill(days.to);
  await form.getByLabel(d.suspensions.legalBasis, { exact: true }).fill(basis);
  await form
    .getByLabel(d.suspensions.reason, { exact: true })
    .fill('Cierre de la oficina de Tapachula por obras de reparación');
  await form.getByRole('button', { name: d.suspensions.submit, exact: true }).click();
}

function suspensionList(page: Page) {
  return page.getByRole('region', { name: d.suspensions.list, exact: true }).getByRole('table');
}

/** The officer's dashboard, "due within 60 working days", first-instance decisions only. */
async function dashboardRow(j: Journey, caseNumber: string): Promise<Record<string, string>> {
  const { page } = j;
  await openFromNav(page, t, d.nav.deadlines, d.dashboard.title);
  const filters = page.getByRole('search', { name: d.dashboard.filters, exact: true });
  await filters
    .getByLabel(d.dashboard.within, { exact: true })
    .selectOption({ label: d.dashboard.withinDays(60) });
  await page.waitForURL((url) => url.searchParams.get('within') === '60');
  await filters.getByLabel(d.dashboard.limit, { exact: true }).selectOption({ label: d.limit.firstInstance });
  await page.waitForURL((url) => url.searchParams.get('limit') === 'first_instance_decision');
  await loaded(page, t);
  expect((await page.getByText(d.dashboard.today).innerText()).trim()).toMatch(d.dashboard.today);
  await j.shot('dashboard');
  const table = page.getByRole('region', { name: d.dashboard.items, exact: true }).getByRole('table');
  const row = rowsWithCell(table, caseNumber);
  await row.scrollIntoViewIfNeeded();
  return cellsOf(table, row);
}

describe.skipIf(!chromiumPath())('a supervisor suspends the clocks of an office', () => {
  const refugio = refugioInChromium();
  let registered: RegisteredCase;

  beforeAll(async () => {
    registered = await registerThroughApi(refugio.server().baseUrl, applicationFiledOn25November(principal));
  });

  it('a suspension that ends before it starts is refused next to its last day, and no date moves', async () => {
    const supervisor = await refugio.signedIn('suspension-invalid', t, DEMO_USERS.supervisor);
    try {
      const { page } = supervisor;
      const created: string[] = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (pathname === '/api/v1/clock-suspensions' && response.status() === 201) created.push(pathname);
      });
      await openFromNav(page, t, d.nav.suspensions, d.suspensions.title);
      await suspendTapachula(
        page,
        { from: SUSPENDED_TO, to: SUSPENDED_FROM },
        'Acuerdo con fechas invertidas',
      );
      const endsOn = page.getByLabel(d.suspensions.endsOn, { exact: true });
      await waitForFocus(endsOn);
      expect(await endsOn.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(endsOn)).toContain(d.suspensions.endBeforeStart);
      await supervisor.shot('ends-before-start');
      expect(await page.getByRole('status').filter({ hasText: d.suspensions.saved }).count()).toBe(0);
      expect(created).toEqual([]);

      await openCase(page, t, registered.caseNumber);
      expect((await deadlineCells(page, d.limit.firstInstance))[d.column.due]).toBe(FIRST_INSTANCE_DUE);
      expect(supervisor.problems).toEqual([]);
    } finally {
      await supervisor.close();
    }
  });

  it('an officer sees the new due date on the case and on the dashboard, and the old one once it is withdrawn', async () => {
    const { caseNumber } = registered;
    const officer = await refugio.signedIn('suspension-officer', t, DEMO_USERS.eligibility);
    let supervisor: Journey | undefined;
    try {
      // The officer opens the case: the decision is due 45 working days after filing.
      await openCase(officer.page, t, caseNumber);
      const before = await deadlineCells(officer.page, d.limit.firstInstance);
      expect(before[d.column.due]).toBe(FIRST_INSTANCE_DUE);
      expect(before[d.column.status]).toBe(d.status.open);
      expect(before[d.column.rule]).toContain(d.rule(45, FILED_ON));
      // Only supervisors suspend clocks.
      expect(await navLink(officer.page, t, d.nav.suspensions).count()).toBe(0);
      await officer.shot('case-before');

      supervisor = await refugio.signedIn('suspension-supervisor', t, DEMO_USERS.supervisor);
      const sp = supervisor.page;
      await openFromNav(sp, t, d.nav.suspensions, d.suspensions.title);
      await suspendTapachula(sp, { from: SUSPENDED_FROM, to: SUSPENDED_TO }, BASIS);
      await sp.getByRole('status').filter({ hasText: d.suspensions.saved }).waitFor();
      const created = await recomputationResult(sp);
      // At least this case's due date moved (the demo cases of TAP count too).
      expect(created.changed).toBeGreaterThanOrEqual(1);
      expect(created.changed).toBeLessThanOrEqual(created.cases);
      const row = rowsWithCell(suspensionList(sp), BASIS);
      const listed = await cellsOf(suspensionList(sp), row);
      expect(listed).toMatchObject({
        [d.suspensions.scope]: d.suspensions.office,
        'Oficina o expediente': TAPACHULA,
        Desde: SUSPENDED_FROM,
        Hasta: SUSPENDED_TO,
        [d.column.status]: d.suspensions.active,
      });
      await supervisor.shot('suspended', { fullPage: true });

      // The officer reloads the case: five working days later, and why.
      await reloadCase(officer.page, t, caseNumber);
      const after = await deadlineCells(officer.page, d.limit.firstInstance);
      expect(after[d.column.due]).toBe(DUE_AFTER_SUSPENSION);
      expect(after[d.column.status]).toBe(d.status.open);
      expect(after[d.column.rule]).toContain(d.pausedDays(5));
      const recomputed = await timelineEntries(officer.page, d.event.recomputed);
      expect(recomputed).toHaveLength(1);
      expect(recomputed[0]).toContain(DEMO_USERS.supervisor.name);
      expect(recomputed[0]).toContain(d.event.bySuspension(BASIS));
      expect(recomputed[0]).toContain(
        d.event.change(d.limit.firstInstance, FIRST_INSTANCE_DUE, DUE_AFTER_SUSPENSION),
      );
      await officer.shot('case-after', { fullPage: true });

      // The dashboard shows the same new date.
      const onDashboard = await dashboardRow(officer, caseNumber);
      expect(onDashboard).toMatchObject({
        'Solicitante principal': principalName,
        [d.column.limit]: d.limit.firstInstance,
        [d.column.due]: DUE_AFTER_SUSPENSION,
        [d.column.status]: d.status.open,
      });
      await officer.shot('dashboard-row');

      // The supervisor withdraws the suspension: the case is due on the first date again.
      await row.getByRole('button', { name: d.suspensions.withdraw, exact: true }).click();
      await sp.getByLabel(d.suspensions.withdrawReason, { exact: true }).fill('Las obras se aplazaron');
      await sp.getByRole('button', { name: d.suspensions.withdrawSubmit, exact: true }).click();
      await sp.getByRole('status').filter({ hasText: d.suspensions.withdrawn }).waitFor();
      expect((await recomputationResult(sp)).changed).toBe(created.changed);
      await expect.poll(() => rowsWithCell(suspensionList(sp), BASIS).count()).toBe(0);

      await openCase(officer.page, t, caseNumber);
      expect((await deadlineCells(officer.page, d.limit.firstInstance))[d.column.due]).toBe(
        FIRST_INSTANCE_DUE,
      );
      const both = await timelineEntries(officer.page, d.event.recomputed);
      expect(both).toHaveLength(2);
      expect(both[1]).toContain(
        d.event.change(d.limit.firstInstance, DUE_AFTER_SUSPENSION, FIRST_INSTANCE_DUE),
      );
      expect(officer.problems).toEqual([]);
      expect(supervisor.problems).toEqual([]);
    } finally {
      await supervisor?.close();
      await officer.close();
    }
  });
});
