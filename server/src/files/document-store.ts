/**
 * Where the encrypted bytes of case documents are kept. The store sees only ciphertext and opaque
 * keys; which case a document belongs to, and who may read it, live in the database. Disk is the
 * default (`disk-document-store.ts`); an S3-compatible store implements the same interface.
 */
export interface DocumentStore {
  /** Writes an object durably: when this resolves, the bytes survive a crash. */
  put(key: string, content: Buffer): Promise<void>;
  /** The object's bytes; throws `DocumentMissingError` when there is none. */
  get(key: string): Promise<Buffer>;
  /** Removes an object; removing one that does not exist is not an error. */
  remove(key: string): Promise<void>;
  /** Every object with its last modification, for the orphan sweep. */
  list(): AsyncIterable<{ key: string; modifiedAt: Date }>;
  /** Removes unfinished writes older than `before` (a crash between the temporary file and its rename). */
  removeUnfinished(before: Date): Promise<number>;
}

export class DocumentMissingError extends Error {
  constructor() {
    super('The stored document is missing');
    this.name = 'DocumentMissingError';
  }
}

/** Keys are generated ids: nothing a client sends ever becomes a path. */
export const isStorageKey = (key: string): boolean => /^[0-9a-f-]{36}$/.test(key);
