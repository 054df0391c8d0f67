/** Where documents are kept: encrypted files under REFUGIO_DOCUMENTS_DIR (default), or an S3 bucket. */
export type DocumentStoreConfig = { kind: 'disk' } | ({ kind: 's3' } & S3DocumentStoreSettings);

export interface S3DocumentStoreSettings {
  /** REFUGIO_S3_ENDPOINT: an S3-compatible server (MinIO, Ceph…); unset, AWS S3 of the region. */
  endpoint: string | undefined;
  /** REFUGIO_S3_REGION (required; any value a compatible server accepts, often "us-east-1"). */
  region: string;
  /** REFUGIO_S3_BUCKET (required). */
  bucket: string;
  /** REFUGIO_S3_PREFIX: object names start with it, ending in "/" ("" when unset). */
  prefix: string;
  /** REFUGIO_S3_ACCESS_KEY_ID + REFUGIO_S3_SECRET_ACCESS_KEY; unset, the SDK's default credential chain. */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** REFUGIO_S3_FORCE_PATH_STYLE=1: `endpoint/bucket/key` instead of `bucket.endpoint/key` (MinIO). */
  forcePathStyle: boolean;
}

const S3_SETTINGS = [
  'REFUGIO_S3_ENDPOINT',
  'REFUGIO_S3_REGION',
  'REFUGIO_S3_BUCKET',
  'REFUGIO_S3_PREFIX',
  'REFUGIO_S3_ACCESS_KEY_ID',
  'REFUGIO_S3_SECRET_ACCESS_KEY',
  'REFUGIO_S3_FORCE_PATH_STYLE',
] as const;

const set = (value: string | undefined): value is string => value !== undefined && value !== '';

function endpointOf(value: string | undefined): string | undefined {
  if (!set(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`REFUGIO_S3_ENDPOINT must be an http:// or https:// address, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`REFUGIO_S3_ENDPOINT must be an http:// or https:// address, got "${url.protocol}…"`);
  // Credentials in the address would end up in error messages and logs: they have settings of their own.
  if (url.username || url.password)
    throw new Error(
      'REFUGIO_S3_ENDPOINT must not contain a user name or password: use REFUGIO_S3_ACCESS_KEY_ID and REFUGIO_S3_SECRET_ACCESS_KEY',
    );
  if (url.search || url.hash)
    throw new Error('REFUGIO_S3_ENDPOINT must be a plain address, without "?" or "#" parts');
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function prefixOf(value: string | undefined): string {
  if (!set(value)) return '';
  const prefix = value.endsWith('/') ? value : `${value}/`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*\/$/.test(prefix) || prefix.length > 200)
    throw new Error(
      `REFUGIO_S3_PREFIX must be path segments of letters, digits, ".", "_" and "-" separated by "/" (such as "refugio/mx"), got "${value}"`,
    );
  return prefix;
}

function flag(name: string, value: string | undefined): boolean {
  if (!set(value) || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
}

/**
 * The document store settings from the environment. Incomplete or contradictory settings stop the
 * start with a message naming the setting: S3 settings without REFUGIO_DOCUMENT_STORE=s3 would
 * otherwise keep documents on disk unnoticed.
 */
export function loadDocumentStoreConfig(env: NodeJS.ProcessEnv): DocumentStoreConfig {
  const kind = set(env.REFUGIO_DOCUMENT_STORE) ? env.REFUGIO_DOCUMENT_STORE : 'disk';
  if (kind === 'disk') {
    const stray = S3_SETTINGS.find((name) => set(env[name]));
    if (stray)
      throw new Error(
        `${stray} is set but REFUGIO_DOCUMENT_STORE is not "s3": set REFUGIO_DOCUMENT_STORE=s3 to keep documents in S3, or remove the REFUGIO_S3_* settings`,
      );
    return { kind: 'disk' };
  }
  if (kind !== 's3')
    throw new Error(`REFUGIO_DOCUMENT_STORE must be "disk" or "s3", got "${env.REFUGIO_DOCUMENT_STORE}"`);
  if (set(env.REFUGIO_DOCUMENTS_DIR))
    throw new Error('REFUGIO_DOCUMENTS_DIR is set but REFUGIO_DOCUMENT_STORE is "s3": remove one of them');
  for (const required of ['REFUGIO_S3_BUCKET', 'REFUGIO_S3_REGION'] as const)
    if (!set(env[required])) throw new Error(`${required} must be set when REFUGIO_DOCUMENT_STORE is "s3"`);
  const bucket = env.REFUGIO_S3_BUCKET!;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/.test(bucket))
    throw new Error(
      `REFUGIO_S3_BUCKET must be a bucket name (letters, digits, ".", "_" and "-"), got "${bucket}"`,
    );
  const region = env.REFUGIO_S3_REGION!;
  if (!/^[a-z0-9-]{1,40}$/.test(region))
    throw new Error(`REFUGIO_S3_REGION must be a region name such as "us-east-1", got "${region}"`);
  const accessKeyId = env.REFUGIO_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.REFUGIO_S3_SECRET_ACCESS_KEY;
  if (set(accessKeyId) !== set(secretAccessKey))
    throw new Error(
      `${set(accessKeyId) ? 'REFUGIO_S3_SECRET_ACCESS_KEY' : 'REFUGIO_S3_ACCESS_KEY_ID'} must be set too: give both REFUGIO_S3_ACCESS_KEY_ID and REFUGIO_S3_SECRET_ACCESS_KEY, or neither to use the AWS credential chain`,
    );
  return {
    kind: 's3',
    endpoint: endpointOf(env.REFUGIO_S3_ENDPOINT),
    region,
    bucket,
    prefix: prefixOf(env.REFUGIO_S3_PREFIX),
    credentials: set(accessKeyId) && set(secretAccessKey) ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: flag('REFUGIO_S3_FORCE_PATH_STYLE', env.REFUGIO_S3_FORCE_PATH_STYLE),
  };
}
