import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { roles } from '@refugio/contract';

/** The path of the callback route; REFUGIO_OIDC_REDIRECT_URI must name it. */
export const CALLBACK_PATH = '/api/v1/sso/callback';

/** Roles the provider's claims may never grant: an identity provider must not make administrators. */
export const unmappableRoles = ['administrator'] as const;

const mappableRole = z.enum(roles).refine((role) => !(unmappableRoles as readonly string[]).includes(role), {
  message: 'the provider may not grant the administrator role',
});

/** One rule: a person whose claim `claim` is (or, for a list, contains) `value` gets `role` at `office`. */
export const MappingRule = z.strictObject({
  claim: z.string().min(1).max(100),
  value: z.string().min(1).max(300),
  role: mappableRole,
  /** The office's code (e.g. TAP); none for roles that work across offices (statistician, auditor). */
  office: z.string().min(1).max(20).nullable().default(null),
});
export type MappingRule = z.infer<typeof MappingRule>;

/** REFUGIO_OIDC_MAPPING_FILE: how the provider's people become Refugio users. */
export const Mapping = z.strictObject({
  /** First match wins. With rules, the provider decides role and office at every sign-in. */
  rules: z.array(MappingRule).max(500).default([]),
  /** Link a first sign-in to the active account of the same e-mail, when the provider says it is verified. */
  linkVerifiedEmail: z.boolean().default(true),
  /** Create an account at the first sign-in of a person matched by a rule (and by no account). */
  createAccounts: z.boolean().default(false),
  /** What counts as multi-factor at the provider: an `amr` value listed here, or an `acr` listed here. */
  mfa: z
    .strictObject({
      amr: z.array(z.string().min(1).max(50)).max(20).default(['mfa']),
      acr: z.array(z.string().min(1).max(300)).max(20).default([]),
    })
    .default({ amr: ['mfa'], acr: [] }),
});
export type Mapping = z.infer<typeof Mapping>;

/**
 * Settings of single sign-on with a government identity provider (OpenID Connect), read from the
 * environment. Not set: Refugio's own accounts only.
 */
export interface SingleSignOnConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The public URL of GET /api/v1/sso/callback, as registered at the provider. */
  redirectUri: URL;
  /** The button's text: "Entrar con <label>". */
  label: string;
  scopes: string[];
  mapping: Mapping;
  /** How long a call to the provider may take before the sign-in is given up (milliseconds). */
  timeoutMs: number;
}

const names = [
  'REFUGIO_OIDC_ISSUER',
  'REFUGIO_OIDC_CLIENT_ID',
  'REFUGIO_OIDC_CLIENT_SECRET',
  'REFUGIO_OIDC_CLIENT_SECRET_FILE',
  'REFUGIO_OIDC_REDIRECT_URI',
  'REFUGIO_OIDC_LABEL',
  'REFUGIO_OIDC_SCOPES',
  'REFUGIO_OIDC_MAPPING_FILE',
] as const;

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** An absolute https URL (http only on the loopback, for tests and trials on one machine). */
function secureUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://idp.example.gob.mx, got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
    throw new Error(`${name} must use https (http is accepted only on localhost), got "${value}"`);
  if (url.hash || url.username || url.password)
    throw new Error(`${name} must have no fragment and no credentials, got "${value}"`);
  return url;
}

function readSecret(env: NodeJS.ProcessEnv): string {
  const inline = env.REFUGIO_OIDC_CLIENT_SECRET;
  const file = env.REFUGIO_OIDC_CLIENT_SECRET_FILE;
  if (inline && file)
    throw new Error('Set REFUGIO_OIDC_CLIENT_SECRET or REFUGIO_OIDC_CLIENT_SECRET_FILE, not both');
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch {
      throw new Error(`REFUGIO_OIDC_CLIENT_SECRET_FILE cannot be read: ${file}`);
    }
    if (!text) throw new Error(`REFUGIO_OIDC_CLIENT_SECRET_FILE is empty: ${file}`);
    return text;
  }
  if (!inline)
    throw new Error(
      'REFUGIO_OIDC_CLIENT_SECRET (or REFUGIO_OIDC_CLIENT_SECRET_FILE) must be set for single sign-on',
    );
  return inline;
}

/** The mapping file, checked whole: a wrong rule stops the start, naming the file and the place. */
export function readMapping(file: string | undefined): Mapping {
  if (!file) return Mapping.parse({});
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    throw new Error(`REFUGIO_OIDC_MAPPING_FILE ${why}: ${file}`, { cause: error });
  }
  const parsed = Mapping.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new Error(`REFUGIO_OIDC_MAPPING_FILE ${file}: ${where}: ${issue.message}`);
  }
  if (parsed.data.createAccounts && parsed.data.rules.length === 0)
    throw new Error(`REFUGIO_OIDC_MAPPING_FILE ${file}: createAccounts needs at least one rule`);
  return parsed.data;
}

/**
 * Single sign-on is on when REFUGIO_OIDC_ISSUER is set; any other REFUGIO_OIDC_* setting without it,
 * or a missing or wrong one with it, stops the start with a message naming the setting.
 */
export function loadSingleSignOnConfig(env: NodeJS.ProcessEnv): SingleSignOnConfig | undefined {
  const given = names.filter((name) => env[name] !== undefined && env[name] !== '');
  if (given.length === 0) return undefined;
  const required = (name: (typeof names)[number]) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} must be set for single sign-on (${given.join(', ')} given)`);
    return value;
  };
  const issuer = secureUrl('REFUGIO_OIDC_ISSUER', required('REFUGIO_OIDC_ISSUER'));
  const clientId = required('REFUGIO_OIDC_CLIENT_ID');
  const clientSecret = readSecret(env);
  const redirectUri = secureUrl('REFUGIO_OIDC_REDIRECT_URI', required('REFUGIO_OIDC_REDIRECT_URI'));
  if (redirectUri.pathname !== CALLBACK_PATH || redirectUri.search)
    throw new Error(
      `REFUGIO_OIDC_REDIRECT_URI must be Refugio's public address followed by ${CALLBACK_PATH}, got "${redirectUri.href}"`,
    );
  const label = (env.REFUGIO_OIDC_LABEL ?? '').trim() || issuer.hostname;
  if (label.length > 40) throw new Error(`REFUGIO_OIDC_LABEL must be at most 40 characters, got "${label}"`);
  const scopes = (env.REFUGIO_OIDC_SCOPES ?? 'openid email profile').split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes('openid'))
    throw new Error(`REFUGIO_OIDC_SCOPES must include openid, got "${env.REFUGIO_OIDC_SCOPES}"`);
  if (scopes.some((scope) => !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope)))
    throw new Error(`REFUGIO_OIDC_SCOPES has a character a scope cannot have: "${env.REFUGIO_OIDC_SCOPES}"`);
  const mapping = readMapping(env.REFUGIO_OIDC_MAPPING_FILE);
  return { issuer, clientId, clientSecret, redirectUri, label, scopes, mapping, timeoutMs: 10_000 };
}
