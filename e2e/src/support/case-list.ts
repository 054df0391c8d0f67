import type { Page } from 'playwright-core';
import type { UiText } from './ui-text';

/** The number of applications the list says it found ("37 solicitudes"), once it has loaded. */
export async function shownCaseCount(page: Page, t: UiText): Promise<number> {
  await page.getByRole('status').filter({ hasText: t.list.loading }).waitFor({ state: 'hidden' });
  const text = (await page.getByText(t.list.count).textContent()) ?? '';
  const match = t.list.count.exec(text.trim());
  if (!match?.[1]) throw new Error(`The case list shows no count: "${text}"`);
  return Number(match[1]);
}

/** Opens the case list from the main navigation, as an officer does. */
export async function openCaseList(page: Page, t: UiText): Promise<void> {
  await page
    .getByRole('navigation', { name: t.nav.name })
    .getByRole('link', { name: t.nav.cases, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: t.list.title, exact: true }).waitFor();
}
