import * as oidc from 'openid-client';
import type { SingleSignOnConfig } from './single-sign-on.config';
import type { Claims } from './single-sign-on.mapping';

/** Why a sign-in at the provider came to nothing; the web app explains each one. */
export type ProviderFailure = 'unavailable' | 'denied' | 'failed';

export class ProviderError extends Error {
  constructor(
    readonly reason: ProviderFailure,
    /** A short, data-free description for the log (never tokens or claims). */
    readonly detail: string,
  ) {
    super(`Single sign-on: ${reason} (${detail})`);
    this.name = 'ProviderError';
  }
}

export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What Refugio needs from the provider: where to send the browser, and who came back. */
export interface ProviderClient {
  authorizationUrl(checks: AuthorizationChecks): Promise<URL>;
  /** Exchanges the code (PKCE), validates the ID token (issuer, audience, signature, nonce) and reads userinfo. */
  identify(
    query: string,
    checks: AuthorizationChecks,
  ): Promise<{ issuer: string; subject: string; claims: Claims }>;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

function unreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (['AbortError', 'TimeoutError'].includes(error.name) || error instanceof TypeError) return true;
  return error.cause instanceof Error && unreachable(error.cause);
}

function classify(error: unknown, during: string): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    // The provider's own answer at the callback: consent refused, login cancelled, …
    const denied = ['access_denied', 'consent_required', 'login_required', 'interaction_required'];
    return new ProviderError(denied.includes(error.error) ? 'denied' : 'failed', `${during}: ${error.error}`);
  }
  if (unreachable(error)) return new ProviderError('unavailable', `${during}: provider unreachable`);
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
  return new ProviderError('failed', `${during}: ${code}`);
}

/**
 * The provider through openid-client 6: discovery (kept once it succeeds, tried again after a
 * failure), authorization code with PKCE (S256), state and nonce, ID token validation by the library.
 */
export function providerClient(config: SingleSignOnConfig): ProviderClient {
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(config.issuer, config.clientId, undefined, oidc.ClientSecretBasic(config.clientSecret), {
        // Plain http only for a provider on this machine (tests, trials); the config refuses it elsewhere.
        execute:
          config.issuer.protocol === 'http:' && isLoopback(config.issuer) ? [oidc.allowInsecureRequests] : [],
        timeout: config.timeoutMs / 1000,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw classify(error, 'discovery');
      });
    return discovered;
  };

  return {
    async authorizationUrl(checks) {
      const server = await configuration();
      return oidc.buildAuthorizationUrl(server, {
        redirect_uri: config.redirectUri.href,
        scope: config.scopes.join(' '),
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
    },

    async identify(query, checks) {
      const server = await configuration();
      const currentUrl = new URL(config.redirectUri.href);
      currentUrl.search = query;
      let tokens;
      try {
        tokens = await oidc.authorizationCodeGrant(server, currentUrl, {
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          pkceCodeVerifier: checks.codeVerifier,
          idTokenExpected: true,
        });
      } catch (error) {
        throw classify(error, 'code exchange');
      }
      const idToken = tokens.claims();
      if (!idToken) throw new ProviderError('failed', 'code exchange: no ID token');
      let userinfo: Claims = {};
      if (server.serverMetadata().userinfo_endpoint) {
        try {
          userinfo = await oidc.fetchUserInfo(server, tokens.access_token, idToken.sub);
        } catch (error) {
          throw classify(error, 'userinfo');
        }
      }
      // The ID token's claims (signed, validated) win over the userinfo's.
      return { issuer: idToken.iss, subject: idToken.sub, claims: { ...userinfo, ...idToken } };
    },
  };
}
