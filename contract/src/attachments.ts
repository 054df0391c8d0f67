import { z } from 'zod';

/** What a document uploaded to a case is. */
export const attachmentCategories = [
  'identity_document',
  'medical_report',
  'evidence',
  'correspondence',
  'other',
] as const;
export const AttachmentCategory = z.enum(attachmentCategories);
export type AttachmentCategory = z.infer<typeof AttachmentCategory>;

/** The kinds of file a case accepts, detected from the content (never from the name alone). */
export const attachmentMediaTypes = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/tiff': ['tif', 'tiff'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
} as const satisfies Record<string, readonly string[]>;
export type AttachmentMediaType = keyof typeof attachmentMediaTypes;

/**
 * Field codes of a refused file (path `file`): empty, too large, a kind not accepted, or a content that
 * disagrees with the file name's extension.
 */
export const attachmentRefusalCodes = ['empty', 'too_large', 'type_not_allowed', 'type_mismatch'] as const;
export type AttachmentRefusalCode = (typeof attachmentRefusalCodes)[number];

/**
 * The metadata of an upload, sent as query parameters beside the raw body
 * (`Content-Type: application/octet-stream`).
 */
export const AttachmentUploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine(
      (name) => ![...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 32),
      'A file name without slashes or control characters',
    ),
  category: AttachmentCategory,
  personId: z.uuid().optional(),
  description: z.string().trim().max(2000).default(''),
});
export type AttachmentUploadQuery = z.infer<typeof AttachmentUploadQuery>;

export const AttachmentView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  personId: z.uuid().nullable(),
  category: AttachmentCategory,
  fileName: z.string(),
  description: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const AttachmentList = z.object({
  attachments: z.array(AttachmentView),
  /** The largest file the server accepts, in bytes. */
  maxBytes: z.number().int(),
});
export type AttachmentList = z.infer<typeof AttachmentList>;
