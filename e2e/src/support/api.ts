import { request } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './sign-in';

/** One person of an application as the API takes it (contract/src/registration.ts): codes, ISO dates. */
export interface ApiPerson {
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  sex: 'F' | 'M';
  birthDate: string;
  countryOfBirth: string;
  nationalities: string[];
  countryOfOrigin: string;
  languages: string[];
}

/** An application as POST /api/v1/cases takes it; the office is the registering officer's. */
export interface ApiApplication {
  entryDate: string;
  entryPlace: string;
  applicationDate: string;
  principal: ApiPerson;
}

export interface RegisteredCase {
  id: string;
  caseNumber: string;
}

/**
 * Registers an application through the HTTP API as `user` (the registration officer unless told),
 * signed in with a request context of its own: setup for journeys that start from a registered case.
 */
export async function registerThroughApi(
  baseUrl: string,
  application: ApiApplication,
  user: DemoUser = DEMO_USERS.registration,
): Promise<RegisteredCase> {
  // The header every Refugio client sends with a change (server/src/http/csrf.ts).
  const api = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { 'x-requested-with': 'refugio' },
  });
  try {
    const session = await api.post('/api/v1/session', {
      data: { email: user.email, password: DEMO_PASSWORD },
    });
    if (!session.ok())
      throw new Error(`Signing in as ${user.email}: ${session.status()} ${await session.text()}`);
    const response = await api.post('/api/v1/cases', { data: application });
    if (response.status() !== 201 && response.status() !== 200) {
      throw new Error(`Registering the application: ${response.status()} ${await response.text()}`);
    }
    const body = (await response.json()) as Partial<RegisteredCase>;
    if (typeof body.id !== 'string' || typeof body.caseNumber !== 'string') {
      throw new Error(`The registration answered no id or case number: ${JSON.stringify(body)}`);
    }
    return { id: body.id, caseNumber: body.caseNumber };
  } finally {
    await api.dispose();
  }
}
