import { createRequire } from 'node:module';
import path from 'node:path';
import type { ContentText, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

// pdfmake is CommonJS that assigns an instance to `module.exports`, so Node's ESM loader cannot see its
// named exports; `require` gives the same object under Node, tsx and Vitest alike.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');

const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** Roboto ships with pdfmake and covers Spanish (á é í ó ú ñ ü ¿ ¡) and the other Latin scripts in the caseload. */
const fonts: TFontDictionary = {
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
};

const isFontFile = (file: string) => path.resolve(file).startsWith(fontDir + path.sep);

/**
 * Renders a pdfmake document definition to PDF bytes. Documents never fetch anything: remote URLs are
 * refused outright and local reads are limited to the bundled fonts, so a value that happens to look like
 * a path or URL can never make the server read a file or call out.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // pdfmake keeps fonts and policies on a process-wide singleton; setting them on every call (cheap and
  // synchronous, read by createPdf straight away) means another module configuring pdfmake cannot change
  // how these documents render or what they may read.
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isFontFile);
  return pdfmake.createPdf(definition).getBuffer();
}

// Longer than any real word in a name or an address, shorter than the narrowest column we print into.
const longToken = /(\S{30,})/;

/**
 * Text that always fits its column. pdfmake breaks lines only at spaces and hyphens, so one very long token
 * (a mistyped name, a pasted identifier) would widen its table and push the rest off the page. Such tokens
 * may break between any two characters; ordinary words still wrap whole.
 */
export function wrappingText(value: string): ContentText {
  if (!longToken.test(value)) return { text: value };
  const pieces = value.split(longToken).filter((piece) => piece !== '');
  return {
    text: pieces.map((piece) => (longToken.test(piece) ? { text: piece, wordBreak: 'break-all' } : piece)),
  };
}
