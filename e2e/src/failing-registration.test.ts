import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { openCaseList, shownCaseCount } from './support/case-list';
import { daysAgo, nunezFamily } from './support/family';
import { descriptionOf, gapBelow, waitForFocus } from './support/page-checks';
import { addDependant, fillCaseData, fillPerson, personGroup } from './support/registration-form';
import { DEMO_OFFICER, signInAsRegistrationOfficer, typeCredentials } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es as t } from './support/ui-text';

describe.skipIf(!chromiumPath())('what an officer sees when something is wrong', () => {
  const refugio = refugioInChromium();

  it('a wrong password keeps the officer out with a message, and the right one lets them in', async () => {
    const j = await refugio.journey('wrong-password', { locale: 'es-MX' });
    try {
      const { page } = j;
      await page.goto('/');
      // The demo password with the wrong year.
      await typeCredentials(page, t, DEMO_OFFICER.email, 'Refugio-demo-2025');
      const alert = page.getByRole('alert').filter({ hasText: t.signIn.wrongCredentials });
      await alert.waitFor();
      expect((await alert.innerText()).trim()).toBe(t.signIn.wrongCredentials);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(await page.getByRole('banner').count()).toBe(0);
      await j.shot('wrong-password');

      await page.getByLabel(t.signIn.password, { exact: true }).fill('');
      await page.getByLabel(t.signIn.email, { exact: true }).fill('');
      await signInAsRegistrationOfficer(page, t);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('a form without a first surname or a relationship shows the errors by the fields and registers nothing', async () => {
    const j = await refugio.journey('invalid-form', { locale: 'es-MX' });
    try {
      const { page } = j;
      const registrations: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/cases')
          registrations.push(request.url());
      });
      await page.goto('/');
      await signInAsRegistrationOfficer(page, t);
      const before = await shownCaseCount(page, t);

      await page
        .getByRole('navigation', { name: t.nav.name })
        .getByRole('link', { name: t.nav.register, exact: true })
        .click();
      await fillCaseData(page, t, {
        entryPlace: 'Ciudad Hidalgo',
        entryDate: daysAgo(3),
        applicationDate: daysAgo(0),
      });
      const principal = personGroup(page, t, 'principal');
      await fillPerson(principal, t, { ...nunezFamily.principal, firstSurname: '', passport: undefined });
      const [spouse] = nunezFamily.dependants;
      const dependant = await addDependant(page, t, 1);
      await fillPerson(dependant, t, { ...spouse!, relationship: undefined });
      await page.getByRole('button', { name: t.register.submit, exact: true }).click();

      // The first invalid field takes the focus, its error is written right under it and read with it.
      const surname = principal.getByLabel(t.person.firstSurname, { exact: true });
      await waitForFocus(surname);
      expect(await surname.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(surname)).toBe(t.fieldError.required);
      const surnameError = principal.getByText(t.fieldError.required, { exact: true });
      expect(await surnameError.count()).toBe(1);
      const gap = await gapBelow(surname, surnameError);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(24);
      await j.shot('first-invalid-field');

      const relationship = dependant.getByLabel(t.register.relationship, { exact: true });
      expect(await relationship.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(relationship)).toBe(t.fieldError.choose);
      await relationship.scrollIntoViewIfNeeded();
      await j.shot('relationship-missing');

      const summary = page.getByRole('alert').filter({ hasText: t.register.errorSummary(2) });
      expect(await summary.count()).toBe(1);
      const summaryText = await summary.innerText();
      expect(summaryText).toContain(
        `${t.register.principal} · ${t.person.firstSurname}: ${t.fieldError.required}`,
      );
      expect(summaryText).toContain(
        `${t.register.dependant(1)} · ${t.register.relationship}: ${t.fieldError.choose}`,
      );
      await summary.scrollIntoViewIfNeeded();
      await j.shot('error-summary');

      // Errors follow the corrections: typing the surname clears its error, the other stays.
      await surname.fill('Núñez');
      await page
        .getByRole('alert')
        .filter({ hasText: t.register.errorSummary(1) })
        .waitFor();
      expect(await surname.getAttribute('aria-invalid')).toBeNull();
      expect(await relationship.getAttribute('aria-invalid')).toBe('true');

      expect(registrations).toEqual([]);
      await openCaseList(page, t);
      expect(await shownCaseCount(page, t)).toBe(before);
      await j.shot('count-unchanged');
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });
});
