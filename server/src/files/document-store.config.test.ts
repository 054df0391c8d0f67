import { describe, expect, it } from 'vitest';
import { loadDocumentStoreConfig } from './document-store.config';

const s3 = {
  REFUGIO_DOCUMENT_STORE: 's3',
  REFUGIO_S3_BUCKET: 'refugio-comar',
  REFUGIO_S3_REGION: 'us-east-1',
};

describe('loadDocumentStoreConfig', () => {
  it('keeps documents on disk unless told otherwise', () => {
    expect(loadDocumentStoreConfig({})).toEqual({ kind: 'disk' });
    expect(loadDocumentStoreConfig({ REFUGIO_DOCUMENT_STORE: 'disk' })).toEqual({ kind: 'disk' });
    expect(loadDocumentStoreConfig({ REFUGIO_DOCUMENT_STORE: '' })).toEqual({ kind: 'disk' });
  });

  it('reads a complete S3 configuration', () => {
    expect(
      loadDocumentStoreConfig({
        ...s3,
        REFUGIO_S3_ENDPOINT: 'https://minio.comar.internal:9000/',
        REFUGIO_S3_PREFIX: 'refugio/mx',
        REFUGIO_S3_ACCESS_KEY_ID: 'refugio',
        REFUGIO_S3_SECRET_ACCESS_KEY: 'a-long-secret',
        REFUGIO_S3_FORCE_PATH_STYLE: '1',
      }),
    ).toEqual({
      kind: 's3',
      endpoint: 'https://minio.comar.internal:9000',
      region: 'us-east-1',
      bucket: 'refugio-comar',
      prefix: 'refugio/mx/',
      credentials: { accessKeyId: 'refugio', secretAccessKey: 'a-long-secret' },
      forcePathStyle: true,
    });
  });

  it('uses AWS S3 and the SDK credential chain when no endpoint and no keys are given', () => {
    expect(loadDocumentStoreConfig(s3)).toEqual({
      kind: 's3',
      endpoint: undefined,
      region: 'us-east-1',
      bucket: 'refugio-comar',
      prefix: '',
      credentials: undefined,
      forcePathStyle: false,
    });
  });

  it('stops the start on incomplete S3 settings, naming the missing setting', () => {
    expect(() => loadDocumentStoreConfig({ ...s3, REFUGIO_S3_BUCKET: '' })).toThrow(
      'REFUGIO_S3_BUCKET must be set when REFUGIO_DOCUMENT_STORE is "s3"',
    );
    expect(() => loadDocumentStoreConfig({ ...s3, REFUGIO_S3_REGION: undefined })).toThrow(
      'REFUGIO_S3_REGION must be set when REFUGIO_DOCUMENT_STORE is "s3"',
    );
    expect(() => loadDocumentStoreConfig({ ...s3, REFUGIO_S3_ACCESS_KEY_ID: 'refugio' })).toThrow(
      /^REFUGIO_S3_SECRET_ACCESS_KEY must be set too/,
    );
    expect(() => loadDocumentStoreConfig({ ...s3, REFUGIO_S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(
      /^REFUGIO_S3_ACCESS_KEY_ID must be set too/,
    );
  });

  it('stops the start on S3 settings while documents would go to disk, naming the stray setting', () => {
    expect(() => loadDocumentStoreConfig({ REFUGIO_S3_BUCKET: 'refugio-comar' })).toThrow(
      /^REFUGIO_S3_BUCKET is set but REFUGIO_DOCUMENT_STORE is not "s3"/,
    );
    expect(() => loadDocumentStoreConfig({ ...s3, REFUGIO_DOCUMENTS_DIR: '/srv/documents' })).toThrow(
      /^REFUGIO_DOCUMENTS_DIR is set but REFUGIO_DOCUMENT_STORE is "s3"/,
    );
  });

  it('refuses wrong values, naming the setting', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ REFUGIO_DOCUMENT_STORE: 'S3 ' }, /^REFUGIO_DOCUMENT_STORE must be "disk" or "s3"/],
      [{ ...s3, REFUGIO_S3_ENDPOINT: 'minio:9000' }, /^REFUGIO_S3_ENDPOINT must be an http/],
      [{ ...s3, REFUGIO_S3_ENDPOINT: 'ftp://minio' }, /^REFUGIO_S3_ENDPOINT must be an http/],
      [{ ...s3, REFUGIO_S3_ENDPOINT: 'https://minio/?x=1' }, /^REFUGIO_S3_ENDPOINT must be a plain address/],
      [{ ...s3, REFUGIO_S3_BUCKET: 'a' }, /^REFUGIO_S3_BUCKET must be a bucket name/],
      [{ ...s3, REFUGIO_S3_BUCKET: 'refugio/../x' }, /^REFUGIO_S3_BUCKET must be a bucket name/],
      [{ ...s3, REFUGIO_S3_REGION: 'Mexico City' }, /^REFUGIO_S3_REGION must be a region name/],
      [{ ...s3, REFUGIO_S3_PREFIX: '/abs' }, /^REFUGIO_S3_PREFIX must be path segments/],
      [{ ...s3, REFUGIO_S3_PREFIX: 'a/../b' }, /^REFUGIO_S3_PREFIX must be path segments/],
      [{ ...s3, REFUGIO_S3_PREFIX: 'a//b' }, /^REFUGIO_S3_PREFIX must be path segments/],
      [{ ...s3, REFUGIO_S3_FORCE_PATH_STYLE: 'yes' }, /^REFUGIO_S3_FORCE_PATH_STYLE must be 1 or 0/],
    ];
    for (const [env, message] of cases)
      expect(() => loadDocumentStoreConfig(env), JSON.stringify(env)).toThrow(message);
  });

  it('refuses credentials in the endpoint address without repeating them', () => {
    const env = { ...s3, REFUGIO_S3_ENDPOINT: 'https://refugio:hunter2@minio.internal' };
    expect(() => loadDocumentStoreConfig(env)).toThrow(
      /^REFUGIO_S3_ENDPOINT must not contain a user name or password/,
    );
    expect(() => loadDocumentStoreConfig(env)).not.toThrow(/hunter2/);
  });
});
