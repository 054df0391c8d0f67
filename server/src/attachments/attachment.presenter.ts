import type { AttachmentView } from '@refugio/contract';
import type { AttachmentRow } from './attachment.repository';

/** The fields of an attachment that leave the server (name and description already opened). */
export function presentAttachment(
  row: AttachmentRow,
  opened: { fileName: string; description: string },
): AttachmentView {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    category: row.category,
    fileName: opened.fileName,
    description: opened.description,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedBy: row.uploaded_by ? { id: row.uploaded_by, name: row.uploader_name ?? '' } : null,
  };
}
