import type { DocumentStore } from './document-store';
import { diskDocumentStore } from './disk-document-store';
import type { DocumentStoreConfig } from './document-store.config';

export interface OpenedDocumentStore {
  store: DocumentStore;
  /** Where documents are kept, for the start message (no credentials). */
  description: string;
  /** Releases the store's connections (nothing for disk). */
  close(): void;
  /** Set when documents of the disk store remain in the documents directory while S3 is in use. */
  warning?: string;
}

/**
 * The configured document store, checked before the server takes requests: an S3 bucket that cannot
 * be reached, or that these credentials may not write, read and delete in, stops the start with a
 * message naming the bucket and what failed, instead of failing every upload later.
 */
export async function openDocumentStore(config: {
  documentStore: DocumentStoreConfig;
  documentsDir: string;
}): Promise<OpenedDocumentStore> {
  const settings = config.documentStore;
  if (settings.kind === 'disk')
    return {
      store: diskDocumentStore(config.documentsDir),
      description: `encrypted files in ${config.documentsDir}`,
      close: () => undefined,
    };
  // The AWS SDK is loaded only when documents go to S3.
  const { s3DocumentStore } = await import('./s3-document-store');
  const store = s3DocumentStore(settings);
  try {
    await store.check();
  } catch (error) {
    store.close();
    throw error;
  }
  // Switching an installation to S3 leaves its earlier documents on disk, where downloads no longer look.
  const onDisk = diskDocumentStore(config.documentsDir).list()[Symbol.asyncIterator]();
  const leftOnDisk = !(await onDisk.next()).done;
  await onDisk.return?.();
  return {
    store,
    description: `encrypted objects in the S3 bucket "${settings.bucket}"${settings.prefix ? ` under "${settings.prefix}"` : ''}`,
    close: () => store.close(),
    ...(leftOnDisk
      ? {
          warning: `documents of the disk store remain in ${config.documentsDir}: they are not in the S3 bucket and cannot be downloaded until \`refugio documents copy\` copies them there`,
        }
      : {}),
  };
}
