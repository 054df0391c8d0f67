import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AttachmentUploadQuery, type AttachmentList, type AttachmentView } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { caseCipher, existingCaseCipher, type CaseCipher } from '../crypto/case-cipher';
import { documentAad, SealedValueError, type FieldPlace } from '../crypto/envelope';
import type { Keyring } from '../crypto/master-key';
import { AppError, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { DocumentMissingError, type DocumentStore } from '../files/document-store';
import {
  findAttachmentById,
  findAttachmentsOfCase,
  insertAttachment,
  personBelongsToCase,
  type AttachmentRow,
} from './attachment.repository';
import { presentAttachment } from './attachment.presenter';
import { detectFileKind } from './file-kind';

/** What the attachment use cases need beside the database. */
export interface DocumentDeps {
  keyring: Keyring;
  store: DocumentStore;
  maxBytes: number;
}

const place = (id: string, column: 'file_name' | 'description'): FieldPlace => ({
  table: 'attachments',
  column,
  rowId: id,
});

function present(row: AttachmentRow, cipher: CaseCipher): AttachmentView {
  return presentAttachment(row, {
    fileName: cipher.openText(place(row.id, 'file_name'), row.file_name),
    description: cipher.openText(place(row.id, 'description'), row.description),
  });
}

/**
 * Adds a document to a case: the type judged from the content, SHA-256 of the plaintext recorded, the
 * bytes sealed under the case's data key and written to the store (durably) before the row is
 * committed with its audit entry; a row that fails to commit leaves a file the orphan sweep removes.
 */
export async function uploadAttachment(
  db: Kysely<DB>,
  deps: DocumentDeps,
  actor: Actor,
  caseId: string,
  rawQuery: unknown,
  content: Buffer,
): Promise<AttachmentView> {
  const input = parseOrThrow(AttachmentUploadQuery, rawQuery);
  if (content.length > deps.maxBytes)
    throw new AppError('payload_too_large', `The file is larger than ${deps.maxBytes} bytes`, [
      { path: 'file', code: 'too_large', message: `At most ${deps.maxBytes} bytes` },
    ]);
  const kind = await detectFileKind(content, input.fileName);
  if (!kind.ok) {
    if (kind.code === 'empty')
      throw validationFailed([{ path: 'file', code: kind.code, message: kind.message }]);
    throw new AppError('unsupported_media_type', kind.message, [
      { path: 'file', code: kind.code, message: kind.message },
    ]);
  }
  // The case is authorised and its data key made (committed) before anything is written.
  const cipher = await db.transaction().execute(async (trx) => {
    await findCaseToActOn(trx, actor, caseId, 'attachment.upload');
    if (input.personId && !(await personBelongsToCase(trx, input.personId, caseId)))
      throw validationFailed([
        { path: 'personId', code: 'not_in_case', message: 'The person is not part of this case' },
      ]);
    return caseCipher(trx, deps.keyring, caseId);
  });
  const id = randomUUID();
  const sha256 = createHash('sha256').update(content).digest('hex');
  await deps.store.put(id, cipher.sealBytes(documentAad(id), content));
  try {
    return await db.transaction().execute(async (trx) => {
      await findCaseToActOn(trx, actor, caseId, 'attachment.upload');
      await insertAttachment(trx, {
        id,
        case_id: caseId,
        person_id: input.personId ?? null,
        category: input.category,
        file_name: cipher.sealText(place(id, 'file_name'), input.fileName),
        description: cipher.sealText(place(id, 'description'), input.description),
        media_type: kind.mediaType,
        size_bytes: content.length,
        sha256,
        storage_key: id,
        uploaded_by: actor.id,
      });
      await recordAudit(trx, actor, {
        action: 'attachment.uploaded',
        caseId,
        details: {
          attachmentId: id,
          category: input.category,
          mediaType: kind.mediaType,
          sizeBytes: content.length,
          sha256,
        },
      });
      return present((await findAttachmentById(trx, id))!, cipher);
    });
  } catch (error) {
    await deps.store.remove(id).catch(() => undefined);
    throw error;
  }
}

const integrityFailed = () =>
  new AppError('internal', 'The stored document failed its integrity check: it was not sent');

/** The stored bytes opened; a missing, altered or misplaced file is an integrity failure, never sent. */
async function openStored(deps: DocumentDeps, cipher: CaseCipher, row: AttachmentRow): Promise<Buffer> {
  try {
    return cipher.openBytes(documentAad(row.id), await deps.store.get(row.storage_key));
  } catch (error) {
    if (error instanceof DocumentMissingError || error instanceof SealedValueError) throw integrityFailed();
    throw error;
  }
}

/** A case's documents (names opened), for those who may act on the case; audited with the count. */
export async function listAttachments(
  db: Kysely<DB>,
  deps: DocumentDeps,
  actor: Actor,
  caseId: string,
): Promise<AttachmentList> {
  return db.transaction().execute(async (trx) => {
    await findCaseToActOn(trx, actor, caseId, 'attachment.list');
    const rows = await findAttachmentsOfCase(trx, caseId);
    const cipher = rows.length > 0 ? await existingCaseCipher(trx, deps.keyring, caseId) : null;
    await recordAudit(trx, actor, { action: 'attachment.listed', caseId, details: { count: rows.length } });
    return {
      attachments: cipher ? rows.map((row) => present(row, cipher)) : [],
      maxBytes: deps.maxBytes,
    };
  });
}

/**
 * A document's plaintext for download: the case policy first (another office's document is "not
 * found"), then the bytes opened and checked against the SHA-256 recorded at upload; audited.
 */
export async function downloadAttachment(
  db: Kysely<DB>,
  deps: DocumentDeps,
  actor: Actor,
  attachmentId: string,
): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await findAttachmentById(trx, attachmentId);
    if (!row) {
      await recordAudit(trx, actor, { action: 'case.read_denied', details: { attachmentId } });
      throw notFound('Document not found');
    }
    await findCaseToActOn(trx, actor, row.case_id, 'attachment.download');
    const cipher = await existingCaseCipher(trx, deps.keyring, row.case_id);
    if (!cipher) throw new AppError('not_found', 'The document has been destroyed');
    const content = await openStored(deps, cipher, row);
    if (createHash('sha256').update(content).digest('hex') !== row.sha256) throw integrityFailed();
    await recordAudit(trx, actor, {
      action: 'attachment.downloaded',
      caseId: row.case_id,
      details: { attachmentId: row.id, sha256: row.sha256 },
    });
    return {
      content,
      mediaType: row.media_type,
      fileName: cipher.openText(place(row.id, 'file_name'), row.file_name),
    };
  });
}
