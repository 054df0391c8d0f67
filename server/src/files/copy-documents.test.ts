import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config/config';
import { startS3TestServer, type S3TestServer } from '../../test/harness/s3-test-server';
import { copyDocuments, documentsCopyCommand } from './copy-documents';
import { diskDocumentStore } from './disk-document-store';
import type { DocumentStore } from './document-store';
import { s3DocumentStore, type S3DocumentStore } from './s3-document-store';

describe('copyDocuments (disk store to S3)', () => {
  let server: S3TestServer;
  let target: S3DocumentStore;
  const root = mkdtempSync(join(tmpdir(), 'refugio-copy-'));
  const source = diskDocumentStore(root);
  const originals = new Map<string, Buffer>();
  // Starting the server's process takes seconds on a loaded machine.
  beforeAll(async () => {
    server = await startS3TestServer();
    target = s3DocumentStore(server.settings('copied/'), { pageSize: 2 });
    for (let i = 0; i < 5; i++) {
      const key = randomUUID();
      originals.set(key, randomBytes(1000 + i));
      await source.put(key, originals.get(key)!);
    }
  }, 60_000);
  afterAll(async () => {
    target?.close();
    rmSync(root, { recursive: true, force: true });
    await server?.close();
  });

  const contents = async (store: DocumentStore) => {
    const out = new Map<string, Buffer>();
    for await (const { key } of store.list()) out.set(key, await store.get(key));
    return out;
  };

  it('copies every document under its key, byte for byte, leaving the source as it was', async () => {
    const progress: number[] = [];
    expect(await copyDocuments(source, target, (done) => progress.push(done))).toEqual({
      copied: 5,
      alreadyThere: 0,
    });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(await contents(target)).toEqual(originals);
    expect(await contents(source)).toEqual(originals);
  });

  it('copies only what is missing or different when run again', async () => {
    const [first, second] = [...originals.keys()];
    await target.remove(first!);
    await target.put(second!, Buffer.from('damaged'));
    expect(await copyDocuments(source, target)).toEqual({ copied: 2, alreadyThere: 3 });
    expect(await contents(target)).toEqual(originals);
  });

  it('`refugio documents copy` copies a disk directory into the configured bucket, and wants S3 configured', async () => {
    const env = {
      REFUGIO_DATA_DIR: root,
      REFUGIO_DOCUMENT_STORE: 's3',
      REFUGIO_S3_ENDPOINT: server.endpoint,
      REFUGIO_S3_REGION: 'us-east-1',
      REFUGIO_S3_BUCKET: server.bucket,
      REFUGIO_S3_PREFIX: 'by-command',
      REFUGIO_S3_ACCESS_KEY_ID: 'S3RVER',
      REFUGIO_S3_SECRET_ACCESS_KEY: 'S3RVER',
      REFUGIO_S3_FORCE_PATH_STYLE: '1',
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await documentsCopyCommand(loadConfig(env), { from: root });
      expect(warn).toHaveBeenLastCalledWith(
        `Copied 5 document(s); 0 were already there. ${root} was not changed.`,
      );
    } finally {
      warn.mockRestore();
    }
    const names = (await server.objects()).map((o) => o.name).filter((n) => n.startsWith('by-command/'));
    expect(names.sort()).toEqual([...originals.keys()].map((k) => `by-command/${k}`).sort());
    await expect(documentsCopyCommand(loadConfig({ REFUGIO_DATA_DIR: root }), {})).rejects.toThrow(
      /^REFUGIO_DOCUMENT_STORE must be "s3"/,
    );
  });
});
