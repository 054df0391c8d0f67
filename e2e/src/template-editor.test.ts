import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { openFromNav } from './support/navigation';
import { readDownloadedPdf } from './support/pdf';
import { DEMO_USERS } from './support/sign-in';
import { refugioInChromium } from './support/suite';
import { cellsOf } from './support/table';
import { templateText as x } from './support/template-text';
import { es as t } from './support/ui-text';

// The Mexican refusal shipped in countries/templates/MEX/decision-rejected.spa.json, in force as number 1.
const REFUSAL = 'Resolución de no reconocimiento de la condición de refugiado';
// Its block 29: "Notifíquese personalmente a la persona solicitante, procurando que comprenda…".
const NOTIFICATION_BLOCK = 29;
const BEFORE_FIELD = 'Notifíquese personalmente a la persona solicitante, en la oficina de ';
const AFTER_FIELD = ', en un idioma que comprenda y con intérprete cuando lo necesite.';
// The preview prints each field as its name between « »; pdftotext gives the paragraph as one line.
const PRINTED = `${BEFORE_FIELD}«office.city»${AFTER_FIELD}`;

const table = (page: Page) => page.getByRole('table');

/** The list's row of the refusal with this number. */
function refusalRow(page: Page, number: number): Locator {
  return table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: REFUSAL, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: String(number), exact: true }) });
}

async function statusOf(page: Page, number: number): Promise<string | undefined> {
  return (await cellsOf(table(page), refusalRow(page, number)))[x.list.column.status];
}

/**
 * The PDF a preview tab shows (at a blob: address, which the request context cannot fetch), saved by a
 * link in the page that opened it: the very bytes the tab shows.
 */
async function downloadShown(page: Page, tab: Page, keepAs: string) {
  const address = JSON.stringify(tab.url());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(`(() => {
      const link = document.createElement('a');
      link.href = ${address};
      link.download = 'vista-previa.pdf';
      document.body.append(link);
      link.click();
      link.remove();
    })()`),
  ]);
  return readDownloadedPdf(download, keepAs);
}

describe.skipIf(!chromiumPath())('the administrator changes a decision template (issue 4)', () => {
  const refugio = refugioInChromium();

  it('makes a new version of the refusal in force, edits it, previews it and puts it in force', async () => {
    const j = await refugio.signedIn('template-editor', t, DEMO_USERS.administrator);
    try {
      const { page } = j;
      await openFromNav(page, t, x.nav, x.list.title);
      expect(await statusOf(page, 1)).toBe(x.status.active);
      await j.shot('list');

      // A new version: the next number, a draft with the same text, opened in the editor.
      await refusalRow(page, 1)
        .getByRole('button', { name: `${x.list.newNumber} (${x.list.ofTemplate(REFUSAL, 1)})`, exact: true })
        .click();
      await page.waitForURL(/\/templates\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: REFUSAL, exact: true }).waitFor();
      const paragraph = page.getByLabel(x.editor.block(NOTIFICATION_BLOCK), { exact: true });
      expect(await paragraph.inputValue()).toMatch(/^Notifíquese personalmente/);
      await j.shot('editor');

      // The paragraph rewritten, with the office's city inserted at the cursor from the field list.
      await paragraph.fill(BEFORE_FIELD);
      await paragraph.press('End');
      const picker = page.getByRole('complementary', { name: x.fields.title, exact: true });
      await picker.getByText(x.fields.officeCity, { exact: true }).waitFor();
      await picker.getByRole('button', { name: x.fields.insert('office.city'), exact: true }).click();
      await picker
        .getByRole('status')
        .filter({ hasText: x.fields.inserted('office.city', NOTIFICATION_BLOCK) })
        .waitFor();
      // The cursor is back in the paragraph, after the field: the officer types on.
      await page.keyboard.type(AFTER_FIELD);
      expect(await paragraph.inputValue()).toBe(`${BEFORE_FIELD}{{office.city}}${AFTER_FIELD}`);
      await page.getByText(x.editor.unsaved, { exact: true }).waitFor();
      await paragraph.scrollIntoViewIfNeeded();
      await j.shot('edited');

      await page.getByRole('button', { name: x.editor.save, exact: true }).click();
      await page.getByText(x.editor.saved, { exact: true }).waitFor();
      await j.shot('saved');

      // The preview opens in a new tab, printed with each field's name.
      const [tab] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: x.editor.preview, exact: true }).click(),
      ]);
      await tab.waitForURL(/^blob:/);
      const pdf = await downloadShown(page, tab, j.keep('preview.pdf'));
      await tab.close();
      expect(pdf.header).toBe('%PDF-');
      expect(pdf.text).toContain(PRINTED);

      // Activated from the editor: now it shows as it prints, and cannot be edited.
      await page.getByRole('button', { name: x.editor.activate, exact: true }).click();
      await page.getByText(x.editor.activated, { exact: true }).waitFor();
      await page.getByText(x.editor.frozen).waitFor();
      expect(await page.getByLabel(x.editor.block(NOTIFICATION_BLOCK)).count()).toBe(0);
      await page.getByText(PRINTED.replace('«office.city»', '{{office.city}}')).waitFor();
      await j.shot('activated');

      // The list: number 2 in force, number 1 retired.
      await page.getByRole('link', { name: `← ${x.editor.back}`, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: x.list.title, exact: true }).waitFor();
      expect(await statusOf(page, 2)).toBe(x.status.active);
      expect(await statusOf(page, 1)).toBe(x.status.retired);
      await j.shot('list-after', { fullPage: true });
      expect(j.problems).toEqual([]);
    } finally {
      await j.close();
    }
  });
});
