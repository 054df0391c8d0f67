import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/fixtures/pdf-text';
import { renderDecisionLetter, type DecisionLetterInput } from './decision-letter.pdf';

// The watermark runs diagonally, so pdftotext gives it a letter per line: compare without spaces.
const squeezed = (pdf: Buffer) => pdfText(pdf, '-raw').replace(/\s+/g, '');

const input: DecisionLetterInput = {
  blocks: [
    { type: 'heading', text: 'Comisión Mexicana de Ayuda a Refugiados' },
    { type: 'paragraph', text: 'Credibilidad. El relato es coherente y detallado en lo esencial.' },
    { type: 'list', items: ['Fue amenazada por un grupo armado en 2025.', 'Denunció ante la fiscalía.'] },
    { type: 'heading', text: 'Protección complementaria' },
    {
      type: 'paragraph',
      text: 'No se acredita riesgo de tortura ni de tratos crueles, inhumanos o degradantes.',
    },
    { type: 'signature', lines: ['Nombre de quien firma', 'Coordinación'] },
  ],
  title: 'Resolución',
  author: 'COMAR',
  language: 'spa',
  watermark: null,
  reference: 'Resolución 1f0e, versión 2',
  createdAt: new Date('2026-11-20T12:00:00Z'),
  pageLabel: (page, total) => `Página ${page} de ${total}`,
};

describe('the decision letter PDF', () => {
  it('prints the reasons, the complementary-protection analysis and the reference', async () => {
    const text = pdfText(await renderDecisionLetter(input));
    expect(text).toContain('Credibilidad. El relato es coherente');
    expect(text).toContain('Fue amenazada por un grupo armado en 2025.');
    expect(text).toContain('No se acredita riesgo de tortura');
    expect(text).toContain('Resolución 1f0e, versión 2');
    expect(text).toContain('Página 1 de 1');
  });

  it('has no watermark when issued', async () => {
    expect(squeezed(await renderDecisionLetter(input))).not.toContain('PROYECTO');
  });

  it('marks a draft with its watermark', async () => {
    expect(squeezed(await renderDecisionLetter({ ...input, watermark: 'PROYECTO' }))).toContain('PROYECTO');
  });

  it('renders the same bytes twice from the same input', async () => {
    const [a, b] = await Promise.all([renderDecisionLetter(input), renderDecisionLetter(input)]);
    expect(a.equals(b)).toBe(true);
  });
});
