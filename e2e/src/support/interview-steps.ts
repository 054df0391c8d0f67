import type { Locator, Page } from 'playwright-core';
import { interview, JOURNEY_DAY, setup, turns } from './eligibility-case';
import { eligibilityText as e } from './eligibility-text';
import type { DemoUser } from './sign-in';

/** A panel of the case file by its heading ("Entrevistas", "Resolución"…). */
export function casePanel(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/**
 * Books the eligibility interview from the case file's "Entrevistas" panel: the officer (Tomás, a
 * man, as the demo records him), Haitian Creole with the registered interpreter, the room, the
 * journey's day and the morning slot.
 */
export async function scheduleInterview(page: Page, officer: DemoUser): Promise<void> {
  const panel = casePanel(page, e.interviews.title);
  await panel.getByRole('button', { name: e.interviews.schedule, exact: true }).click();
  const form = panel.getByRole('region', { name: e.interviews.schedule, exact: true });
  const i = e.interviews;
  await form.getByLabel(i.officer, { exact: true }).selectOption({ label: i.withSex(officer.name, i.male) });
  await form.getByLabel(i.language, { exact: true }).selectOption({ label: e.language.haitianCreole });
  await form
    .getByLabel(i.interpreter, { exact: true })
    .selectOption({ label: i.withSex(setup.interpreter, e.interpreters.female) });
  await form.getByLabel(i.room, { exact: true }).selectOption({ label: setup.room });
  await form.getByLabel(i.date, { exact: true }).fill(JOURNEY_DAY);
  await form.getByLabel(i.startTime, { exact: true }).fill(interview.start);
  await form.getByLabel(i.endTime, { exact: true }).fill(interview.end);
}

/** Opens the record, writes who was there, what they were told and the turns, and saves it. */
export async function writeRecord(page: Page, applicantName: string): Promise<void> {
  const r = e.record;
  await page.getByLabel(r.startTime, { exact: true }).fill(interview.startedAt);
  await page.getByRole('button', { name: r.open, exact: true }).click();
  await page.getByRole('button', { name: r.save, exact: true }).waitFor();
  await page.getByLabel(r.endTime, { exact: true }).fill(interview.endedAt);
  await page.getByRole('button', { name: r.addAttendee, exact: true }).click();
  await page.getByLabel(r.attendeeName, { exact: true }).fill(applicantName);
  for (const item of r.information) await page.getByLabel(item, { exact: true }).check();
  const turn = (n: number) => page.getByRole('listitem', { name: r.turn(n), exact: true });
  await turn(1).getByLabel(r.text, { exact: true }).fill(turns.question);
  await page.getByRole('button', { name: r.addTurn, exact: true }).click();
  await turn(2).getByLabel(r.text, { exact: true }).fill(turns.answer);
  await page.getByRole('button', { name: r.addTurn, exact: true }).click();
  await turn(3).getByLabel(r.speaker, { exact: true }).selectOption({ label: r.interpreter });
  await turn(3).getByLabel(r.text, { exact: true }).fill(turns.readBack);
  await turn(3).getByLabel(r.duringReadBack, { exact: true }).check();
  await page.getByRole('button', { name: r.save, exact: true }).click();
  await page.getByText(r.saved, { exact: true }).waitFor();
}
