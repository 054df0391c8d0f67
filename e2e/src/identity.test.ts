import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { registerThroughApi } from './support/api';
import { daysAgo, type Member } from './support/family';
import { fillCaseData, fillPerson, personGroup } from './support/registration-form';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es } from './support/ui-text';

/**
 * Search-before-create (issue 6): a person already registered in another office as "María José
 * Hernández Pérez" is found while the officer types "Maria Jose Hernandez" (no accents, no second
 * surname); saving without a decision is refused naming the person; "same person" saves and links.
 */
describe.skipIf(!chromiumPath())(
  'a registration officer finds an existing person before creating one',
  () => {
    const refugio = refugioInChromium();

    it('shows the existing person with the explanation, refuses to save undecided, links when told', async () => {
      const existing = await registerThroughApi(
        refugio.server().baseUrl,
        {
          entryDate: '2026-10-01',
          entryPlace: 'Ciudad de México',
          applicationDate: '2026-10-02',
          principal: {
            givenNames: 'María José',
            firstSurname: 'Hernández',
            secondSurname: 'Pérez',
            sex: 'F',
            birthDate: '1991-07-23',
            countryOfBirth: 'HND',
            nationalities: ['HND'],
            countryOfOrigin: 'HND',
            languages: ['spa'],
          },
        },
        { email: 'registro.cdmx@demo.refugio.mx', name: 'Registro CDMX' },
      );
      const j = await refugio.signedIn('identity-search-before-create', es, DEMO_USERS.registration);
      try {
        const { page } = j;
        await page.goto('/cases/new');
        await page.getByRole('heading', { level: 1, name: es.register.title, exact: true }).waitFor();
        await fillCaseData(page, es, {
          entryPlace: 'Tapachula',
          entryDate: daysAgo(8),
          applicationDate: daysAgo(0),
        });
        const maria: Member = {
          givenNames: 'Maria Jose',
          firstSurname: 'Hernandez',
          secondSurname: '',
          sex: 'F',
          birthDate: '23/07/1991',
          country: 'Honduras',
        };
        await fillPerson(personGroup(page, es, 'principal'), es, maria);
        const found = page.getByRole('listitem').filter({ hasText: existing.caseNumber });
        await found.waitFor({ timeout: 20_000 });
        expect(await found.textContent()).toContain('María José Hernández Pérez');
        expect(await found.textContent()).toContain('23/07/1991');
        await j.shot('candidates');

        await page.getByRole('button', { name: es.register.submit, exact: true }).click();
        const refusal = page.getByText(
          /Decida si Maria Jose Hernandez es la persona ya registrada en el expediente/,
        );
        await refusal.waitFor();
        expect(await refusal.textContent()).toContain(existing.caseNumber);

        // Every strong candidate decided: this one is the same person, any other (e.g. the demo's) is not.
        await found.getByRole('button', { name: 'Es la misma persona' }).click();
        // Deciding takes a candidate's buttons away: always the first of those left.
        const others = page.getByRole('button', { name: 'Es otra persona' });
        for (let left = await others.count(); left > 0; left = await others.count())
          await others.first().click();
        await page.getByRole('button', { name: es.register.submit, exact: true }).click();
        await page
          .getByRole('heading', { level: 1, name: es.success.title, exact: true })
          .waitFor({ timeout: 20_000 });
        await j.shot('registered');
      } finally {
        await j.close();
      }
    });
  },
);
