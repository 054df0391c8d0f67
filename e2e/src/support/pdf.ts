import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Download, Page } from 'playwright-core';

const run = promisify(execFile);

export interface DownloadedPdf {
  /** The name the server suggested (Content-Disposition). */
  filename: string;
  /** The first bytes as text: a PDF starts with `%PDF-`. */
  header: string;
  /** The text a reader sees, from poppler's pdftotext, with runs of white space made one space. */
  text: string;
}

async function readPdf(keepAs: string, filename: string): Promise<DownloadedPdf> {
  const bytes = await readFile(keepAs);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', keepAs, '-'], { encoding: 'utf8' });
  return {
    filename,
    header: bytes.subarray(0, 5).toString('latin1'),
    text: stdout.replace(/\s+/g, ' '),
  };
}

/** Saves a download where a person can open it later and reads it back as a PDF. */
export async function readDownloadedPdf(download: Download, keepAs: string): Promise<DownloadedPdf> {
  await download.saveAs(keepAs);
  return readPdf(keepAs, download.suggestedFilename());
}

/**
 * Reads the PDF a link opened in a new tab. Chromium shows it in its own viewer, whose page holds no
 * text to read, so the file is asked for again at the tab's address with the tab's session cookie,
 * kept where a person can open it, and read.
 */
export async function readOpenedPdf(tab: Page, keepAs: string): Promise<DownloadedPdf> {
  const response = await tab.context().request.get(tab.url());
  if (!response.ok()) throw new Error(`The PDF at ${tab.url()} answered ${response.status()}`);
  await writeFile(keepAs, await response.body());
  const disposition = response.headers()['content-disposition'] ?? '';
  return readPdf(keepAs, /filename="([^"]+)"/.exec(disposition)?.[1] ?? '');
}
