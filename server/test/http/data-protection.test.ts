import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseConsents, DisclosurePackage, DisclosureView, RecipientView } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

describeEachEngine('HTTP: consent and disclosures', (database) => {
  let running: RunningApp;
  let admin: HttpClient;
  let registrar: HttpClient;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let otherOffice: HttpClient;
  let caseId: string;
  let people: { id: string; nationalities: string[] }[];

  beforeAll(async () => {
    running = await startApp(database());
    [admin, registrar, supervisor, officer, otherOffice] = Array.from({ length: 5 }, () =>
      running.client(),
    ) as [HttpClient, HttpClient, HttpClient, HttpClient, HttpClient];
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    expect((await registrar.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    const { db } = database();
    const kase = await db
      .selectFrom('cases')
      .innerJoin('offices', 'offices.id', 'cases.office_id')
      .select('cases.id')
      .where('offices.code', '=', 'TAP')
      .where('cases.sensitive', '=', false)
      .orderBy('cases.case_number')
      .executeTakeFirstOrThrow();
    caseId = kase.id;
    people = await db
      .selectFrom('people')
      .select(['id', 'nationalities'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
  });
  afterAll(() => running.app.close());

  it('lets administrators alone keep the register of recipients, with errors that name the field', async () => {
    const added = await admin.json<RecipientView>('POST', '/api/v1/recipients', {
      name: 'ACNUR Tapachula',
      kind: 'unhcr',
    });
    expect(added.status).toBe(201);
    expect(added.body.purposes).toContain('unhcr');
    const refused = await supervisor.json<ErrorBody>('POST', '/api/v1/recipients', {
      name: 'Otra',
      kind: 'ngo',
    });
    expect(refused.status).toBe(403);
    const noState = await admin.json<ErrorBody>('POST', '/api/v1/recipients', {
      name: 'Embajada',
      kind: 'state_authority',
    });
    expect(noState.status).toBe(400);
    expect(noState.body.error.fields?.map((f) => f.path)).toEqual(['country']);
    const stale = await admin.json<ErrorBody>('PUT', `/api/v1/recipients/${added.body.id}`, {
      version: added.body.version + 1,
      name: 'ACNUR Tapachula',
      kind: 'unhcr',
      active: false,
    });
    expect(stale.status).toBe(409);
  });

  it('records consent and shares with it; refuses the authority of the country of origin whatever the consent', async () => {
    const principal = people[0]!;
    const recorded = await registrar.json<CaseConsents>('POST', `/api/v1/cases/${caseId}/consents`, {
      personId: principal.id,
      purpose: 'resettlement',
      decision: 'given',
      method: 'signed_form',
      expressedOn: '2026-11-19',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.people[0]!.current.resettlement?.decision).toBe('given');

    const third = await admin.json<RecipientView>('POST', '/api/v1/recipients', {
      name: 'Embajada de Canadá',
      kind: 'state_authority',
      country: 'CAN',
    });
    const origin = await admin.json<RecipientView>('POST', '/api/v1/recipients', {
      name: 'Consulado del país de origen',
      kind: 'state_authority',
      country: principal.nationalities[0],
    });
    const input = (recipientId: string) => ({
      recipientId,
      purpose: 'resettlement',
      personIds: [principal.id],
    });

    const toOrigin = await supervisor.json<ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/disclosures`,
      input(origin.body.id),
    );
    expect(toOrigin.status).toBe(403);
    expect(toOrigin.body.error.code).toBe('disclosure_refused');
    expect(toOrigin.body.error.fields).toEqual([
      expect.objectContaining({ path: 'personIds.0', code: 'country_of_origin' }),
    ]);

    const byOfficer = await officer.json<ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/disclosures`,
      input(third.body.id),
    );
    expect(byOfficer.status).toBe(403);
    const made = await supervisor.json<{ disclosure: DisclosureView; package: DisclosurePackage }>(
      'POST',
      `/api/v1/cases/${caseId}/disclosures`,
      input(third.body.id),
    );
    expect(made.status).toBe(201);
    expect(made.body.package.recipient.name).toBe('Embajada de Canadá');
    const listed = await registrar.json<{ disclosures: DisclosureView[] }>(
      'GET',
      `/api/v1/cases/${caseId}/disclosures`,
    );
    expect(listed.body.disclosures.map((d) => d.id)).toEqual([made.body.disclosure.id]);
  });

  it('hides the case from another office and refuses malformed input by field, never with a 500', async () => {
    expect((await otherOffice.json('GET', `/api/v1/cases/${caseId}/consents`)).status).toBe(404);
    const bad = await registrar.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/consents`, {
      personId: 'not-a-uuid',
      purpose: 'gossip',
      decision: 'given',
      method: 'signed_form',
      expressedOn: '2026-02-30',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path).sort()).toEqual(['expressedOn', 'personId', 'purpose']);
  });
});
