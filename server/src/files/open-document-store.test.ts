import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3TestServer, unusedEndpoint, type S3TestServer } from '../../test/harness/s3-test-server';
import { openDocumentStore } from './open-document-store';

describe('openDocumentStore', () => {
  let server: S3TestServer;
  const root = mkdtempSync(join(tmpdir(), 'refugio-open-store-'));
  // Starting the server's process takes seconds on a loaded machine.
  beforeAll(async () => {
    server = await startS3TestServer();
  }, 60_000);
  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
    await server?.close();
  });

  it('opens the disk store in the documents directory by default', async () => {
    const opened = await openDocumentStore({ documentStore: { kind: 'disk' }, documentsDir: root });
    const key = randomUUID();
    await opened.store.put(key, Buffer.from('sealed'));
    expect(readdirSync(join(root, key.slice(0, 2)))).toEqual([key]);
    expect(opened.description).toBe(`encrypted files in ${root}`);
    opened.close();
  });

  it('opens a reachable S3 store, checked, and keeps documents in its bucket under the prefix', async () => {
    const opened = await openDocumentStore({
      documentStore: { kind: 's3', ...server.settings('refugio/mx/') },
      documentsDir: root,
    });
    try {
      const key = randomUUID();
      await opened.store.put(key, Buffer.from('sealed'));
      expect((await server.objects()).map((o) => o.name)).toEqual([`refugio/mx/${key}`]);
      expect(opened.description).toBe(
        `encrypted objects in the S3 bucket "${server.bucket}" under "refugio/mx/"`,
      );
    } finally {
      opened.close();
    }
  });

  it('warns, naming the directory, when documents of the disk store remain while S3 is in use', async () => {
    const settings = { kind: 's3' as const, ...server.settings('warned/') };
    const before = await openDocumentStore({
      documentStore: settings,
      documentsDir: join(root, 'never-used'),
    });
    expect(before.warning).toBeUndefined();
    before.close();
    // The disk store test above left a document in `root`.
    const after = await openDocumentStore({ documentStore: settings, documentsDir: root });
    expect(after.warning).toBe(
      `documents of the disk store remain in ${root}: they are not in the S3 bucket and cannot be downloaded until \`refugio documents copy\` copies them there`,
    );
    after.close();
  });

  it('refuses to open an S3 store nothing answers for, with a message naming endpoint and bucket', async () => {
    const endpoint = await unusedEndpoint();
    await expect(
      openDocumentStore({
        documentStore: { kind: 's3', ...server.settings(), endpoint },
        documentsDir: root,
      }),
    ).rejects.toThrow(
      `Cannot use the S3 document store (bucket "${server.bucket}" at ${endpoint}): S3 ListObjectsV2 failed: the store could not be reached (ECONNREFUSED)`,
    );
  });
});
