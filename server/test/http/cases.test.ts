import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseDetail, CaseList, RegisteredCase } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

describeEachEngine('HTTP: registering and finding cases', (database) => {
  let running: RunningApp;
  let officer: HttpClient;
  let startedAt: Date;
  beforeAll(async () => {
    running = await startApp(database());
    startedAt = new Date();
    officer = running.client();
    expect((await officer.signIn('registro@demo.refugio.mx')).status).toBe(200);
  });
  afterAll(async () => {
    await running.app.close();
  });

  const register = (body: unknown) => officer.json<RegisteredCase & ErrorBody>('POST', '/api/v1/cases', body);
  const fieldsOf = (body: ErrorBody) => body.error.fields?.map((f) => f.path) ?? [];

  it('registers a family and opens its case file', async () => {
    const created = await register(familyOfThree());
    expect(created.status).toBe(201);
    expect(created.body.caseNumber).toMatch(/^COMAR-TAP-2026-\d{6}$/);
    const file = await officer.json<CaseDetail>('GET', `/api/v1/cases/${created.body.id}`);
    expect(file.status).toBe(200);
    expect(file.body.people).toHaveLength(3);
    expect(file.body.actions).toContain('print_proof_of_registration');
    expect(file.body.events.map((e) => e.type)).toEqual(['application_registered']);
  });

  it('finds the case by an unaccented name in any order', async () => {
    const found = await officer.json<CaseList>(
      'GET',
      '/api/v1/cases?q=' + encodeURIComponent('nunez perez jose'),
    );
    expect(found.status).toBe(200);
    expect(found.body.items.map((c) => c.principalName)).toContain('José Ángel Pérez Núñez');
  });

  it.each([
    [
      'a malformed date',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.birthDate = '31/12/1990'),
      'principal.birthDate',
    ],
    [
      'an impossible date',
      (b: ReturnType<typeof familyOfThree>) => void (b.entryDate = '2026-02-30'),
      'entryDate',
    ],
    [
      'an unknown country',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.countryOfBirth = 'XYZ'),
      'principal.countryOfBirth',
    ],
    [
      'an unknown language',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.languages = ['klingon']),
      'principal.languages.0',
    ],
    [
      'a 1 MB name',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.givenNames = 'a'.repeat(1024 * 1024)),
      'principal.givenNames',
    ],
    [
      'control characters',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.firstSurname = 'Pé\u0000rez\u0007'),
      'principal.firstSurname',
    ],
    [
      'a line break in a name',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.firstSurname = 'Pérez\nGómez'),
      'principal.firstSurname',
    ],
    [
      'a dependant without a relationship',
      (b: ReturnType<typeof familyOfThree>) =>
        void delete (b.dependants![1] as { relationship?: string }).relationship,
      'dependants.1.relationship',
    ],
    [
      'an application before the entry',
      (b: ReturnType<typeof familyOfThree>) => void (b.applicationDate = '2026-10-01'),
      'applicationDate',
    ],
    [
      'a birth date in the future',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.birthDate = '2099-01-01'),
      'principal.birthDate',
    ],
    [
      'an unknown specific-needs code',
      (b: ReturnType<typeof familyOfThree>) => void (b.principal.specificNeeds = ['ZZ-ZZ']),
      'principal.specificNeeds.0',
    ],
  ])('refuses %s with a 400 naming the field, and saves nothing', async (_label, spoil, path) => {
    const before = await officer.json<CaseList>('GET', '/api/v1/cases');
    const body = familyOfThree();
    spoil(body);
    const response = await register(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(fieldsOf(response.body)).toContain(path);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
    const after = await officer.json<CaseList>('GET', '/api/v1/cases');
    expect(after.body.total).toBe(before.body.total);
  });

  it('answers malformed JSON and a wrong content type with a 4xx, never a 500', async () => {
    const broken = await officer.request('POST', '/api/v1/cases', '{"principal": ', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    const text = await officer.request('POST', '/api/v1/cases', 'hola', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect((await text.json()).error.code).toBe('unsupported_media_type');
  });

  it('stores SQL and HTML in text fields literally', async () => {
    const body = familyOfThree();
    body.principal.givenNames = "Robert'); DROP TABLE cases;--";
    body.principal.address = '<script>alert("x")</script> Calle 5 <b>Sur</b>';
    const created = await register(body);
    expect(created.status).toBe(201);
    const file = await officer.json<CaseDetail>('GET', `/api/v1/cases/${created.body.id}`);
    expect(file.body.people[0]!.givenNames).toBe("Robert'); DROP TABLE cases;--");
    expect(file.body.people[0]!.address).toBe('<script>alert("x")</script> Calle 5 <b>Sur</b>');
  });

  it('requires the late-filing justification by field', async () => {
    const response = await register(
      familyOfThree({ entryDate: '2026-06-01', applicationDate: '2026-11-10' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'lateFilingJustification',
        code: 'late_filing_justification_required',
      }),
    ]);
  });

  it('gives two simultaneous registrations two numbers', async () => {
    const [a, b] = await Promise.all([register(familyOfThree()), register(familyOfThree())]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.caseNumber).not.toBe(b.body.caseNumber);
  });

  it("answers 404 for another office's case and 403 to a statistician", async () => {
    const cdmx = running.client();
    await cdmx.signIn('registro.cdmx@demo.refugio.mx');
    const theirs = await cdmx.json<CaseList>('GET', '/api/v1/cases');
    expect(theirs.body.total).toBeGreaterThan(0);
    expect(theirs.body.items.every((c) => c.office.code === 'CMX')).toBe(true);
    const hidden = await officer.json<ErrorBody>('GET', `/api/v1/cases/${theirs.body.items[0]!.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('not_found');

    const statistician = running.client();
    await statistician.signIn('estadistica@demo.refugio.mx');
    expect((await statistician.json('GET', '/api/v1/cases')).status).toBe(403);
    expect((await statistician.json('POST', '/api/v1/cases', familyOfThree())).status).toBe(403);
  });

  it('prints each person’s proof of registration as a PDF, in Spanish or English', async () => {
    const created = await register(familyOfThree());
    const file = await officer.json<CaseDetail>('GET', `/api/v1/cases/${created.body.id}`);
    const child = file.body.people[2]!;
    for (const lang of ['es', 'en']) {
      const response = await officer.request(
        'GET',
        `/api/v1/cases/${created.body.id}/people/${child.id}/proof-of-registration.pdf?lang=${lang}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(created.body.caseNumber);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const wrongPerson = await officer.request(
      'GET',
      `/api/v1/cases/${created.body.id}/people/00000000-0000-4000-8000-000000000000/proof-of-registration.pdf`,
    );
    expect(wrongPerson.status).toBe(404);
  });

  it('audits every case-file read with the client address', async () => {
    const me = await officer.json<{ user: { id: string } }>('GET', '/api/v1/session');
    const rows = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'client_address', 'case_id'])
      .where('actor_id', '=', me.body.user.id)
      .where('occurred_at', '>=', startedAt)
      .where('action', 'in', ['case.read', 'case.register', 'case.print_proof_of_registration'])
      .execute();
    expect(rows.filter((r) => r.action === 'case.print_proof_of_registration')).toHaveLength(2);
    expect(rows.filter((r) => r.action === 'case.read').length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.client_address === '127.0.0.1' && r.case_id !== null)).toBe(true);
  });
});
