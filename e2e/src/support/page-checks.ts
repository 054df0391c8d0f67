import type { Locator, Page } from 'playwright-core';

/** What has the keyboard focus, for a failure message (a string so this package needs no DOM types). */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate<string>(
    "(document.activeElement && document.activeElement.outerHTML.slice(0, 300)) || 'nothing'",
  );
}

/** Waits until `control` has the keyboard focus; fails naming what has it instead. */
export async function waitForFocus(control: Locator, timeout = 10_000): Promise<void> {
  const page = control.page();
  try {
    await control.and(page.locator(':focus')).waitFor({ state: 'attached', timeout });
  } catch {
    throw new Error(
      `Expected ${control.toString()} to have the focus; it is on ${await describeFocus(page)}`,
    );
  }
}

/** The text a screen reader reads after a control's name: the elements its aria-describedby names. */
export async function descriptionOf(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const id of ids) parts.push((await control.page().locator(`[id="${id}"]`).innerText()).trim());
  return parts.join(' ');
}

/** How far below the control's bottom edge `text` starts, in pixels (negative: above it). */
export async function gapBelow(control: Locator, text: Locator): Promise<number> {
  const [box, textBox] = await Promise.all([control.boundingBox(), text.boundingBox()]);
  if (!box || !textBox) throw new Error('Both the control and the text must be on screen');
  return textBox.y - (box.y + box.height);
}

/** The html element's lang attribute, which screen readers use to choose a voice. */
export function documentLanguage(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
