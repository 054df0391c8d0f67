import { fileTypeFromBuffer } from 'file-type';
import {
  attachmentMediaTypes,
  type AttachmentMediaType,
  type AttachmentRefusalCode,
} from '@refugio/contract';

export type FileKind =
  { ok: true; mediaType: AttachmentMediaType } | { ok: false; code: AttachmentRefusalCode; message: string };

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/**
 * The kind of an uploaded file, judged from its content (magic numbers, and for office documents
 * the parts inside the ZIP), never from the name or the client's word; the name's extension must
 * agree with what the content is.
 */
export async function detectFileKind(content: Buffer, fileName: string): Promise<FileKind> {
  if (content.length === 0) return { ok: false, code: 'empty', message: 'The file is empty' };
  const detected = await fileTypeFromBuffer(content);
  const mediaType = detected?.mime as string | undefined;
  if (!mediaType || !(mediaType in attachmentMediaTypes)) {
    return {
      ok: false,
      code: 'type_not_allowed',
      message: `The content is ${detected ? `of type ${detected.mime}` : 'of an unknown type'}: accepted are PDF, JPEG, PNG, WebP, TIFF, DOCX, XLSX, ODT and ODS`,
    };
  }
  const kind = mediaType as AttachmentMediaType;
  const extensions: readonly string[] = attachmentMediaTypes[kind];
  if (!extensions.includes(extensionOf(fileName))) {
    return {
      ok: false,
      code: 'type_mismatch',
      message: `The content is ${extensions[0]!.toUpperCase()} but the file name ends in ".${extensionOf(fileName)}"`,
    };
  }
  return { ok: true, mediaType: kind };
}
