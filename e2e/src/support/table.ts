import type { Locator } from 'playwright-core';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The rows of `table` (header row left out) that have a cell, or row header, reading exactly `text`.
 */
export function rowsWithCell(table: Locator, text: string): Locator {
  // An inner locator is matched inside each row, so it starts from the page, not from the table.
  const page = table.page();
  const cell = page
    .getByRole('cell', { name: text, exact: true })
    .or(page.getByRole('rowheader', { name: text, exact: true }));
  return table.getByRole('row').filter({ has: cell });
}

/**
 * Each cell of `row` under its column header in `table`, as a person reads across, with runs of
 * white space made one space. Waits for the row; fails when it does not have one cell per column.
 */
export async function cellsOf(table: Locator, row: Locator): Promise<Record<string, string>> {
  await row.waitFor();
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map(clean);
  const cells = (await row.locator(':scope > th, :scope > td').allInnerTexts()).map(clean);
  if (cells.length !== headers.length) {
    throw new Error(`A row of ${cells.length} cells under ${headers.length} columns: ${cells.join(' | ')}`);
  }
  return Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']));
}

/** The text of each row of `rows`, white space made one space (for "contains" checks on a whole row). */
export async function rowTexts(rows: Locator): Promise<string[]> {
  return (await rows.allInnerTexts()).map(clean);
}
