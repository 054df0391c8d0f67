import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('gives a break-glass grant 4 hours unless REFUGIO_BREAK_GLASS_HOURS says otherwise', () => {
    expect(loadConfig({}).breakGlassHours).toBe(4);
    expect(loadConfig({ REFUGIO_BREAK_GLASS_HOURS: '1' }).breakGlassHours).toBe(1);
    expect(loadConfig({ REFUGIO_BREAK_GLASS_HOURS: '24' }).breakGlassHours).toBe(24);
  });

  it('stops the start on a break-glass length outside 1 to 24 whole hours, naming the setting', () => {
    for (const value of ['0', '25', '2.5', 'cuatro', '-4'])
      expect(() => loadConfig({ REFUGIO_BREAK_GLASS_HOURS: value }), value).toThrow(
        `REFUGIO_BREAK_GLASS_HOURS must be a whole number from 1 to 24, got "${value}"`,
      );
  });

  it('names the setting of a master key file and a document directory as absolute paths', () => {
    const config = loadConfig({ REFUGIO_DATA_DIR: 'datos', REFUGIO_MASTER_KEY_FILE: 'llaves' });
    expect(config.masterKeyFile).toMatch(/^\/.*\/llaves$/);
    expect(config.documentsDir).toMatch(/^\/.*\/datos\/documents$/);
  });

  it('keeps documents on disk by default and reads the S3 document store settings when chosen', () => {
    expect(loadConfig({}).documentStore).toEqual({ kind: 'disk' });
    expect(
      loadConfig({
        REFUGIO_DOCUMENT_STORE: 's3',
        REFUGIO_S3_BUCKET: 'refugio-comar',
        REFUGIO_S3_REGION: 'us-east-1',
        REFUGIO_S3_ENDPOINT: 'http://127.0.0.1:9000',
        REFUGIO_S3_FORCE_PATH_STYLE: '1',
      }).documentStore,
    ).toMatchObject({
      kind: 's3',
      bucket: 'refugio-comar',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    });
  });

  it('stops the start on an incomplete S3 document store, naming the setting', () => {
    expect(() => loadConfig({ REFUGIO_DOCUMENT_STORE: 's3', REFUGIO_S3_REGION: 'us-east-1' })).toThrow(
      'REFUGIO_S3_BUCKET must be set when REFUGIO_DOCUMENT_STORE is "s3"',
    );
  });
});
