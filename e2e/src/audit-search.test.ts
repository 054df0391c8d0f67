import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { DEMO_USERS, type DemoUser } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es as t } from './support/ui-text';

// The Spanish words of the audit page, written out (not imported from the web app).
const a = {
  nav: 'Auditoría',
  title: 'Registro de auditoría',
  action: 'Acción',
  search: 'Buscar',
  export: 'Exportar CSV',
  chain: 'Cadena de integridad',
};
const AUDITOR: DemoUser = { email: 'auditoria@demo.refugio.mx', name: 'Elena Zúñiga Ramos' };

describe.skipIf(!chromiumPath())('the auditor searches and exports the audit log', () => {
  const refugio = refugioInChromium();

  it('finds sign-ins, sees who signed in, and downloads them as a spreadsheet-ready CSV', async () => {
    // An officer's sign-in the auditor will look for.
    const officer = await refugio.signedIn('audit-officer', t, DEMO_USERS.registration);
    try {
      // Officers have no way to the audit log.
      expect(await officer.page.getByRole('link', { name: a.nav, exact: true }).count()).toBe(0);
    } finally {
      await officer.close();
    }

    const auditor = await refugio.signedIn('audit-search', t, AUDITOR);
    try {
      const { page } = auditor;
      await page.getByRole('link', { name: a.nav, exact: true }).click();
      await page.getByRole('heading', { name: a.title, exact: true }).waitFor();
      await page.getByRole('region', { name: a.chain }).waitFor();
      await page.getByLabel(a.action, { exact: true }).selectOption('session.sign_in');
      await page.getByRole('button', { name: a.search, exact: true }).click();
      const table = page.getByRole('table');
      // The unfiltered page shows the demo's entries (the registration officer's among them) until the
      // filtered answer replaces it: wait for the answer itself.
      const actions = () => table.locator('tbody tr td:nth-child(3)').allTextContents();
      await expect
        .poll(async () => [...new Set(await actions())], { timeout: 20_000 })
        .toEqual(['session.sign_in']);
      await table
        .getByText(`${DEMO_USERS.registration.name} (${DEMO_USERS.registration.email})`)
        .first()
        .waitFor();
      expect((await actions()).length).toBeGreaterThanOrEqual(2);
      const times = await table.locator('tbody tr td:first-child').allTextContents();
      expect(times.every((time) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(time))).toBe(true);
      await auditor.shot('filtered', { fullPage: true });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: a.export, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^auditoria-\d{8}\.csv$/);
      const bytes = await readFile((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines[0]).toBe('time,user_email,user_name,action,case_number,client_address,details');
      expect(lines.slice(1).every((line) => line.includes(',session.sign_in,'))).toBe(true);
      expect(lines.some((line) => line.includes('Lucía Hernández Ortiz'))).toBe(true);
      expect(auditor.problems).toEqual([]);
    } finally {
      await auditor.close();
    }
  });
});
