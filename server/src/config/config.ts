import { resolve } from 'node:path';
import { CountryCode3 } from '@refugio/contract';
import { defaultBreakGlassHours } from '../access/policy';
import {
  loadSingleSignOnConfig,
  type SingleSignOnConfig,
} from '../auth/single-sign-on/single-sign-on.config';
import { loadDocumentStoreConfig, type DocumentStoreConfig } from '../files/document-store.config';

export interface Config {
  port: number;
  host: string;
  /** Embedded database directory, used when `databaseUrl` is not set. */
  dataDir: string;
  databaseUrl: string | undefined;
  country: CountryCode3;
  demo: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
  /** Mark the session cookie Secure: set REFUGIO_COOKIE_SECURE=1 behind TLS (production). */
  cookieSecure: boolean;
  /** Trust X-Forwarded-For from a reverse proxy for the client address in the audit log. */
  trustProxy: boolean;
  /** REFUGIO_CLOCK_START: the procedure's clock starts at this instant and runs on (tests, training). */
  clockStart: Date | undefined;
  /** REFUGIO_MASTER_KEY: the master key, base64 of 32 bytes (or use `masterKeyFile`). */
  masterKey: string | undefined;
  /** REFUGIO_MASTER_KEY_FILE: one base64 key a line, the current first, previous ones after it. */
  masterKeyFile: string | undefined;
  /** REFUGIO_DOCUMENTS_DIR: where encrypted documents are stored (default `<data dir>/documents`). */
  documentsDir: string;
  /** REFUGIO_DOCUMENT_STORE=disk|s3 (default disk) and, for s3, the REFUGIO_S3_* settings. */
  documentStore: DocumentStoreConfig;
  /** REFUGIO_MAX_UPLOAD_MB: the largest document accepted, in bytes (default 20 MB). */
  maxUploadBytes: number;
  /** REFUGIO_BREAK_GLASS_HOURS: how long a break-glass grant lasts, 1 to 24 hours (default 4). */
  breakGlassHours: number;
  /** REFUGIO_OIDC_*: single sign-on with a government identity provider; unset, own accounts only. */
  singleSignOn: SingleSignOnConfig | undefined;
}

function instant(name: string, value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime()))
    throw new Error(`${name} must be a date and time such as 2026-11-30T15:00:00Z, got "${value}"`);
  return date;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

/** A whole number from `min` to `max`, or `fallback` when unset: a wrong value stops the start. */
function bounded(
  name: string,
  value: string | undefined,
  range: { min: number; max: number; fallback: number },
) {
  if (value === undefined || value === '') return range.fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range.min || n > range.max)
    throw new Error(`${name} must be a whole number from ${range.min} to ${range.max}, got "${value}"`);
  return n;
}

/** Reads the environment once; every setting has a safe default so `npm start` needs none. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const country = CountryCode3.safeParse((env.REFUGIO_COUNTRY ?? 'MEX').toUpperCase());
  if (!country.success) {
    throw new Error(
      `REFUGIO_COUNTRY must be one of ${CountryCode3.options.join(', ')}, got "${env.REFUGIO_COUNTRY}"`,
    );
  }
  const dataDir = resolve(env.REFUGIO_DATA_DIR ?? 'data');
  return {
    port: int('PORT', env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    country: country.data,
    demo: env.REFUGIO_DEMO !== '0',
    sessionIdleMinutes: int('REFUGIO_SESSION_IDLE_MINUTES', env.REFUGIO_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: int('REFUGIO_SESSION_ABSOLUTE_HOURS', env.REFUGIO_SESSION_ABSOLUTE_HOURS, 12),
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.REFUGIO_COOKIE_SECURE === '1',
    trustProxy: env.REFUGIO_TRUST_PROXY === '1',
    clockStart: instant('REFUGIO_CLOCK_START', env.REFUGIO_CLOCK_START),
    masterKey: env.REFUGIO_MASTER_KEY || undefined,
    masterKeyFile: env.REFUGIO_MASTER_KEY_FILE ? resolve(env.REFUGIO_MASTER_KEY_FILE) : undefined,
    documentsDir: resolve(env.REFUGIO_DOCUMENTS_DIR || `${dataDir}/documents`),
    documentStore: loadDocumentStoreConfig(env),
    maxUploadBytes: int('REFUGIO_MAX_UPLOAD_MB', env.REFUGIO_MAX_UPLOAD_MB, 20) * 1024 * 1024,
    breakGlassHours: bounded('REFUGIO_BREAK_GLASS_HOURS', env.REFUGIO_BREAK_GLASS_HOURS, {
      min: 1,
      max: 24,
      fallback: defaultBreakGlassHours,
    }),
    singleSignOn: loadSingleSignOnConfig(env),
  };
}
