import { describe, expect, it } from 'vitest';
import { chromiumPath, type Journey } from './support/browser';
import { openCaseList, shownCaseCount } from './support/case-list';
import { daysAgo, fullName, gutierrezFamily, nunezFamily, type Family } from './support/family';
import { readDownloadedPdf } from './support/pdf';
import { documentLanguage, waitForFocus } from './support/page-checks';
import { addDependant, fillCaseData, fillPerson, personGroup } from './support/registration-form';
import { DEMO_OFFICER, signInAsRegistrationOfficer } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { en, es, type UiText } from './support/ui-text';

describe.skipIf(!chromiumPath())('a registration officer registers a family and prints its proof', () => {
  const refugio = refugioInChromium();

  /** Signs in, registers the family and returns the case number the success page shows. */
  async function registerFamily(j: Journey, t: UiText, family: Family): Promise<string> {
    const { page } = j;
    await signInAsRegistrationOfficer(page, t);
    await page.getByRole('banner').getByText(t.role).waitFor();
    await page.getByRole('heading', { level: 1, name: t.list.title, exact: true }).waitFor();
    await j.shot('case-list');

    await page
      .getByRole('navigation', { name: t.nav.name })
      .getByRole('link', { name: t.nav.register, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: t.register.title, exact: true }).waitFor();
    expect(await page.title()).toBe(`${t.register.title} · Refugio`);
    // The officer's own office is chosen already.
    const office = page.getByLabel(t.register.office, { exact: true });
    expect(await office.getByRole('option', { selected: true }).textContent()).toContain('Tapachula');
    await fillCaseData(page, t, {
      entryPlace: family.entryPlace,
      entryDate: daysAgo(8),
      applicationDate: daysAgo(0),
    });
    await page.getByText(t.register.inTime).waitFor();
    await j.shot('case-data');

    await fillPerson(personGroup(page, t, 'principal'), t, family.principal);
    await j.shot('principal');
    for (const [index, member] of family.dependants.entries()) {
      await fillPerson(await addDependant(page, t, index + 1), t, member);
    }
    await j.shot('dependants');

    await page.getByRole('button', { name: t.register.submit, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: t.success.title, exact: true });
    await waitForFocus(heading, 20_000);
    const caseNumber = (await page.getByText(/^COMAR-TAP-\d{4}-\d{6}$/).textContent()) ?? '';
    expect(caseNumber).toMatch(/^COMAR-TAP-\d{4}-\d{6}$/);
    await j.shot('registered');
    return caseNumber;
  }

  /** Finds the case again by an unaccented search in another word order, and opens it. */
  async function findAndOpen(j: Journey, t: UiText, family: Family, caseNumber: string): Promise<void> {
    const { page } = j;
    await openCaseList(page, t);
    const unfiltered = await shownCaseCount(page, t);
    const search = page.getByRole('searchbox', { name: t.list.search, exact: true });
    await search.fill(family.search);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === family.search);
    await expect.poll(() => shownCaseCount(page, t), { timeout: 15_000 }).toBeLessThan(unfiltered);
    const link = page.getByRole('link', { name: caseNumber, exact: true });
    const row = page.getByRole('row').filter({ has: link });
    expect(await row.textContent()).toContain(fullName(family.principal));
    await j.shot('search');

    await link.click();
    await page.getByRole('heading', { level: 1, name: t.detail.title(caseNumber), exact: true }).waitFor();
    expect(await page.title()).toBe(`${t.detail.title(caseNumber)} · Refugio`);
  }

  /** The case file shows the three people, the child's specific need and the registration event. */
  async function checkCaseFile(j: Journey, t: UiText, family: Family): Promise<void> {
    const { page } = j;
    const people = [family.principal, ...family.dependants];
    await page
      .getByRole('heading', { level: 2, name: t.detail.people(people.length), exact: true })
      .waitFor();
    for (const member of people) {
      const section = page.getByRole('region', { name: fullName(member), exact: true });
      const role = member.relationship
        ? t.detail.dependantAs(t.option[member.relationship])
        : t.detail.principal;
      await section.getByText(role, { exact: true }).waitFor();
      if (member.notAttendingSchool) await section.getByText(t.detail.notAttendingSchool).waitFor();
    }
    // What was chosen from lists and typed reached the case file.
    expect(await page.getByRole('region', { name: t.detail.caseData, exact: true }).textContent()).toContain(
      family.entryPlace,
    );
    const principal = family.principal;
    const principalText = await page
      .getByRole('region', { name: fullName(principal), exact: true })
      .textContent();
    for (const fact of [
      `${t.option.passport} ${principal.passport} (${principal.country})`,
      principal.phone ?? '',
      principal.address ?? '',
      t.option.spanish,
    ]) {
      expect(principalText).toContain(fact);
    }
    const timeline = page.getByRole('region', { name: t.detail.timeline, exact: true });
    const event = timeline.getByRole('row').filter({ hasText: t.detail.registered });
    expect(await event.count()).toBe(1);
    const eventText = await event.textContent();
    expect(eventText).toContain(DEMO_OFFICER.name);
    expect(eventText).toContain(t.detail.peopleCount(people.length));
    await j.shot('case-file');
    const last = people[people.length - 1]!;
    await page
      .getByRole('region', { name: fullName(last), exact: true })
      .getByRole('link', { name: t.detail.proof, exact: true })
      .scrollIntoViewIfNeeded();
    await j.shot('people');
  }

  /** Downloads the principal's proof of registration and reads it as a PDF. */
  async function downloadProof(j: Journey, t: UiText, family: Family, caseNumber: string) {
    const { page } = j;
    const section = page.getByRole('region', { name: fullName(family.principal), exact: true });
    const link = section.getByRole('link', { name: t.detail.proof, exact: true });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`\\?lang=${t.lang}$`));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const pdf = await readDownloadedPdf(download, j.keep('proof.pdf'));
    expect(pdf.filename).toMatch(new RegExp(`${caseNumber}.*\\.pdf$`));
    expect(pdf.header).toBe('%PDF-');
    expect(pdf.text).toContain(fullName(family.principal));
    expect(pdf.text).toContain(caseNumber);
    expect(pdf.text).toContain(t.pdf.title);
    expect(pdf.text).toContain(t.pdf.principal);
    return pdf;
  }

  it('in Spanish, the default language', async () => {
    const j = await refugio.journey('es', { locale: 'es-MX' });
    try {
      const { page } = j;
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: es.signIn.title, exact: true }).waitFor();
      expect(await page.title()).toBe('Iniciar sesión · Refugio');
      expect(await documentLanguage(page)).toBe('es');
      expect(await page.getByRole('button', { name: es.toggle }).getAttribute('aria-pressed')).toBe('true');
      await j.shot('sign-in');

      const caseNumber = await registerFamily(j, es, nunezFamily);
      await findAndOpen(j, es, nunezFamily, caseNumber);
      await checkCaseFile(j, es, nunezFamily);
      const pdf = await downloadProof(j, es, nunezFamily, caseNumber);
      // Accents intact, spelled out so that a shared helper cannot hide a lost one.
      expect(pdf.text).toContain('José Ángel Núñez Pérez');
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });

  it('in English, chosen with the language toggle before signing in', async () => {
    const j = await refugio.journey('en', { locale: 'en-US' });
    try {
      const { page } = j;
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: es.signIn.title, exact: true }).waitFor();
      await page
        .getByRole('group', { name: 'Idioma de la interfaz' })
        .getByRole('button', { name: en.toggle })
        .click();
      await page.getByRole('heading', { level: 1, name: en.signIn.title, exact: true }).waitFor();
      expect(await page.title()).toBe('Sign in · Refugio');
      expect(await documentLanguage(page)).toBe('en');
      expect(await page.getByRole('button', { name: en.toggle }).getAttribute('aria-pressed')).toBe('true');
      await j.shot('sign-in');

      const caseNumber = await registerFamily(j, en, gutierrezFamily);
      expect(await documentLanguage(page)).toBe('en');
      await findAndOpen(j, en, gutierrezFamily, caseNumber);
      await checkCaseFile(j, en, gutierrezFamily);
      const pdf = await downloadProof(j, en, gutierrezFamily, caseNumber);
      expect(pdf.text).toContain('Proof of registration of an application for refugee status');
      expect(pdf.text).toContain('Nicolás Andrés Gutiérrez Peña');
      expect(pdf.text).not.toContain('Constancia de registro');
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });
});
