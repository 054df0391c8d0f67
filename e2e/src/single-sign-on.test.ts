import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../server/test/harness/oidc-test-provider';
import { chromiumPath, launchChromium, startJourney } from './support/browser';
import { freePort, startRefugio } from './support/refugio-server';
import { DEMO_USERS, signInAs } from './support/sign-in';
import { es as t } from './support/ui-text';

// The Spanish words of the sign-in page and the test provider's page, written out.
const s = {
  button: 'Entrar con Llave de prueba',
  providerUser: 'Usuario del proveedor',
  providerSubmit: 'Entrar en el proveedor',
  providerCancel: 'Cancelar',
  signInTitle: 'Iniciar sesión',
  unmapped:
    'Su identidad en el proveedor no corresponde a ninguna cuenta de Refugio. Pida a un administrador que le dé acceso.',
  denied: 'El inicio de sesión se canceló en el proveedor de identidad.',
  users: 'Usuarios',
  linked: 'Vinculada por correo verificado',
  unlink: (name: string) => `Desvincular a ${name} del proveedor de identidad`,
  unlinked: (name: string) => `${name} ya no está vinculada al proveedor de identidad.`,
};

/** `refugio serve` with the demo, as an operator starts it with single sign-on on: the REFUGIO_OIDC_* settings name the test provider. */
const startRefugioWithSso = (port: number, provider: TestProvider) =>
  startRefugio(undefined, {
    port,
    env: {
      REFUGIO_OIDC_ISSUER: provider.issuer,
      REFUGIO_OIDC_CLIENT_ID: provider.clientId,
      REFUGIO_OIDC_CLIENT_SECRET: provider.clientSecret,
      REFUGIO_OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/api/v1/sso/callback`,
      REFUGIO_OIDC_LABEL: 'Llave de prueba',
      REFUGIO_OIDC_SCOPES: 'openid email profile',
    },
  });

describe.skipIf(!chromiumPath())('single sign-on with the identity provider in the browser', () => {
  let provider: TestProvider | undefined;
  let refugio: Awaited<ReturnType<typeof startRefugioWithSso>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestProvider(`http://127.0.0.1:${port}/api/v1/sso/callback`);
    refugio = await startRefugioWithSso(port, provider);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await refugio?.stop();
    await provider?.close();
  });

  it('an eligibility officer clicks "Entrar con …", signs in at the provider and lands signed in', async () => {
    const officer = DEMO_USERS.eligibility;
    provider!.accounts.set('TOAP800101', {
      claims: { email: officer.email, email_verified: true, name: officer.name },
    });
    const journey = await startJourney(browser!, refugio!.baseUrl, 'single-sign-on', { locale: 'es-MX' });
    try {
      const { page } = journey;
      await page.goto('/');
      const button = page.getByRole('link', { name: s.button, exact: true });
      await button.waitFor();
      await journey.shot('sign-in-page');
      await button.click();
      await page.getByLabel(s.providerUser, { exact: true }).fill('TOAP800101');
      await journey.shot('provider-login');
      await page.getByRole('button', { name: s.providerSubmit, exact: true }).click();
      await page.getByRole('banner').getByText(officer.name, { exact: true }).waitFor();
      expect(new URL(page.url()).search).toBe('');
      await journey.shot('signed-in');
      expect(journey.problems).toEqual([]);
    } finally {
      await journey.close();
    }

    // The administrator sees the link among the users and undoes it.
    const admin = await startJourney(browser!, refugio!.baseUrl, 'single-sign-on-admin', { locale: 'es-MX' });
    try {
      const { page } = admin;
      await page.goto('/');
      await signInAs(page, t, DEMO_USERS.administrator);
      await page.goto('/usuarios');
      const row = page
        .getByRole('table', { name: s.users, exact: true })
        .getByRole('row', { name: new RegExp(officer.name) });
      await row.getByText(s.linked).waitFor();
      await admin.shot('users-linked', { fullPage: true });
      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: s.unlink(officer.name), exact: true }).click();
      await page.getByText(s.unlinked(officer.name), { exact: true }).waitFor();
      await row
        .getByRole('button', { name: s.unlink(officer.name), exact: true })
        .waitFor({ state: 'detached' });
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('a person the mapping does not know, and a cancelled sign-in, come back with the reason', async () => {
    provider!.accounts.set('DESC900101', {
      claims: { email: 'desconocida@gob.example', email_verified: true },
    });
    const journey = await startJourney(browser!, refugio!.baseUrl, 'single-sign-on-refused', {
      locale: 'es-MX',
    });
    try {
      const { page } = journey;
      await page.goto('/');
      await page.getByRole('link', { name: s.button, exact: true }).click();
      await page.getByLabel(s.providerUser, { exact: true }).fill('DESC900101');
      await page.getByRole('button', { name: s.providerSubmit, exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(s.unmapped);
      // The reason is read once: the address no longer carries it.
      expect(new URL(page.url()).search).toBe('');
      await journey.shot('unmapped');
      expect(journey.problems).toEqual([]);
    } finally {
      await journey.close();
    }
    // Another browser (no session at the provider yet) cancels at the provider's page.
    const second = await startJourney(browser!, refugio!.baseUrl, 'single-sign-on-cancelled', {
      locale: 'es-MX',
    });
    try {
      const { page } = second;
      await page.goto('/');
      await page.getByRole('link', { name: s.button, exact: true }).click();
      await page.getByRole('button', { name: s.providerCancel, exact: true }).click();
      await page.getByText(s.denied, { exact: true }).waitFor();
      await page.getByRole('heading', { name: s.signInTitle, exact: true }).waitFor();
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
