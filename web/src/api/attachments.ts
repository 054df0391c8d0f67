import { ApiError, AttachmentList, AttachmentView, type AttachmentCategory } from '@refugio/contract';
import { ApiFailure, antiForgeryHeaders, request } from './client';

const v1 = '/api/v1';

export const listAttachments = (caseId: string, signal?: AbortSignal) =>
  request(`${v1}/cases/${encodeURIComponent(caseId)}/attachments`, { schema: AttachmentList, signal });

/** Where the browser downloads a document (a plain link: the session cookie goes with it). */
export const attachmentContentUrl = (attachmentId: string) =>
  `${v1}/attachments/${encodeURIComponent(attachmentId)}/content`;

export interface UploadMetadata {
  category: AttachmentCategory;
  description: string;
  personId?: string;
}

function failureOf(xhr: XMLHttpRequest): ApiFailure {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    body = undefined;
  }
  const parsed = ApiError.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiFailure(xhr.status, code, message, fields ?? []);
  }
  return new ApiFailure(
    xhr.status,
    xhr.status === 413 ? 'payload_too_large' : 'unexpected',
    `HTTP ${xhr.status}`,
  );
}

/**
 * Uploads a file as the raw body, metadata in the query. Through XMLHttpRequest because fetch
 * reports no upload progress: `onProgress` gets the fraction sent (0–1).
 */
export function uploadAttachment(
  caseId: string,
  file: File,
  metadata: UploadMetadata,
  onProgress: (fraction: number) => void,
): Promise<AttachmentView> {
  const query = new URLSearchParams({
    fileName: file.name,
    category: metadata.category,
    description: metadata.description,
    ...(metadata.personId ? { personId: metadata.personId } : {}),
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${v1}/cases/${encodeURIComponent(caseId)}/attachments?${query.toString()}`);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(antiForgeryHeaders)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiFailure(0, 'network', 'Network error'));
    xhr.onload = () => {
      if (xhr.status !== 201) return reject(failureOf(xhr));
      const parsed = AttachmentView.safeParse(JSON.parse(xhr.responseText));
      if (!parsed.success) return reject(new ApiFailure(xhr.status, 'unexpected', 'Unexpected answer'));
      resolve(parsed.data);
    };
    xhr.send(file);
  });
}
