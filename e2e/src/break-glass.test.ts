import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerThroughApi, type RegisteredCase } from './support/api';
import { chromiumPath } from './support/browser';
import { caseHeading, openCase } from './support/case-file';
import { openCaseList, shownCaseCount } from './support/case-list';
import { applicationFiledOn25November } from './support/deadline-case';
import { openFromNav } from './support/navigation';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es as t } from './support/ui-text';

// The words of the access panel, the emergency-access offer and its review (web/src/i18n/es/access.ts),
// written out so that a wrong translation fails the journey.
const x = {
  panel: 'Acceso al expediente',
  markOpen: 'Marcar como sensible',
  category: 'Motivo',
  sgbv: 'Violencia sexual y de género',
  reason: 'Razón (no se copia a la bitácora)',
  markSubmit: 'Marcar',
  marked: 'El expediente quedó marcado como sensible.',
  sensitive: 'Sensible',
  offer: '¿Necesita este expediente por una emergencia?',
  ask: 'Pedir acceso de emergencia',
  caseNumber: 'Número de expediente',
  askReason: 'Motivo (al menos 20 caracteres)',
  active: /^Acceso de emergencia hasta el \d{2}\/\d{2}\/\d{4}.*será revisada\.$/,
  reviewNav: 'Accesos de emergencia',
  outcome: 'Revisión',
  justified: 'Justificado',
  note: 'Nota',
  reviewSubmit: 'Registrar revisión',
  reviewed: 'Revisión registrada.',
};
const MARK_REASON = 'Relata violencia sexual en el país de origen.';
const EMERGENCY = 'La persona está en el hospital y hay que confirmar su número de expediente';

/** Searches the case list for `text` and says how many applications it found. */
async function searchCases(page: Page, text: string): Promise<number> {
  await openCaseList(page, t);
  const search = page.getByRole('searchbox', { name: t.list.search, exact: true });
  await search.fill(text);
  await search.press('Enter');
  return shownCaseCount(page, t);
}

describe.skipIf(!chromiumPath())('a sensitive case and emergency access (issue 5)', () => {
  const refugio = refugioInChromium();
  let registered: RegisteredCase;

  beforeAll(async () => {
    registered = await registerThroughApi(
      refugio.server().baseUrl,
      applicationFiledOn25November({
        givenNames: 'Rosalba',
        firstSurname: 'Quiñónez',
        secondSurname: 'Méndez',
        sex: 'F',
      }),
    );
  });

  it('the supervisor marks the case sensitive: the registration officer no longer finds it', async () => {
    const supervisor = await refugio.signedIn('sensitive-supervisor', t, DEMO_USERS.supervisor);
    try {
      const { page } = supervisor;
      await openCase(page, t, registered.caseNumber);
      const panel = page.getByRole('region', { name: new RegExp(`^${x.panel}`) });
      await panel.getByRole('button', { name: x.markOpen, exact: true }).click();
      await panel.getByLabel(x.category, { exact: true }).selectOption({ label: x.sgbv });
      await panel.getByLabel(x.reason, { exact: true }).fill(MARK_REASON);
      await panel.getByRole('button', { name: x.markSubmit, exact: true }).click();
      await page.getByText(x.marked, { exact: true }).waitFor();
      await panel.getByText(x.sensitive, { exact: true }).first().waitFor();
      // The supervisor who marked it is named on it, so it stays in her list.
      expect(await searchCases(page, 'Quiñónez')).toBe(1);
      await supervisor.shot('marked');
      expect(supervisor.problems).toEqual([]);
    } finally {
      await supervisor.close();
    }

    const registrar = await refugio.signedIn('sensitive-registrar', t, DEMO_USERS.registration);
    try {
      // Neither her list nor a search by name (accents or none) shows it any more.
      expect(await searchCases(registrar.page, 'Quinonez')).toBe(0);
      expect(await searchCases(registrar.page, registered.caseNumber)).toBe(0);
      expect(registrar.problems).toEqual([]);
    } finally {
      await registrar.close();
    }
  });

  it('the registration officer breaks the glass with a reason, and the supervisor reviews the use', async () => {
    const registrar = await refugio.signedIn('break-glass-registrar', t, DEMO_USERS.registration);
    try {
      const { page } = registrar;
      // The case's address answers "not found", as a case that does not exist, with the offer.
      await page.goto(`/cases/${registered.id}`);
      await page.getByRole('heading', { name: x.offer, exact: true }).waitFor();
      expect(await caseHeading(page, t, registered.caseNumber).count()).toBe(0);
      await page.getByRole('button', { name: x.ask, exact: true }).click();
      await page.getByLabel(x.caseNumber, { exact: true }).fill(registered.caseNumber);
      await page.getByLabel(x.askReason, { exact: true }).fill('Urgente');
      await page.getByRole('button', { name: x.ask, exact: true }).click();
      // Too short a reason is refused next to the field; nothing is granted.
      await page
        .getByLabel(x.askReason, { exact: true })
        .and(page.locator('[aria-invalid="true"]'))
        .waitFor();
      await page.getByLabel(x.askReason, { exact: true }).fill(EMERGENCY);
      await page.getByRole('button', { name: x.ask, exact: true }).click();
      // Granted: the page opens the case at once, under a banner that says until when.
      await caseHeading(page, t, registered.caseNumber).waitFor();
      await page.getByText(x.active).waitFor();
      await registrar.shot('case-under-break-glass');
      // The browser logs the case's 404 before the grant (and a refused reason's 400): nothing else.
      expect(registrar.problems.filter((p) => !/status of (400|404)/.test(p))).toEqual([]);
    } finally {
      await registrar.close();
    }

    const supervisor = await refugio.signedIn('break-glass-review', t, DEMO_USERS.supervisor);
    try {
      const { page } = supervisor;
      await openFromNav(page, t, x.reviewNav, x.reviewNav);
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: registered.caseNumber, exact: true }) });
      await row.waitFor();
      expect(await row.innerText()).toContain(DEMO_USERS.registration.name);
      expect(await row.innerText()).toContain(EMERGENCY);
      const review = row.getByRole('form', { name: x.outcome, exact: true });
      await review.getByLabel(x.outcome, { exact: true }).selectOption({ label: x.justified });
      await review.getByLabel(x.note, { exact: true }).fill('Confirmado con el hospital.');
      await review.getByRole('button', { name: x.reviewSubmit, exact: true }).click();
      await page.getByText(x.reviewed, { exact: true }).waitFor();
      await supervisor.shot('reviewed');
      expect(supervisor.problems).toEqual([]);
    } finally {
      await supervisor.close();
    }
  });
});
