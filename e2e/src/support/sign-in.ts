import type { Page } from 'playwright-core';
import type { UiText } from './ui-text';

/** A demo user as the header names them (server/src/demo). */
export interface DemoUser {
  email: string;
  name: string;
}

/**
 * The demo users of office TAP (Tapachula), the appeals officer of office CMX (Ciudad de México) and
 * the administrator, who works across offices.
 */
export const DEMO_USERS = {
  registration: { email: 'registro@demo.refugio.mx', name: 'Lucía Hernández Ortiz' },
  eligibility: { email: 'elegibilidad@demo.refugio.mx', name: 'Tomás Aguilar Peña' },
  supervisor: { email: 'supervision@demo.refugio.mx', name: 'Rocío Domínguez Salas' },
  appeals: { email: 'revision@demo.refugio.mx', name: 'Andrés Núñez Villalobos' },
  administrator: { email: 'admin@demo.refugio.mx', name: 'Jorge Castillo Méndez' },
} satisfies Record<string, DemoUser>;

export const DEMO_OFFICER: DemoUser = DEMO_USERS.registration;
export const DEMO_PASSWORD = 'Refugio-demo-2026';

/** Types the credentials by keyboard (Tab between fields, Enter to send), as an officer does. */
export async function typeCredentials(page: Page, t: UiText, email: string, password: string): Promise<void> {
  await page.getByLabel(t.signIn.email, { exact: true }).click();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Signs in as a demo user and waits for the header to name them. */
export async function signInAs(page: Page, t: UiText, user: DemoUser): Promise<void> {
  await typeCredentials(page, t, user.email, DEMO_PASSWORD);
  await page.getByRole('banner').getByText(user.name, { exact: true }).waitFor({ state: 'visible' });
}

/** Signs in as the demo registration officer and waits for the header to name them. */
export function signInAsRegistrationOfficer(page: Page, t: UiText): Promise<void> {
  return signInAs(page, t, DEMO_OFFICER);
}
