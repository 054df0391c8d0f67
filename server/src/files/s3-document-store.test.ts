import { createHash, randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  silentEndpoint,
  startS3TestServer,
  unusedEndpoint,
  type S3TestServer,
} from '../../test/harness/s3-test-server';
import { documentStoreConformance } from './document-store.conformance';
import {
  describeS3Failure,
  DocumentStoreError,
  s3DocumentStore,
  type S3DocumentStore,
} from './s3-document-store';

describe('the S3 document store (s3rver on loopback)', () => {
  let server: S3TestServer;
  const stores: S3DocumentStore[] = [];
  const open = (...args: Parameters<typeof s3DocumentStore>) => {
    const store = s3DocumentStore(...args);
    stores.push(store);
    return store;
  };
  // Starting the server's process takes seconds on a loaded machine.
  beforeAll(async () => {
    server = await startS3TestServer();
  }, 60_000);
  afterAll(async () => {
    for (const store of stores) store.close();
    await server?.close();
  });

  describe('conforms to DocumentStore', () => {
    // Each test gets a prefix of its own in the one bucket, so its listing starts empty.
    documentStoreConformance(
      () => Promise.resolve(open(server.settings(`t/${randomUUID()}/`), { pageSize: 3 })),
      3,
    );
  });

  it('keeps stores with different prefixes in one bucket apart, and names objects <prefix><key>', async () => {
    const mexico = open(server.settings('mx/'), { pageSize: 2 });
    const guatemala = open(server.settings('gt/'), { pageSize: 2 });
    const key = randomUUID();
    const otherKey = randomUUID();
    await mexico.put(key, Buffer.from('ciphertext of Mexico'));
    await guatemala.put(otherKey, Buffer.from('ciphertext of Guatemala'));
    await expect(guatemala.get(key)).rejects.toThrow('The stored document is missing');
    await guatemala.remove(key);
    expect((await mexico.get(key)).toString()).toBe('ciphertext of Mexico');
    const listed = async (store: S3DocumentStore) => {
      const keys: string[] = [];
      for await (const object of store.list()) keys.push(object.key);
      return keys;
    };
    expect(await listed(mexico)).toEqual([key]);
    expect(await listed(guatemala)).toEqual([otherKey]);
    const names = (await server.objects()).map((o) => o.name);
    expect(names).toContain(`mx/${key}`);
    expect(names).toContain(`gt/${otherKey}`);
  });

  it('lists, without a prefix, only objects named by a storage key at the top of the bucket', async () => {
    const bare = open(server.settings(''), { pageSize: 2 });
    const key = randomUUID();
    await bare.put(key, Buffer.from('top level'));
    await server.client.send(
      new PutObjectCommand({
        Bucket: server.bucket,
        Key: 'notes.txt',
        Body: 'x',
        ContentMD5: createHash('md5').update('x').digest('base64'),
      }),
    );
    const keys: string[] = [];
    for await (const object of bare.list()) keys.push(object.key);
    // Other tests' objects live under "t/…", "mx/" and "gt/": none of them is a top-level storage key.
    expect(keys).toEqual([key]);
  });

  it('sends a checksum that the server verifies: the test server refuses a put whose bytes do not match', async () => {
    const wrong = server.client.send(
      new PutObjectCommand({
        Bucket: server.bucket,
        Key: `checks/${randomUUID()}`,
        Body: Buffer.from('what was sent'),
        ContentMD5: 'AAAAAAAAAAAAAAAAAAAAAA==',
      }),
    );
    await expect(wrong).rejects.toMatchObject({ name: 'BadDigest' });
    // The store's own puts pass the same check (and a put without a checksum would be refused).
    const store = open(server.settings('checks/'));
    const key = randomUUID();
    await store.put(key, Buffer.from('sealed bytes'));
    expect((await store.get(key)).toString()).toBe('sealed bytes');
  });

  it('passes the start check on a reachable bucket, leaving no probe object behind', async () => {
    const store = open(server.settings('probe/'));
    await store.check();
    const left = (await server.objects()).filter((o) => o.name.startsWith('probe/'));
    expect(left).toEqual([]);
  });

  it('fails the start check on a missing bucket, naming the bucket and the S3 error', async () => {
    const store = open({ ...server.settings(), bucket: 'no-such-bucket' });
    await expect(store.check()).rejects.toThrow(
      `Cannot use the S3 document store (bucket "no-such-bucket" at ${server.endpoint}): S3 ListObjectsV2 failed: NoSuchBucket (HTTP 404)`,
    );
  });

  it('fails the start check with wrong credentials, without quoting them', async () => {
    const store = open({
      ...server.settings(),
      credentials: { accessKeyId: 'AKIAWRONGKEY', secretAccessKey: 'wrong-secret-value' },
    });
    const error = await store.check().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(
      /^Cannot use the S3 document store .*: S3 ListObjectsV2 failed: \w+ \(HTTP 403\) \(the credentials need s3:ListBucket/,
    );
    expect(`${error!.message}\n${error!.stack}`).not.toMatch(/AKIAWRONGKEY|wrong-secret-value/);
  });

  it('fails the start check quickly and clearly when nothing answers at the endpoint', async () => {
    const endpoint = await unusedEndpoint();
    const store = open({ ...server.settings(), endpoint });
    const started = Date.now();
    await expect(store.check()).rejects.toThrow(
      `Cannot use the S3 document store (bucket "${server.bucket}" at ${endpoint}): S3 ListObjectsV2 failed: the store could not be reached (ECONNREFUSED)`,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('fails operations on an unreachable store with a DocumentStoreError carrying the network code', async () => {
    const store = open({ ...server.settings(), endpoint: await unusedEndpoint() });
    const error = await store.get(randomUUID()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocumentStoreError);
    expect(error).toMatchObject({
      code: 'ECONNREFUSED',
      message: expect.stringMatching(/^S3 GetObject failed/),
    });
  });

  it('gives up on a server that accepts connections and never answers, after its retries, as a timeout', async () => {
    const silent = await silentEndpoint();
    try {
      const store = open({ ...server.settings(), endpoint: silent.endpoint }, { requestTimeoutMs: 300 });
      const started = Date.now();
      const error = await store.get(randomUUID()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DocumentStoreError);
      expect(error).toMatchObject({
        code: 'ETIMEDOUT',
        message: 'S3 GetObject failed: the store did not answer in time',
      });
      // Three attempts of 300 ms and the backoff between them, not a hang.
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await silent.close();
    }
  });
});

describe('describeS3Failure', () => {
  it('keeps only the operation and codes, never the text or fields of the S3 answer', () => {
    const fromS3 = Object.assign(
      new Error('The request signature we calculated does not match. AWSAccessKeyId AKIASECRET'),
      {
        name: 'SignatureDoesNotMatch',
        AWSAccessKeyId: 'AKIASECRET',
        StringToSign: 'AWS4-HMAC-SHA256…',
        $metadata: { httpStatusCode: 403 },
      },
    );
    const described = describeS3Failure('PutObject', fromS3);
    expect(described.message).toBe('S3 PutObject failed: SignatureDoesNotMatch (HTTP 403)');
    expect(JSON.stringify(described)).not.toContain('AKIASECRET');
    expect(described.cause).toBeUndefined();
  });

  it('does not repeat an odd error name a server made up', () => {
    const odd = Object.assign(new Error('x'), { name: 'Bad <name> with https://u:p@host', $metadata: {} });
    expect(describeS3Failure('GetObject', odd).message).toBe('S3 GetObject failed: unknown error');
  });
});
