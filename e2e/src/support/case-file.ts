import type { Locator, Page } from 'playwright-core';
import { openCaseList } from './case-list';
import { deadlineText as d } from './deadline-text';
import { cellsOf, rowsWithCell, rowTexts } from './table';
import type { UiText } from './ui-text';

/** Finds a case by its number with the list's search, as an officer does, and opens it. */
export async function openCase(page: Page, t: UiText, caseNumber: string): Promise<void> {
  await openCaseList(page, t);
  const search = page.getByRole('searchbox', { name: t.list.search, exact: true });
  await search.fill(caseNumber);
  await search.press('Enter');
  await page.getByRole('link', { name: caseNumber, exact: true }).click();
  await caseHeading(page, t, caseNumber).waitFor();
}

export function caseHeading(page: Page, t: UiText, caseNumber: string): Locator {
  return page.getByRole('heading', { level: 1, name: t.detail.title(caseNumber), exact: true });
}

/** Reloads the case file (another person changed it) and waits for its heading. */
export async function reloadCase(page: Page, t: UiText, caseNumber: string): Promise<void> {
  await page.reload();
  await caseHeading(page, t, caseNumber).waitFor();
  await deadlinesTable(page).waitFor();
}

export function deadlinesPanel(page: Page): Locator {
  return page.getByRole('region', { name: d.caseFile.deadlines, exact: true });
}

function deadlinesTable(page: Page): Locator {
  return deadlinesPanel(page).getByRole('table');
}

/** The row of one time limit in the "Plazos legales" panel. */
export function deadlineRow(page: Page, limit: string): Locator {
  return rowsWithCell(deadlinesTable(page), limit);
}

/** One time limit as the panel shows it: Plazo, Vence, Estado and Cómputo. */
export async function deadlineCells(page: Page, limit: string): Promise<Record<string, string>> {
  return cellsOf(deadlinesTable(page), deadlineRow(page, limit));
}

/** The timeline's entries whose "Qué" starts with `label` ("Plazos recalculados"), oldest first. */
export async function timelineEntries(page: Page, label: string): Promise<string[]> {
  const timeline = page.getByRole('region', { name: d.caseFile.timeline, exact: true });
  return rowTexts(timeline.getByRole('row').filter({ hasText: label }));
}
