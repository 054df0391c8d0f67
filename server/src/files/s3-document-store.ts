import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { DocumentMissingError, isStorageKey, type DocumentStore } from './document-store';
import type { S3DocumentStoreSettings } from './document-store.config';

/** How long opening a connection to the store may take before the attempt counts as failed. */
const CONNECTION_TIMEOUT_MS = 5_000;
/** How long one request may take in all: a 20 MB document over a slow office link, with margin. */
const REQUEST_TIMEOUT_MS = 120_000;
/**
 * Attempts per operation (the SDK's "standard" retry mode: exponential backoff with jitter on
 * throttling, 5xx answers and broken connections). Every operation is idempotent: a retried put
 * writes the same bytes under the same key.
 */
const MAX_ATTEMPTS = 3;

/**
 * A failure of the S3 document store. Its message names the operation and the S3 error code or
 * network error, never the endpoint, bucket, credentials or the server's own text (a signature error
 * from S3 quotes the access key and the string it signed); it carries no `cause` for a logger to
 * serialise. `code` is the network error code when the store could not be reached, so that the API
 * answers 503 (try again) rather than 500.
 */
export class DocumentStoreError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'DocumentStoreError';
    this.code = code;
  }
}

interface SdkError {
  name?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const safeWord = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : undefined;

const statusOf = (error: unknown): number | undefined =>
  (error as SdkError | undefined)?.$metadata?.httpStatusCode;

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** The S3 error as a `DocumentStoreError` fit for logs: codes only. */
export function describeS3Failure(operation: string, error: unknown): DocumentStoreError {
  const e = (error ?? {}) as SdkError;
  const code = safeWord(e.code);
  const name = safeWord(e.name);
  if (name === 'TimeoutError' || name === 'RequestTimeout')
    return new DocumentStoreError(`S3 ${operation} failed: the store did not answer in time`, 'ETIMEDOUT');
  if (code && networkCodes.has(code))
    return new DocumentStoreError(`S3 ${operation} failed: the store could not be reached (${code})`, code);
  if (name === 'CredentialsProviderError')
    return new DocumentStoreError(
      `S3 ${operation} failed: no credentials (set REFUGIO_S3_ACCESS_KEY_ID and REFUGIO_S3_SECRET_ACCESS_KEY, or provide them through the AWS credential chain)`,
    );
  const status = statusOf(error);
  return new DocumentStoreError(
    `S3 ${operation} failed: ${name ?? 'unknown error'}${status ? ` (HTTP ${status})` : ''}`,
  );
}

/** A store of this kind answering "not found" for the object, as opposed to the bucket. */
const objectNotFound = (error: unknown) => {
  const name = (error as SdkError | undefined)?.name;
  return name === 'NoSuchKey' || (statusOf(error) === 404 && name !== 'NoSuchBucket');
};

export interface S3DocumentStoreOptions {
  /** Objects per ListObjectsV2 page (S3's maximum, 1000, by default; tests use a small one). */
  pageSize?: number;
  /** The longest one request may take (REQUEST_TIMEOUT_MS by default; tests use a short one). */
  requestTimeoutMs?: number;
}

export interface S3DocumentStore extends DocumentStore {
  /**
   * Checks that the bucket can be reached and that these credentials may write, read and delete in
   * it; throws an error naming the endpoint and bucket (never the credentials) and what failed.
   */
  check(): Promise<void>;
  /** Closes the client's connections. */
  close(): void;
}

/** The client for the settings: explicit timeouts and retries, and checksums we compute ourselves. */
function s3Client(settings: S3DocumentStoreSettings, requestTimeoutMs = REQUEST_TIMEOUT_MS): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    // Unset: the SDK's default chain (AWS_* variables, shared profile, container or instance role).
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    // The put sends Content-MD5 and a SHA-256 checksum of its own; the SDK's automatic CRC32 (in
    // headers or aws-chunked trailers) is not understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Documents as objects of an S3-compatible bucket, named `<prefix><storage key>`. The store sees only
 * ciphertext (documents are sealed before they arrive) and opaque keys: no metadata, no names.
 *
 * A put is one PutObject carrying Content-MD5 (checked by AWS S3, MinIO and Ceph) and
 * x-amz-checksum-sha256 (checked by AWS S3 and MinIO; other servers ignore it); the server stores the object only if the bytes
 * it received match, and answers only once the object is durably stored. PutObject is atomic: the
 * object is whole or absent, never partly written, and no multipart upload is ever started, so there
 * is nothing unfinished to clean up (see `removeUnfinished`).
 */
export function s3DocumentStore(
  settings: S3DocumentStoreSettings,
  options: S3DocumentStoreOptions = {},
): S3DocumentStore {
  const client = s3Client(settings, options.requestTimeoutMs);
  const pageSize = options.pageSize ?? 1000;
  const bucket = settings.bucket;
  const objectName = (key: string) => {
    if (!isStorageKey(key)) throw new Error('Not a storage key');
    return settings.prefix + key;
  };
  const store: S3DocumentStore = {
    async put(key, content) {
      const name = objectName(key);
      const sha256 = createHash('sha256').update(content).digest('base64');
      let answer;
      try {
        answer = await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: name,
            Body: content,
            ContentLength: content.length,
            ContentType: 'application/octet-stream',
            ContentMD5: createHash('md5').update(content).digest('base64'),
            ChecksumSHA256: sha256,
          }),
        );
      } catch (error) {
        throw describeS3Failure('PutObject', error);
      }
      // A server that computed a different checksum stored other bytes than were sent.
      if (answer.ChecksumSHA256 !== undefined && answer.ChecksumSHA256 !== sha256)
        throw new DocumentStoreError('S3 PutObject failed: the stored checksum differs from the one sent');
    },

    async get(key) {
      const name = objectName(key);
      try {
        const answer = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: name, ChecksumMode: 'ENABLED' }),
        );
        if (!answer.Body) throw new DocumentStoreError('S3 GetObject failed: the answer had no body');
        const bytes = await answer.Body.transformToByteArray();
        const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (answer.ContentLength !== undefined && answer.ContentLength !== content.length)
          throw new DocumentStoreError('S3 GetObject failed: the object arrived truncated');
        if (
          answer.ChecksumSHA256 !== undefined &&
          !answer.ChecksumSHA256.includes('-') &&
          answer.ChecksumSHA256 !== createHash('sha256').update(content).digest('base64')
        )
          throw new DocumentStoreError('S3 GetObject failed: the object does not match its checksum');
        return content;
      } catch (error) {
        if (error instanceof DocumentStoreError) throw error;
        if (objectNotFound(error)) throw new DocumentMissingError();
        throw describeS3Failure('GetObject', error);
      }
    },

    async remove(key) {
      const name = objectName(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: name }));
      } catch (error) {
        // S3 answers 204 for an object that is not there; some compatible servers answer 404.
        if (objectNotFound(error)) return;
        throw describeS3Failure('DeleteObject', error);
      }
    },

    async *list() {
      let continuationToken: string | undefined;
      do {
        let page;
        try {
          page = await client.send(
            new ListObjectsV2Command({
              Bucket: bucket,
              ...(settings.prefix ? { Prefix: settings.prefix } : {}),
              MaxKeys: pageSize,
              ContinuationToken: continuationToken,
            }),
          );
        } catch (error) {
          throw describeS3Failure('ListObjectsV2', error);
        }
        for (const object of page.Contents ?? []) {
          if (!object.Key?.startsWith(settings.prefix)) continue;
          const key = object.Key.slice(settings.prefix.length);
          // Only what this store wrote: another prefix's objects ("other/<key>") are no storage keys.
          if (!isStorageKey(key) || !object.LastModified) continue;
          yield { key, modifiedAt: object.LastModified };
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },

    /**
     * Nothing to do: a PutObject is atomic (the object appears whole when the put succeeds, or not at
     * all), and this store never starts multipart uploads, the only S3 writes that can be left
     * unfinished. An object whose database row never committed is an orphan, which the orphan sweep
     * finds through `list`. Operators who also write to the bucket with other tools should add a
     * lifecycle rule "AbortIncompleteMultipartUpload".
     */
    removeUnfinished() {
      return Promise.resolve(0);
    },

    check: () => checkS3DocumentStore(settings, client, store),

    close() {
      client.destroy();
    },
  };
  return store;
}

/**
 * A one-object listing under the prefix (reachability, bucket and the s3:ListBucket the orphan sweep
 * needs; unlike HeadBucket it passes a policy that allows listing only under the prefix), then a put,
 * get and remove of random bytes under a fresh storage key (an object left by a crash in between has no
 * database row: the orphan sweep removes it an hour later).
 */
async function checkS3DocumentStore(
  settings: S3DocumentStoreSettings,
  client: S3Client,
  store: DocumentStore,
): Promise<void> {
  const where = `the S3 document store (bucket "${settings.bucket}"${settings.prefix ? `, prefix "${settings.prefix}"` : ''} at ${settings.endpoint ?? `AWS S3, region ${settings.region}`})`;
  const fail = (what: string, error: unknown) => {
    const reason =
      error instanceof DocumentStoreError
        ? error.message
        : error instanceof DocumentMissingError
          ? 'the object just written could not be read back'
          : describeS3Failure(what, error).message;
    const hint = /\(HTTP 403\)$/.test(reason)
      ? ' (the credentials need s3:ListBucket on the bucket and s3:PutObject, s3:GetObject and s3:DeleteObject on its objects)'
      : '';
    return new Error(`Cannot use ${where}: ${reason}${hint}`);
  };
  try {
    await client.send(
      new ListObjectsV2Command({
        Bucket: settings.bucket,
        ...(settings.prefix ? { Prefix: settings.prefix } : {}),
        MaxKeys: 1,
      }),
    );
  } catch (error) {
    throw fail('ListObjectsV2', error);
  }
  const key = randomUUID();
  const probe = randomBytes(32);
  try {
    await store.put(key, probe);
    const back = await store.get(key);
    if (!back.equals(probe))
      throw new DocumentStoreError('the object read back differs from the one written');
    await store.remove(key);
  } catch (error) {
    await store.remove(key).catch(() => undefined);
    throw fail('probe', error);
  }
}
