import { freePort } from './free-port';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real OpenID Connect provider for tests: oidc-provider 8 on a loopback port, with a minimal login
 * page of its own (one field, the account's id; "Cancelar" denies) in place of the library's
 * development interactions. Consent is given with the login. Accounts are set by the test.
 */

/** A person at the provider: the claims it releases, and how they authenticated (amr, acr). */
export interface TestAccount {
  claims: Record<string, unknown>;
  amr?: string[];
  acr?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

// oidc-provider ships no type declarations: the little of it used here, typed by hand.
interface Interaction {
  uid: string;
  params: Record<string, unknown>;
  prompt: { name: string };
}
interface GrantInstance {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (properties: { accountId: string; clientId: string }) => GrantInstance;
  on(event: string, listener: (...args: unknown[]) => void): void;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, message = ''): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Proveedor de identidad de prueba</title></head>
<body><main><h1>Proveedor de identidad de prueba</h1>
${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="login">Usuario del proveedor</label> <input id="login" name="login" autocomplete="off">
<button type="submit" name="action" value="login">Entrar en el proveedor</button>
<button type="submit" name="action" value="cancel">Cancelar</button>
</form></main></body></html>`;
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Stored artefacts (sessions, codes, grants) in memory, one store per provider (the library's own
 * adapter warns on every start and is shared by the process).
 */
function memoryAdapter() {
  const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  const findBy = (model: string, field: string, value: string) => {
    for (const [key, entry] of store)
      if (key.startsWith(`${model}:`) && entry.payload[field] === value) return live(key);
    return undefined;
  };
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private key = (id: string) => `${this.model}:${id}`;
    async upsert(id: string, payload: Record<string, unknown>, expiresIn: number) {
      store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
    }
    async find(id: string) {
      return live(this.key(id));
    }
    async findByUid(uid: string) {
      return findBy(this.model, 'uid', uid);
    }
    async findByUserCode(userCode: string) {
      return findBy(this.model, 'userCode', userCode);
    }
    async consume(id: string) {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of store) if (entry.payload.grantId === grantId) store.delete(key);
    }
  };
}

/** Starts the provider; `redirectUri` is Refugio's callback as registered for the test client. */
export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  // A variable specifier: the package has no types, so TypeScript is not asked to resolve it.
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: ProviderClass };
  const accounts = new Map<string, TestAccount>();
  const clientId = 'refugio-test';
  const clientSecret = randomBytes(24).toString('base64url');

  // Requests reach `handle` (defined below) only once the provider exists: nobody knows the port before.
  const server: Server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: {
      // How the person authenticated goes with every ID token, as government providers do.
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    acrValues: ['urn:prueba:nivel:1', 'urn:prueba:nivel:2'],
    pkce: { required: () => true },
    adapter: memoryAdapter(),
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Grant: 600,
      Session: 600,
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ ...account.claims, sub }) };
    },
    renderError: (ctx: { type: string; body: string }, out: { error: string }) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><p>Error: ${escapeHtml(out.error)}</p>`;
    },
  });
  // The library logs server errors to the console by default; tests provoke some on purpose.
  provider.on('server_error', () => undefined);
  const callback = provider.callback();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // A browser asks every site for its icon; this one has none (and says so without an error).
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const match = /^\/interaction\/([\w-]+)$/.exec((req.url ?? '').split('?')[0]!);
    if (!match) return callback(req, res);
    void (async () => {
      try {
        const interaction = await provider.interactionDetails(req, res);
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(interaction.uid));
          return;
        }
        const form = await formOf(req);
        if (form.get('action') === 'cancel') {
          await provider.interactionFinished(
            req,
            res,
            { error: 'access_denied', error_description: 'The person cancelled' },
            { mergeWithLastSubmission: false },
          );
          return;
        }
        const login = form.get('login') ?? '';
        const account = accounts.get(login);
        if (!account) {
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(loginPage(interaction.uid, 'Usuario desconocido'));
          return;
        }
        const grant = new provider.Grant({
          accountId: login,
          clientId: String(interaction.params.client_id),
        });
        grant.addOIDCScope(String(interaction.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          {
            login: {
              accountId: login,
              ...(account.amr ? { amr: account.amr } : {}),
              ...(account.acr ? { acr: account.acr } : {}),
            },
            consent: { grantId },
          },
          { mergeWithLastSubmission: false },
        );
      } catch {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' }).end('Interaction failed');
      }
    })();
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A cookie jar and a by-hand redirect follower, as a browser would go through the code flow. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  /** Cookies are kept per origin (paths are ignored: every test path is under the cookie's). */
  store(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a),
      );
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(origin, jar);
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).origin);
    return jar ? [...jar].map(([n, v]) => `${n}=${v}`).join('; ') : '';
  }

  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(origin, jar);
  }

  /** One request without following redirects; the answer's cookies are kept. */
  async fetch(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
    const cookie = this.header(url);
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      body: init.body,
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
    });
    this.store(url, response);
    return response;
  }
}

/** The absolute target of a redirect. */
export function locationOf(response: Response, base: string): string {
  const location = response.headers.get('location');
  if (!location) throw new Error(`Expected a redirect from ${base}, got ${response.status}`);
  return new URL(location, base).href;
}

/** Where Refugio sent the browser in the end, and the browser's cookies. */
export interface FlowResult {
  /** Refugio's final redirect, relative (`/`, `/?sso_error=…`). */
  landing: string;
  jar: CookieJar;
}

/**
 * Through the provider by hand, as a browser: Refugio's start, the provider's authorization endpoint,
 * its login page (the account typed, or "Cancelar"), back to the callback URL the provider redirects to.
 * Stops before the callback: `tamper` may change it; `finish` sends it.
 */
export async function toCallback(
  baseUrl: string,
  login: string | 'cancel',
  jar = new CookieJar(),
): Promise<{ callback: string; jar: CookieJar; authorization: string }> {
  const start = await jar.fetch(`${baseUrl}/api/v1/sso/start`);
  if (start.status !== 303) throw new Error(`start answered ${start.status}`);
  const authorization = locationOf(start, baseUrl);
  if (authorization.startsWith(baseUrl)) throw new Error(`start sent the browser back: ${authorization}`);
  return { callback: await throughProvider(authorization, baseUrl, login, jar), jar, authorization };
}

export async function throughProvider(authorization: string, baseUrl: string, login: string, jar: CookieJar) {
  let url = authorization;
  for (let hop = 0; hop < 10; hop++) {
    const response = await jar.fetch(url);
    if (response.status === 200 && /\/interaction\//.test(url)) {
      const form = new URLSearchParams(
        login === 'cancel' ? { action: 'cancel' } : { login, action: 'login' },
      );
      const posted = await jar.fetch(url, {
        method: 'POST',
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      url = locationOf(posted, url);
      continue;
    }
    url = locationOf(response, url);
    if (url.startsWith(baseUrl)) return url;
  }
  throw new Error('The provider never sent the browser back');
}

export async function finish(callback: string, jar: CookieJar): Promise<FlowResult> {
  const response = await jar.fetch(callback);
  if (response.status !== 303) throw new Error(`callback answered ${response.status}`);
  return { landing: response.headers.get('location') ?? '', jar };
}

export async function signInThroughProvider(baseUrl: string, login: string): Promise<FlowResult> {
  const { callback, jar } = await toCallback(baseUrl, login);
  return finish(callback, jar);
}

/** GET /api/v1/session with the jar's cookies: the signed-in e-mail, or the status. */
export async function whoIsSignedIn(baseUrl: string, jar: CookieJar): Promise<string | number> {
  const response = await jar.fetch(`${baseUrl}/api/v1/session`, {
    headers: { 'x-requested-with': 'refugio' },
  });
  if (response.status !== 200) return response.status;
  return ((await response.json()) as { user: { email: string } }).user.email;
}

export { freePort };
