import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ContentText, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

// pdfmake is CommonJS that assigns an instance to `module.exports`, so Node's ESM loader cannot see its
// named exports; `require` gives the same object under Node, tsx and Vitest alike.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');

const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** pdfmake's in-memory file system (`pdfmake.virtualfs`, untyped in @types/pdfmake). */
interface VirtualFileSystem {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}
const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;

const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

// Names in pdfmake's virtual file system, under a prefix of our own so that nothing else sharing the
// process's pdfmake can shadow them.
const virtualName = (file: string) => `refugio-fonts/${file}`;

/** Roboto ships with pdfmake and covers Spanish (á é í ó ú ñ ü ¿ ¡) and the other Latin scripts in the caseload. */
const fonts: TFontDictionary = {
  Roboto: {
    normal: virtualName(fontFiles.normal),
    bold: virtualName(fontFiles.bold),
    italics: virtualName(fontFiles.italics),
    bolditalics: virtualName(fontFiles.bolditalics),
  },
};

/**
 * Reads the font files into pdfmake's virtual file system once per process, so a document never touches
 * the disk. (Measured in docs/BENCHMARKS.md "letters": the reads were a few milliseconds of a letter; the
 * rest is pdfkit parsing and shaping with the font, which pdfmake redoes for every document.)
 */
function loadFonts(): void {
  for (const file of Object.values(fontFiles)) {
    if (!virtualfs.existsSync(virtualName(file)))
      virtualfs.writeFileSync(virtualName(file), readFileSync(path.join(fontDir, file)));
  }
}

/**
 * Renders a pdfmake document definition to PDF bytes. Documents never fetch anything: remote URLs are
 * refused outright and so is every local file (the fonts come from memory), so a value that happens to
 * look like a path or URL can never make the server read a file or call out.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  loadFonts();
  // pdfmake keeps fonts and policies on a process-wide singleton; setting them on every call (cheap and
  // synchronous, read by createPdf straight away) means another module configuring pdfmake cannot change
  // how these documents render or what they may read.
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake.createPdf(definition).getBuffer();
}

// Longer than any real word in a name or an address, shorter than the narrowest column we print into.
const longToken = /\S{30,}/;

// A place inside a word where pdfmake's line breaker (Unicode UAX #14) may break although there is no
// space: after a hyphen (Pierre-Louis), a slash (y/o), a dash or an opening bracket before a letter.
const innerBreak = /[^\p{L}\p{M}\p{N}\s][\p{L}\p{M}\p{N}]/u;

// A word with the spaces after it on the same line; any other run of spaces (one holding a line break)
// stands alone, so that a line break is never inside an unbreakable piece.
const tokenPattern = /\S+[^\S\r\n]*|\s+/g;

type TextPiece = string | { text: string; noWrap?: boolean; wordBreak?: 'break-all' };

/**
 * Text that always fits its column and keeps each word whole.
 *
 * - pdfmake breaks lines at spaces and also inside words (after a hyphen), and each piece it breaks into
 *   gets its share of a justified line's extra space: "Pierre-Louis" printed as "Pierre- Louis", or split
 *   over two lines. A word holding such a place is given as one unbreakable piece (`noWrap`) with the
 *   spaces after it, so that lines break, and justification stretches, only at spaces.
 * - One very long token (a mistyped name, a pasted identifier) would widen its table and push the rest
 *   off the page: such tokens may break between any two characters.
 */
export function wrappingText(value: string): ContentText {
  if (!longToken.test(value) && !innerBreak.test(value)) return { text: value };
  const pieces: TextPiece[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') pieces.push(plain);
    plain = '';
  };
  for (const token of value.match(tokenPattern) ?? []) {
    if (longToken.test(token)) {
      flush();
      pieces.push({ text: token, wordBreak: 'break-all' });
    } else if (innerBreak.test(token)) {
      flush();
      pieces.push({ text: token, noWrap: true });
    } else {
      plain += token;
    }
  }
  flush();
  return { text: pieces };
}

/** Whether some token of the text may break between any two characters (see `wrappingText`). */
export function hasBreakableToken(value: string): boolean {
  return longToken.test(value);
}
