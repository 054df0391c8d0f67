import type { Locator, Page } from 'playwright-core';
import type { Member } from './family';
import { waitForFocus } from './page-checks';
import type { UiText } from './ui-text';

/** The fieldset of the principal applicant or of dependant n (1-based), found by its legend. */
export function personGroup(page: Page, t: UiText, who: 'principal' | number): Locator {
  const name = who === 'principal' ? t.register.principal : t.register.dependant(who);
  return page.getByRole('group', { name, exact: true });
}

export async function fillCaseData(
  page: Page,
  t: UiText,
  data: { entryPlace: string; entryDate: string; applicationDate: string },
): Promise<void> {
  await page.getByLabel(t.register.entryPlace, { exact: true }).fill(data.entryPlace);
  await page.getByLabel(t.register.entryDate, { exact: true }).fill(data.entryDate);
  await page.getByLabel(t.register.applicationDate, { exact: true }).fill(data.applicationDate);
}

/** Adds a dependant with the button; the new fieldset's first field (relationship) takes the focus. */
export async function addDependant(page: Page, t: UiText, n: number): Promise<Locator> {
  await page.getByRole('button', { name: t.register.addDependant }).click();
  const group = personGroup(page, t, n);
  await waitForFocus(group.getByLabel(t.register.relationship, { exact: true }));
  return group;
}

/** Adds one value to a list field by choosing it and pressing Enter, as a keyboard user does. */
async function addByKeyboard(field: Locator, option: string): Promise<void> {
  await field.selectOption({ label: option });
  await field.press('Enter');
}

/**
 * Fills one person's fieldset through the labels a person reads: names typed by keyboard with Tab
 * between them, lists added with Enter or their button, a passport, and for a child a specific need.
 */
export async function fillPerson(group: Locator, t: UiText, m: Member): Promise<void> {
  const page = group.page();
  const field = (label: string) => group.getByLabel(label, { exact: true });
  if (m.relationship) await field(t.register.relationship).selectOption({ label: t.option[m.relationship] });

  await field(t.person.givenNames).click();
  await page.keyboard.type(m.givenNames);
  await page.keyboard.press('Tab');
  await page.keyboard.type(m.firstSurname);
  await page.keyboard.press('Tab');
  await page.keyboard.type(m.secondSurname);

  await field(t.person.sex).selectOption({ label: t.option[m.sex] });
  await field(t.person.birthDate).fill(m.birthDate);
  if (m.birthDateEstimated) await field(t.person.birthDateEstimated).check();
  await field(t.person.countryOfBirth).selectOption({ label: m.country });
  await field(t.person.countryOfOrigin).selectOption({ label: m.country });
  if (m.phone) await field(t.person.phone).fill(m.phone);
  await addByKeyboard(field(t.person.nationalities), m.country);
  await field(t.person.languages).selectOption({ label: t.option.spanish });
  await group.getByRole('button', { name: t.person.addLanguage }).click();
  if (m.needsInterpreter) await field(t.person.needsInterpreter).check();
  if (m.address) await field(t.person.address).fill(m.address);
  if (m.otherNames) await field(t.person.otherNames).fill(m.otherNames);

  if (m.passport) {
    await group.getByRole('button', { name: t.person.addDocument }).click();
    const type = field(t.person.documentType);
    await waitForFocus(type);
    await type.selectOption({ label: t.option.passport });
    await field(t.person.documentNumber).fill(m.passport);
    await field(t.person.issuingCountry).selectOption({ label: m.country });
  }
  if (m.notAttendingSchool) {
    // The needs are grouped in collapsed categories: open the category, then tick the need.
    await group.getByText(t.person.childAtRiskCategory, { exact: false }).first().click();
    await field(t.person.notAttendingSchool).check();
  }
}
