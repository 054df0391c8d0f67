import { MAX_COI_FILE_BYTES } from '@refugio/contract';
import { AppError, validationFailed } from '../errors/app-error';

/** A PDF the library accepts: not empty, at most 10 MB, and a PDF by its first bytes (not by its name). */
export function checkPdf(content: Buffer, path: string): Buffer {
  if (content.length > MAX_COI_FILE_BYTES)
    throw new AppError('payload_too_large', 'The file is larger than 10 MB');
  if (content.length === 0) throw validationFailed([{ path, code: 'empty', message: 'The file is empty' }]);
  if (content.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw new AppError('unsupported_media_type', 'Only PDF files can be attached', [
      { path, code: 'not_pdf', message: 'The file is not a PDF' },
    ]);
  return content;
}
