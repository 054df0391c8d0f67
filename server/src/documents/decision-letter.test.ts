import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  describe('hyphenated names in justified paragraphs', () => {
    const name = 'Wislande Pierre-Louis Joseph';
    // The name moves one letter further along the line in each paragraph, so that in several of them it
    // reaches the end of the first (justified) line: where pdfmake broke after "Pierre-".
    const paragraphs = Array.from({ length: 30 }, (_, i) => ({
      type: 'paragraph' as const,
      text:
        `Segundo. Se otorga protección complementaria, con fundamento en la Ley, ${'a'.repeat(i + 1)} ` +
        `a ${name}, por las razones expuestas en esta misma resolución, que se notificará personalmente.`,
    }));
    const letter = () => renderDecisionLetter({ ...input, blocks: paragraphs });

    it('prints the name whole, with no space after the hyphen and never split over two lines', async () => {
      const pdf = await letter();
      for (const mode of ['-layout', '-raw'] as const) {
        const text = pdfText(pdf, mode);
        expect(text.match(/Pierre-Louis/g)).toHaveLength(paragraphs.length);
        expect(text).not.toMatch(/Pierre-\s/);
      }
      // Word by word as poppler sees them: a gap after the hyphen would make "Pierre-" a word of its own.
      const words = wordBoxes(pdf).map((w) => w.text);
      expect(words.filter((w) => w.startsWith('Pierre-'))).toEqual(paragraphs.map(() => 'Pierre-Louis'));
    });

    it('still justifies, and the name ends a justified line in some paragraph', async () => {
      const lines = linesOf(wordBoxes(await letter()));
      const rightMargin = 595.28 - 62;
      const stretched = lines.filter((line) => line.at(-1)!.xMax > rightMargin - 0.5);
      // Every paragraph but its last line reaches the right margin.
      expect(stretched.length).toBeGreaterThanOrEqual(paragraphs.length);
      expect(stretched.some((line) => ['Pierre-Louis', 'Joseph,'].includes(line.at(-1)!.text))).toBe(true);
    });
  });
});

interface WordBox {
  text: string;
  xMax: number;
  yMin: number;
}

/** The words of a PDF with their boxes, through `pdftotext -bbox` (poppler, as `pdfText`). */
function wordBoxes(pdf: Buffer): WordBox[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'refugio-letter-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return [
      ...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
    ].map(([, yMin, xMax, text]) => ({ text: text!, xMax: Number(xMax), yMin: Number(yMin) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words grouped into lines, in order (same top edge). */
function linesOf(words: WordBox[]): WordBox[][] {
  const lines: WordBox[][] = [];
  for (const word of words) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.yMin - word.yMin) < 1) line.push(word);
    else lines.push([word]);
  }
  return lines;
}
