import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  BulkConfirmResult,
  CandidateResult,
  CaseIdentityLinks,
  IdentityReviewPair,
  IdentityReviewQueue,
  RegisteredCase,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string; message: string }[] };
}

const applicant = (givenNames: string, firstSurname: string, secondSurname: string, birthDate: string) => {
  const family = familyOfThree();
  return {
    ...family,
    principal: {
      ...family.principal,
      givenNames,
      firstSurname,
      secondSurname,
      birthDate,
      documents: [],
      phone: '',
    },
    dependants: [],
  };
};

describeEachEngine('HTTP: identity resolution', (database) => {
  let running: RunningApp;
  let registrar: HttpClient;
  let registrarCmx: HttpClient;
  let supervisor: HttpClient;
  let eligibility: HttpClient;
  let statistician: HttpClient;
  let existingCase: RegisteredCase;

  beforeAll(async () => {
    running = await startApp(database(), { demoCases: 2 });
    [registrar, registrarCmx, supervisor, eligibility, statistician] = Array.from({ length: 5 }, () =>
      running.client(),
    ) as [HttpClient, HttpClient, HttpClient, HttpClient, HttpClient];
    expect((await registrar.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await registrarCmx.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await eligibility.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await statistician.signIn('estadistica@demo.refugio.mx')).status).toBe(200);
    const created = await registrarCmx.json<RegisteredCase>('POST', '/api/v1/cases', {
      ...applicant('Guadalupe Rosario', 'Xicará', 'Batz', '1983-08-21'),
      identityChecks: [],
    });
    expect(created.status).toBe(201);
    existingCase = created.body;
  }, 180_000);
  afterAll(async () => {
    await running?.app.close();
  });

  const search = (client: HttpClient, body: unknown) =>
    client.json<CandidateResult & ErrorBody>('POST', '/api/v1/identity/candidates', body);

  it('finds a person of another office with the explanation, identification fields only', async () => {
    const res = await search(registrar, {
      givenNames: 'Guadalupe',
      firstSurname: 'Xicara',
      birthDate: '1983-08-21',
    });
    expect(res.status).toBe(200);
    expect(res.body.candidates).toHaveLength(1);
    const [c] = res.body.candidates;
    expect(c).toMatchObject({
      caseId: existingCase.id,
      caseNumber: existingCase.caseNumber,
      givenNames: 'Guadalupe Rosario',
    });
    expect(Object.keys(c!).sort()).toEqual(
      [
        'birthDate',
        'caseId',
        'caseNumber',
        'caseStage',
        'fields',
        'firstSurname',
        'givenNames',
        'nationalities',
        'officeName',
        'personId',
        'score',
        'secondSurname',
        'sex',
        'strong',
      ].sort(),
    );
  });

  it('answers 400 naming the field for bad input, 403 to roles that do not register', async () => {
    const bad = await search(registrar, { givenNames: '', firstSurname: 'X', birthDate: '1983-02-30' });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields!.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['givenNames', 'birthDate']));
    expect((await search(eligibility, { givenNames: 'A', firstSurname: 'B' })).status).toBe(403);
    expect((await search(statistician, { givenNames: 'A', firstSurname: 'B' })).status).toBe(403);
  });

  it('refuses a registration that did not decide on a strong candidate, then records the decision and the link', async () => {
    const input = applicant('Guadalupe Rosario', 'Xicará', 'Batz', '1983-08-21');
    const refused = await registrar.json<ErrorBody>('POST', '/api/v1/cases', {
      ...input,
      identityChecks: [],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'principal', code: 'undecided_identity_candidate' }),
    ]);
    expect(refused.body.error.fields![0]!.message).toContain(existingCase.caseNumber);
    const found = await search(registrar, {
      givenNames: 'Guadalupe Rosario',
      firstSurname: 'Xicará',
      birthDate: '1983-08-21',
    });
    const candidate = found.body.candidates[0]!;
    const saved = await registrar.json<RegisteredCase>('POST', '/api/v1/cases', {
      ...input,
      identityChecks: [{ position: 0, candidatePersonId: candidate.personId, decision: 'same_person' }],
    });
    expect(saved.status).toBe(201);
    const links = await registrar.json<CaseIdentityLinks>(
      'GET',
      `/api/v1/cases/${saved.body.id}/identity-links`,
    );
    expect(links.status).toBe(200);
    expect(links.body.links).toEqual([
      expect.objectContaining({
        kind: 'same_person',
        other: expect.objectContaining({ caseNumber: existingCase.caseNumber }),
        canUndo: true,
      }),
    ]);
    // Undone: the link stays, marked undone; a second undo is a conflict.
    const undo = await registrar.json<CaseIdentityLinks>(
      'POST',
      `/api/v1/cases/${saved.body.id}/identity-links/${links.body.links[0]!.id}/undo`,
    );
    expect(undo.status).toBe(200);
    expect(undo.body.links[0]!.undoneAt).not.toBeNull();
    const again = await registrar.json<ErrorBody>(
      'POST',
      `/api/v1/cases/${saved.body.id}/identity-links/${links.body.links[0]!.id}/undo`,
    );
    expect(again.status).toBe(409);
  });

  it('lets a supervisor decide queued pairs, 409 when decided meanwhile, and bulk-confirm above a chosen score', async () => {
    const first = await registrar.json<RegisteredCase>(
      'POST',
      '/api/v1/cases',
      applicant('Marie Carmel', 'Toussaint', 'Joseph', '1992-02-11'),
    );
    const second = await registrarCmx.json<RegisteredCase>(
      'POST',
      '/api/v1/cases',
      applicant('Marie Carmel', 'Toussaint', 'Joseph', '1992-02-11'),
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    const queue = await supervisor.json<IdentityReviewQueue>('GET', '/api/v1/identity/review-pairs');
    expect(queue.status).toBe(200);
    const pair = queue.body.items.find((p) => [p.a.caseId, p.b.caseId].includes(second.body.id))!;
    expect(pair).toBeDefined();
    expect(pair.fields.length).toBeGreaterThan(0);
    expect((await registrar.json('GET', '/api/v1/identity/review-pairs')).status).toBe(403);
    const badDecision = await supervisor.json<ErrorBody>(
      'POST',
      `/api/v1/identity/review-pairs/${pair.id}/decision`,
      {
        decision: 'maybe',
        version: pair.version,
      },
    );
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.error.fields!.map((f) => f.path)).toContain('decision');
    const decided = await supervisor.json<IdentityReviewPair>(
      'POST',
      `/api/v1/identity/review-pairs/${pair.id}/decision`,
      {
        decision: 'confirm',
        version: pair.version,
      },
    );
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('confirmed');
    const stale = await supervisor.json<ErrorBody>(
      'POST',
      `/api/v1/identity/review-pairs/${pair.id}/decision`,
      {
        decision: 'reject',
        version: pair.version,
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/someone else/i);
    const bulk = await supervisor.json<BulkConfirmResult>(
      'POST',
      '/api/v1/identity/review-pairs/bulk-confirm',
      {
        minScore: 0.9,
        pairs: [
          { id: pair.id, version: pair.version },
          { id: crypto.randomUUID(), version: 1 },
        ],
      },
    );
    expect(bulk.status).toBe(200);
    expect(bulk.body.results.map((r) => r.outcome)).toEqual(['conflict', 'not_found']);
  });
});
