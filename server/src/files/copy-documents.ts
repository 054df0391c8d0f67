import { resolve } from 'node:path';
import type { Config } from '../config/config';
import type { DocumentStore } from './document-store';
import { diskDocumentStore } from './disk-document-store';
import { openDocumentStore } from './open-document-store';

export interface CopyResult {
  /** Objects written to the target and read back identical. */
  copied: number;
  /** Objects the target already held with the same bytes (a rerun after an interruption). */
  alreadyThere: number;
}

/**
 * Copies every document of `source` into `target` under the same key, reading each back to check it
 * arrived whole. The source is never changed; an interrupted copy is simply run again. The bytes are
 * ciphertext either way: nothing is decrypted, and no key is needed.
 */
export async function copyDocuments(
  source: DocumentStore,
  target: DocumentStore,
  onProgress: (done: number) => void = () => undefined,
): Promise<CopyResult> {
  const result: CopyResult = { copied: 0, alreadyThere: 0 };
  for await (const { key } of source.list()) {
    const content = await source.get(key);
    const existing = await target.get(key).catch(() => undefined);
    if (existing?.equals(content)) {
      result.alreadyThere++;
    } else {
      await target.put(key, content);
      if (!(await target.get(key)).equals(content))
        throw new Error(`The copy of document ${key} differs from the original; nothing was removed`);
      result.copied++;
    }
    onProgress(result.copied + result.alreadyThere);
  }
  return result;
}

/**
 * `refugio documents copy [--from <dir>]`: moving an installation from the disk store to S3. Copies the
 * encrypted documents of the disk store (default `<data dir>/documents`) into the configured S3 store,
 * checked first. Run it with the server stopped (or again after starting it, to catch uploads made in
 * between), then remove the directory once the server runs on S3.
 */
export async function documentsCopyCommand(config: Config, options: { from?: string }): Promise<void> {
  if (config.documentStore.kind !== 's3')
    throw new Error(
      'REFUGIO_DOCUMENT_STORE must be "s3" (with its REFUGIO_S3_* settings): the copy goes into S3',
    );
  const from = resolve(options.from ?? `${config.dataDir}/documents`);
  const target = await openDocumentStore(config);
  try {
    console.warn(`Copying the documents in ${from} into ${target.description}…`);
    const result = await copyDocuments(diskDocumentStore(from), target.store, (done) => {
      if (done % 500 === 0) console.warn(`${done} document(s)…`);
    });
    console.warn(
      `Copied ${result.copied} document(s); ${result.alreadyThere} were already there. ${from} was not changed.`,
    );
  } finally {
    target.close();
  }
}
