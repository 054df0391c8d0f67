import type { Locator, Page } from 'playwright-core';
import { deadlineText as d } from './deadline-text';
import type { UiText } from './ui-text';

/** A link of the main navigation, by its exact name. */
export function navLink(page: Page, t: UiText, name: string): Locator {
  return page
    .getByRole('navigation', { name: t.nav.name })
    .getByRole('link', { name, exact: true, includeHidden: true });
}

/** Follows a main navigation link and waits for the page's main heading. */
export async function openFromNav(page: Page, t: UiText, link: string, heading: string): Promise<void> {
  const target = navLink(page, t, link);
  // The link may sit in one of the bar's menus: open the menu that holds it.
  if (!(await target.isVisible()))
    await page
      .getByRole('navigation', { name: t.nav.name })
      .locator('div')
      .filter({ has: page.getByRole('link', { name: link, exact: true, includeHidden: true }) })
      .getByRole('button')
      .click();
  await target.click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** Waits until the page says it has finished loading ("Cargando…" gone). */
export async function loaded(page: Page, t: UiText): Promise<void> {
  await page.getByRole('status').filter({ hasText: t.list.loading }).waitFor({ state: 'hidden' });
}

/**
 * Waits for the message that ends a recomputation of deadlines (after a suspension or a declared
 * day) and returns how many cases it went through and in how many a due date moved.
 */
export async function recomputationResult(page: Page): Promise<{ cases: number; changed: number }> {
  const message = page.getByRole('status').filter({ hasText: d.recomputed });
  await message.waitFor();
  const match = d.recomputed.exec((await message.innerText()).trim());
  if (!match) throw new Error(`Unexpected recomputation message: ${await message.innerText()}`);
  return { cases: Number(match[1]), changed: Number(match[2]) };
}
