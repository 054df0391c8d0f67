import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RenderedBlock } from '../templates/template-render';
import { hasBreakableToken, renderPdf, wrappingText } from './render-pdf';

export interface DecisionLetterInput {
  /** The template filled from a frozen decision version (or sample values for a preview). */
  blocks: readonly RenderedBlock[];
  title: string;
  author: string;
  /** ISO 639-3 of the letter, for the PDF's language tag. */
  language: string;
  /** Printed across every page of anything that is not the issued decision ("PROYECTO"). */
  watermark: string | null;
  /** Small print in the footer so a copy can be checked against the record (decision id and version). */
  reference: string;
  /** Fixed for an issued letter so that rendering is deterministic. */
  createdAt: Date;
  /** "Página {n} de {total}" in the letter's language. */
  pageLabel: (page: number, total: number) => string;
}

const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#1f3a5f';
const pageMargins: [number, number, number, number] = [62, 56, 62, 64];

function blockContent(block: RenderedBlock, index: number): Content {
  switch (block.type) {
    case 'heading':
      return {
        ...wrappingText(block.text),
        bold: true,
        fontSize: index === 0 ? 13 : 11,
        color: accent,
        alignment: index === 0 ? 'center' : 'left',
        margin: [0, index === 0 ? 0 : 14, 0, 6],
      };
    case 'paragraph':
      return {
        ...wrappingText(block.text),
        // A token that may break between any two characters would be letter-spaced by justification.
        alignment: hasBreakableToken(block.text) ? 'left' : 'justify',
        margin: [0, 0, 0, 8],
      };
    case 'list':
      return {
        ul: block.items.map((item) => ({ ...wrappingText(item), margin: [0, 0, 0, 3] })),
        markerColor: muted,
        margin: [0, 0, 0, 8],
      };
    case 'signature':
      return {
        stack: [
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.75, lineColor: ink }] },
          ...block.lines.map((line) => ({ ...wrappingText(line), fontSize: 9.5, margin: [0, 3, 0, 0] })),
        ],
        margin: [0, 48, 0, 0],
        unbreakable: true,
      } as Content;
  }
}

function definition(input: DecisionLetterInput): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins,
    language: input.language,
    info: { title: input.title, author: input.author, creator: 'Refugio', creationDate: input.createdAt },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, color: ink, lineHeight: 1.2 },
    ...(input.watermark
      ? { watermark: { text: input.watermark, color: '#b00020', opacity: 0.12, bold: true } }
      : {}),
    content: input.blocks.map(blockContent),
    footer: (currentPage, pageCount) => ({
      margin: [pageMargins[0], 20, pageMargins[2], 0],
      fontSize: 7.5,
      color: muted,
      columns: [
        { width: '*', ...wrappingText(input.reference) },
        { width: 'auto', text: input.pageLabel(currentPage, pageCount), alignment: 'right' },
      ],
    }),
  };
}

/**
 * A decision letter (resolución) from a filled model resolution: the blocks in order, each value
 * printed as plain text. A draft carries a watermark across every page; the issued letter has none and
 * is rendered once, stored and re-served byte for byte.
 */
export function renderDecisionLetter(input: DecisionLetterInput): Promise<Buffer> {
  return renderPdf(definition(input));
}
