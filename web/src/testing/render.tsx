import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { vi } from 'vitest';
import type { Me } from '@refugio/contract';
import type { Reference } from '../api/endpoints';
import { ReferenceContext } from '../app/ReferenceContext';
import { createI18n, type UiLanguage } from '../i18n/i18n';
import { SessionContext, type Session } from '../session/SessionContext';
import { mexico, registrationOfficer } from './fixtures';

interface Options {
  language?: UiLanguage;
  me?: Me;
  reference?: Reference;
  path?: string;
}

/** Renders a signed-in page with real i18n, session, reference data and an in-memory URL. */
export function renderSignedIn(ui: ReactElement, options: Options = {}) {
  const { language = 'es', me = registrationOfficer, reference = mexico, path = '/' } = options;
  const i18n = createI18n(language);
  const [pathname = '/', search = ''] = path.split('?');
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  const session: Session = {
    state: { status: 'signedIn', me },
    signIn: vi.fn(),
    completeSignIn: vi.fn(),
    signOut: vi.fn(),
  };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <SessionContext.Provider value={session}>
        <ReferenceContext.Provider value={reference}>
          <Router hook={location.hook} searchHook={location.searchHook}>
            {ui}
          </Router>
        </ReferenceContext.Provider>
      </SessionContext.Provider>
    </I18nextProvider>,
  );
  return { ...result, i18n, location };
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/** Replaces fetch with `handler`; returns the list of requests made, for assertions on what was sent. */
export function stubFetch(handler: Handler) {
  const requests: { url: URL; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://refugio.test');
    requests.push({ url, init });
    return handler(url, init);
  });
  return requests;
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The times the case file itself was loaded (its panels load their own records beside it). */
export const caseFileLoads = (requests: readonly { url: URL; init: RequestInit | undefined }[]) =>
  requests.filter(
    (r) => (r.init?.method ?? 'GET') === 'GET' && /^\/api\/v1\/cases\/[^/]+$/.test(r.url.pathname),
  );
