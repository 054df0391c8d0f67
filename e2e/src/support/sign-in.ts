import type { Page } from 'playwright-core';
import type { UiText } from './ui-text';

export const DEMO_OFFICER = { email: 'registro@demo.refugio.mx', name: 'Lucía Hernández Ortiz' };
export const DEMO_PASSWORD = 'Refugio-demo-2026';

/** Types the credentials by keyboard (Tab between fields, Enter to send), as an officer does. */
export async function typeCredentials(page: Page, t: UiText, email: string, password: string): Promise<void> {
  await page.getByLabel(t.signIn.email, { exact: true }).click();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Signs in as the demo registration officer and waits for the header to name them. */
export async function signInAsRegistrationOfficer(page: Page, t: UiText): Promise<void> {
  await typeCredentials(page, t, DEMO_OFFICER.email, DEMO_PASSWORD);
  await page.getByRole('banner').getByText(DEMO_OFFICER.name, { exact: true }).waitFor({ state: 'visible' });
}
