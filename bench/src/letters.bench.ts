import { readFileSync } from 'node:fs';
import { TemplateBlock } from '@refugio/contract';
import { renderDecisionLetter } from '../../server/src/documents/decision-letter.pdf';
import { renderTemplate, type FieldValues } from '../../server/src/templates/template-render';
import { letterLabels } from '../../server/src/templates/letter-labels';
import { machine } from './bench-database';

interface Options {
  letters: number;
  warmup: number;
}

const templateFile = new URL('../../countries/templates/MEX/decision-rejected.spa.json', import.meta.url);

const sentence =
  'La persona solicitante relató de manera coherente y detallada las amenazas recibidas en su barrio de ' +
  'Puerto Príncipe, que coinciden con la información sobre el país de origen citada en esta resolución.';

/** A letter of ordinary length: two pages of reasons, a family of three, four sources. */
function letterValues(index: number): FieldValues {
  const name = `Wislande Pierre-Louis Joseph ${index}`;
  return {
    'authority.name': 'Comisión Mexicana de Ayuda a Refugiados',
    'authority.acronym': 'COMAR',
    'office.name': 'Oficina de Representación en Tapachula',
    'office.city': 'Tapachula, Chiapas',
    'case.number': `COMAR-TAP-2026-${String(index).padStart(5, '0')}`,
    'case.applicationDate': '14/03/2026',
    'applicant.fullName': name,
    'applicant.nationality': 'haitiana',
    'people.list': [
      `${name} (solicitante principal)`,
      'Jean-Baptiste Pierre-Louis (hijo)',
      'Marie Joseph (hija)',
    ],
    'decision.date': '20/11/2026',
    'decision.legalBasis':
      'los artículos 13, 18 y 21 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político',
    'decision.individualExplanation': `${sentence} ${sentence}`,
    'decision.derivatives': [
      'Jean-Baptiste Pierre-Louis: sigue la suerte de la persona solicitante principal.',
    ],
    'reasons.factsAccepted': [sentence, sentence, sentence],
    'reasons.factsRejected': [sentence],
    'reasons.credibility': `${sentence} ${sentence} ${sentence}`,
    'reasons.wellFoundedFear': `${sentence} ${sentence}`,
    'reasons.grounds': sentence,
    'reasons.nexus': `${sentence} ${sentence}`,
    'reasons.stateProtection': `${sentence} ${sentence}`,
    'reasons.cartagena': sentence,
    'reasons.exclusion': 'No se advierte ninguna de las causas del artículo 27 de la Ley.',
    'reasons.complementaryProtection': `${sentence} ${sentence} ${sentence}`,
    'reasons.sources': [
      'Human Rights Watch, Informe mundial 2026: Haití, 11/01/2026',
      'ACNUR, Consideraciones sobre la protección internacional respecto de Haití, 03/2025',
      'Amnistía Internacional, Haití: violencia de pandillas, 21/06/2025',
      'Departamento de Estado de EE. UU., Informe de derechos humanos 2025: Haití, 12/08/2025',
    ],
    'appeal.remedy': 'recurso de revisión',
    'appeal.timeLimit': 'dentro de los 15 días hábiles siguientes a la notificación',
    'signatory.name': 'Lic. María Fernanda Hernández-López',
    'signatory.role': 'Coordinación de la Oficina de Representación en Tapachula',
  };
}

/**
 * Renders decision letters one after another from the shipped MEX refusal model, as the server does for
 * a draft's preview or an issued letter, and reports letters per second and CPU per letter. The first
 * `warmup` letters are rendered and left out of the figures.
 */
export async function lettersBenchmark(options: Options): Promise<void> {
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as { title: string; body: unknown };
  const body = TemplateBlock.array().parse(template.body);
  const labels = letterLabels('spa');
  const render = (index: number) => {
    const { blocks } = renderTemplate(body, letterValues(index));
    return renderDecisionLetter({
      blocks,
      title: template.title,
      author: 'COMAR',
      language: 'spa',
      watermark: index % 2 === 0 ? labels.draftWatermark : null,
      reference: `Resolución ${index}, versión 1`,
      createdAt: new Date('2026-11-20T12:00:00Z'),
      pageLabel: labels.page,
    });
  };

  for (let i = 0; i < options.warmup; i++) await render(-1 - i);

  const durations: number[] = [];
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < options.letters; i++) {
    const t0 = performance.now();
    const pdf = await render(i);
    durations.push(performance.now() - t0);
    bytes += pdf.length;
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  durations.sort((a, b) => a - b);

  console.warn(machine());
  console.warn(
    `Letters: ${options.letters} (after ${options.warmup} warm-up), ${(bytes / options.letters / 1024).toFixed(0)} KiB each`,
  );
  console.warn(`Letters per second: ${((options.letters * 1000) / elapsed).toFixed(1)}`);
  console.warn(
    `Per letter: median ${durations[Math.floor(durations.length / 2)]!.toFixed(0)} ms, ` +
      `max ${durations[durations.length - 1]!.toFixed(0)} ms, ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / options.letters).toFixed(0)} ms`,
  );
}
