import type { Page } from 'playwright-core';
import { setup } from './eligibility-case';
import { eligibilityText as e } from './eligibility-text';
import { openFromNav } from './navigation';
import { rowsWithCell } from './table';
import type { UiText } from './ui-text';

/** The administrator adds the Haitian Creole interpreter to the register, bound to confidentiality. */
export async function addInterpreter(page: Page, t: UiText): Promise<void> {
  await openFromNav(page, t, e.nav.interpreters, e.interpreters.title);
  const form = page.getByRole('region', { name: e.interpreters.add, exact: true });
  await form.getByLabel(e.interpreters.fullName, { exact: true }).fill(setup.interpreter);
  await form.getByLabel(e.interpreters.sex, { exact: true }).selectOption({ label: e.interpreters.female });
  await form
    .getByLabel(e.interpreters.languages, { exact: true })
    .selectOption({ label: e.language.haitianCreole });
  await form.getByRole('button', { name: e.interpreters.addLanguage, exact: true }).click();
  await form.getByLabel(e.interpreters.offices, { exact: true }).selectOption({ label: e.office.tapachula });
  await form.getByRole('button', { name: e.interpreters.addOffice, exact: true }).click();
  await form
    .getByLabel(e.interpreters.confidentialitySignedOn, { exact: true })
    .fill(setup.confidentialitySignedOn);
  await form.getByRole('button', { name: e.interpreters.save, exact: true }).click();
  await page.getByText(e.interpreters.saved(setup.interpreter), { exact: true }).waitFor();
}

/** The administrator adds an interview room to office TAP. */
export async function addRoom(page: Page, t: UiText): Promise<void> {
  await openFromNav(page, t, e.nav.rooms, e.rooms.title);
  const form = page.getByRole('region', { name: e.rooms.add, exact: true });
  await form.getByLabel(e.rooms.office, { exact: true }).selectOption({ label: e.office.tapachula });
  await form.getByLabel(e.rooms.name, { exact: true }).fill(setup.room);
  await form.getByLabel(e.rooms.capacity, { exact: true }).fill('4');
  await form.getByLabel(e.rooms.accessible, { exact: true }).check();
  await form.getByRole('button', { name: e.rooms.save, exact: true }).click();
  await page.getByText(e.rooms.saved(setup.room), { exact: true }).waitFor();
}

/** The administrator adds the country-of-origin report the assessment will cite. */
export async function addCoiSource(page: Page, t: UiText): Promise<void> {
  const { source } = setup;
  await openFromNav(page, t, e.nav.coi, e.coi.title);
  const form = page.getByRole('region', { name: e.coi.add, exact: true });
  await form.getByLabel(e.coi.sourceTitle, { exact: true }).fill(source.title);
  await form.getByLabel(e.coi.publisher, { exact: true }).fill(source.publisher);
  await form.getByLabel(e.coi.publishedOn, { exact: true }).fill(source.publishedOn);
  await form.getByLabel(e.coi.url, { exact: true }).fill(source.url);
  await form.getByLabel(e.coi.countries, { exact: true }).fill(source.countries);
  await form.getByLabel(e.coi.topics, { exact: true }).fill(source.topics);
  await form.getByLabel(e.coi.summary, { exact: true }).fill(source.summary);
  await form.getByRole('button', { name: e.coi.submit, exact: true }).click();
  await page.getByText(e.coi.saved(source.title), { exact: true }).waitFor();
}

/** The interpreter's row of the register, read across. */
export function interpreterRow(page: Page) {
  return rowsWithCell(page.getByRole('table'), setup.interpreter);
}
