import type { Page } from 'playwright-core';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { DEMO_PASSWORD, DEMO_USERS, typeCredentials } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { es as t } from './support/ui-text';

// The Spanish words of the account pages, written out (not imported from the web app).
const a = {
  nav: 'Mi cuenta',
  title: 'Mi cuenta: seguridad',
  start: 'Activar la verificación en dos pasos',
  qr: 'Código QR para la aplicación de autenticación',
  confirmCode: /^Código que muestra la aplicación/,
  confirm: 'Confirmar y activar',
  recovery: 'Sus códigos de recuperación',
  continue: 'Continuar',
  signOut: 'Cerrar sesión',
  mfaTitle: 'Verificación en dos pasos',
  code: /^Código de verificación/,
  verify: 'Verificar',
  wrongCode: 'El código no es válido o ya se usó. Inténtelo de nuevo.',
  tooMany: /^Demasiados intentos fallidos\. Espere unos minutos/,
  history: 'Historial de inicios de sesión',
};

/** A TOTP code of the secret for `offset` 30-second steps from now, as the officer's phone shows it. */
const phoneCode = (secret: string, offset = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole('link', { name: a.nav, exact: true }).click();
  await page.getByRole('heading', { name: a.title, exact: true }).waitFor();
  await page.getByRole('button', { name: a.start, exact: true }).click();
  await page.getByRole('img', { name: a.qr, exact: true }).waitFor();
  const secret = (await page.getByTestId('mfa-secret').textContent())!.replace(/\s+/g, '');
  await page.getByLabel(a.confirmCode).fill(await phoneCode(secret));
  await page.getByRole('button', { name: a.confirm, exact: true }).click();
  const list = page.getByRole('list', { name: a.recovery, exact: true });
  await list.waitFor();
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
  return { secret, recoveryCodes };
}

describe.skipIf(!chromiumPath())('two-step verification and lockout in the browser', () => {
  const refugio = refugioInChromium();

  it('a supervisor turns on MFA, signs out, and signs in again with password and code', async () => {
    const supervisor = await refugio.signedIn('mfa-enrol', t, DEMO_USERS.supervisor);
    try {
      const { page } = supervisor;
      const { secret, recoveryCodes } = await enrol(page);
      expect(recoveryCodes).toHaveLength(10);
      expect(recoveryCodes[0]).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
      await supervisor.shot('recovery-codes', { fullPage: true });
      await page.getByRole('button', { name: a.continue, exact: true }).click();
      await page.getByText('Activada. Le quedan 10 códigos de recuperación.').waitFor();

      await page.getByRole('button', { name: a.signOut, exact: true }).click();
      await page.getByRole('heading', { name: t.signIn.title, exact: true }).waitFor();
      await typeCredentials(page, t, DEMO_USERS.supervisor.email, DEMO_PASSWORD);
      await page.getByRole('heading', { name: a.mfaTitle, exact: true }).waitFor();
      await supervisor.shot('mfa-step');
      // A wrong code first: refused, the form stays.
      await page.getByLabel(a.code).fill('000000');
      await page.getByRole('button', { name: a.verify, exact: true }).click();
      expect(await page.getByRole('alert').textContent()).toBe(a.wrongCode);
      await supervisor.shot('mfa-wrong-code');
      // The next step's code (the enrolment spent this one).
      await page.getByLabel(a.code).fill(await phoneCode(secret, 1));
      await page.getByRole('button', { name: a.verify, exact: true }).click();
      await page.getByRole('banner').getByText(DEMO_USERS.supervisor.name, { exact: true }).waitFor();

      await page.getByRole('link', { name: a.nav, exact: true }).click();
      const history = page.getByRole('table', { name: a.history, exact: true });
      await history.waitFor();
      const outcomes = await history.getByRole('row').allTextContents();
      expect(outcomes[1]).toContain('Sesión iniciada');
      expect(outcomes[2]).toContain('Código incorrecto');
      await supervisor.shot('account-page', { fullPage: true });
      expect(supervisor.problems).toEqual([]);
    } finally {
      await supervisor.close();
    }
  });

  it('after five wrong passwords the sign-in form says to wait, even with the right one', async () => {
    const officer = await refugio.journey('lockout');
    try {
      const { page } = officer;
      await page.goto('/');
      /** One sign-in attempt, waiting for the server's answer. */
      const attempt = async (password: string) => {
        await page.getByLabel(t.signIn.email, { exact: true }).fill('');
        const answered = page.waitForResponse(
          (r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST',
        );
        await typeCredentials(page, t, DEMO_USERS.appeals.email, password);
        return (await answered).status();
      };
      for (let i = 0; i < 4; i++) {
        expect(await attempt(`contraseña equivocada ${i}`)).toBe(401);
        expect(await page.getByRole('alert').textContent()).toBe(t.signIn.wrongCredentials);
      }
      expect(await attempt('contraseña equivocada 4')).toBe(401);
      expect(await page.getByRole('alert').textContent()).toMatch(a.tooMany);
      expect(await attempt(DEMO_PASSWORD)).toBe(401);
      expect(await page.getByRole('alert').textContent()).toMatch(a.tooMany);
      await officer.shot('locked', { fullPage: true });

      // The administrator sees the lock and lifts it; then the right password works.
      const admin = await refugio.signedIn('lockout-admin', t, DEMO_USERS.administrator);
      try {
        await admin.page.getByRole('link', { name: 'Usuarios', exact: true }).click();
        const row = admin.page.getByRole('row', { name: new RegExp(DEMO_USERS.appeals.name) });
        await row.getByText(/^Bloqueada hasta \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor();
        await admin.shot('users-page', { fullPage: true });
        await row.getByRole('button', { name: 'Desbloquear', exact: true }).click();
        await admin.page.getByText(`Cuenta de ${DEMO_USERS.appeals.name} desbloqueada.`).waitFor();
        expect(admin.problems).toEqual([]);
      } finally {
        await admin.close();
      }
      expect(await attempt(DEMO_PASSWORD)).toBe(200);
      await page.getByRole('banner').getByText(DEMO_USERS.appeals.name, { exact: true }).waitFor();
    } finally {
      await officer.close();
    }
  });
});
