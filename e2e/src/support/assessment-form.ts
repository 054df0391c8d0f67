import type { Locator, Page } from 'playwright-core';
import { reasons, setup } from './eligibility-case';
import { eligibilityText as e } from './eligibility-text';

const a = e.assessment;

/** One section of the assessment page, by its title ("Credibilidad"), whatever its number. */
export function assessmentSection(page: Page, title: string): Locator {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('region', { name: new RegExp(`^\\d+\\. ${escaped} \\(`) });
}

interface SectionAnswers {
  /** Yes/no and single choices, by label: the option's label. */
  choose?: Record<string, string>;
  /** Check boxes to tick, by label. */
  tick?: string[];
  reasons: string;
}

/** Answers one section, marks it complete and saves it; waits until its heading says so. */
export async function completeSection(page: Page, title: string, answers: SectionAnswers): Promise<void> {
  const section = assessmentSection(page, title);
  for (const [label, option] of Object.entries(answers.choose ?? {}))
    await section.getByLabel(label, { exact: true }).selectOption({ label: option });
  for (const label of answers.tick ?? []) await section.getByLabel(label, { exact: true }).check();
  await section.getByLabel(a.reasons, { exact: true }).fill(answers.reasons);
  await section.getByLabel(a.complete, { exact: true }).check();
  await section.getByRole('button', { name: a.save, exact: true }).click();
  await section.getByRole('heading', { name: /· Apartado completo\)$/ }).waitFor();
}

/** The accepted material fact, with its reasons. */
export async function addAcceptedFact(page: Page): Promise<void> {
  const section = assessmentSection(page, 'Hechos materiales');
  await section.getByLabel(a.fact, { exact: true }).fill(reasons.fact);
  await section.getByLabel(a.factReasons, { exact: true }).fill(reasons.factReasons);
  await section.getByRole('button', { name: a.addFact, exact: true }).click();
  await section.getByText(a.acceptedFact, { exact: true }).waitFor();
  await section.getByLabel(a.complete, { exact: true }).check();
  await section.getByRole('button', { name: a.save, exact: true }).click();
  await section.getByRole('heading', { name: /· Apartado completo\)$/ }).waitFor();
}

/** Cites the administrator's source in a section, found by a word of its summary. */
export async function citeSource(page: Page, title: string, pinpoint: string): Promise<Locator> {
  const section = assessmentSection(page, title);
  await section.getByText(a.addCitation, { exact: true }).click();
  await section.getByLabel(e.coi.search, { exact: true }).fill('martissant');
  await section.getByRole('button', { name: e.coi.choose(setup.source.title), exact: true }).click();
  await section.getByLabel(a.pinpoint, { exact: true }).fill(pinpoint);
  await section.getByRole('button', { name: a.cite, exact: true }).click();
  const citation = section.getByRole('link', { name: `${setup.source.publisher}, ${setup.source.title}, ` });
  await citation.waitFor();
  return citation;
}

/**
 * The whole assessment of a woman threatened by a gang: credible, at risk, without a Convention
 * ground or nexus, unprotected by the state, not excluded, in need of complementary protection.
 */
export async function assessRefusalWithComplementaryProtection(page: Page): Promise<void> {
  const { yes, no } = a;
  await completeSection(page, 'Identidad y nacionalidad', {
    choose: { Identidad: 'Acreditada', Nacionalidad: 'Acreditada' },
    reasons: 'Acta de nacimiento haitiana coherente con la entrevista.',
  });
  await addAcceptedFact(page);
  await completeSection(page, 'Credibilidad', {
    choose: { 'Conclusión sobre la credibilidad': 'Creíble' },
    reasons: 'Relato coherente interna y externamente.',
  });
  await completeSection(page, 'Temor fundado', {
    choose: {
      'Temor subjetivo': yes,
      'Riesgo objetivo (posibilidad razonable)': yes,
      'El daño equivale a persecución': yes,
    },
    reasons: 'La amenaza de muerte sigue vigente.',
  });
  await completeSection(page, 'Motivos', { reasons: reasons.nexus });
  await completeSection(page, 'Nexo causal', { choose: { 'Nexo establecido': no }, reasons: reasons.nexus });
  await completeSection(page, 'Protección del Estado y alternativa de huida interna', {
    choose: {
      'Protección del Estado disponible': no,
      'Alternativa de huida interna pertinente': no,
    },
    reasons: reasons.stateProtection,
  });
  await completeSection(page, 'Definición ampliada (Declaración de Cartagena)', {
    choose: { 'Se aplica la definición ampliada': no },
    reasons: 'La amenaza es individual, no una circunstancia del art. 13-II.',
  });
  await completeSection(page, 'Cláusulas de exclusión (art. 1F)', {
    choose: { 'Excluido(a)': no },
    reasons: 'Nada indica una causa de exclusión.',
  });
  await completeSection(page, 'Protección complementaria', {
    choose: { 'Necesita protección complementaria': yes },
    tick: ['Riesgo para la vida'],
    reasons: reasons.complementaryProtection,
  });
  await completeSection(page, 'Condición derivada', { reasons: 'No hay dependientes en la solicitud.' });
  await completeSection(page, 'Conclusión', {
    choose: { 'Resultado propuesto': e.outcome.complementaryProtection },
    reasons: reasons.conclusion,
  });
}
