/**
 * Fast label queries for big forms. Testing Library's getByLabelText is quadratic in jsdom and takes
 * seconds on the registration form (hundreds of country options); these read the DOM the same way a
 * person does: the one <label> with this text inside `scope`, and the control it names.
 */
export function byLabel(scope: ParentNode, text: string): HTMLElement {
  const labels = [...scope.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text);
  if (labels.length !== 1) throw new Error(`Expected one label "${text}", found ${labels.length}`);
  const control = labels[0]?.control;
  if (!control) throw new Error(`Label "${text}" names no control`);
  return control;
}

export function queryByLabel(scope: ParentNode, text: string): HTMLElement | null {
  try {
    return byLabel(scope, text);
  } catch {
    return null;
  }
}

/** The fieldset whose legend reads `legend` (a person, the case data…). */
export function fieldset(legend: string, scope: ParentNode = document): HTMLFieldSetElement {
  const found = [...scope.querySelectorAll('fieldset')].filter(
    (f) => f.querySelector(':scope > legend')?.textContent?.trim() === legend,
  );
  if (found.length !== 1 || !found[0])
    throw new Error(`Expected one fieldset "${legend}", found ${found.length}`);
  return found[0];
}

/** Text as a screen reader reads it: without aria-hidden decorations. */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
}

/** The button whose aria-label or spoken text reads `name`. */
export function button(name: string, scope: ParentNode = document): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].filter(
    (b) => (b.getAttribute('aria-label') ?? spokenText(b)) === name,
  );
  if (found.length !== 1 || !found[0])
    throw new Error(`Expected one button "${name}", found ${found.length}`);
  return found[0];
}

/** The texts an element's aria-describedby points at (its error and hint). */
export function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}
