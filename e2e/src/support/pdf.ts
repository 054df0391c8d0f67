import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Download } from 'playwright-core';

const run = promisify(execFile);

export interface DownloadedPdf {
  /** The name the server suggested (Content-Disposition). */
  filename: string;
  /** The first bytes as text: a PDF starts with `%PDF-`. */
  header: string;
  /** The text a reader sees, from poppler's pdftotext, with runs of white space made one space. */
  text: string;
}

/** Saves a download where a person can open it later and reads it back as a PDF. */
export async function readDownloadedPdf(download: Download, keepAs: string): Promise<DownloadedPdf> {
  await download.saveAs(keepAs);
  const bytes = await readFile(keepAs);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', keepAs, '-'], { encoding: 'utf8' });
  return {
    filename: download.suggestedFilename(),
    header: bytes.subarray(0, 5).toString('latin1'),
    text: stdout.replace(/\s+/g, ' '),
  };
}
