import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RegisteredCase, SubjectAccessExport } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { markCaseSensitive } from '../fixtures/sensitivity';
import { createRoom } from '../fixtures/interviews';
import { pdfText } from '../fixtures/pdf-text';
import { fieldWriter } from '../../src/crypto/sealed-fields';
import { replaceTurns } from '../../src/interviews/interview-record.repository';
import { startApp, type HttpClient, type RunningApp } from './running-app';

describeEachEngine('HTTP: subject access export', (database) => {
  let running: RunningApp;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let admin: HttpClient;
  let otherOffice: HttpClient;
  let caseId: string;
  let caseNumber: string;
  let principalId: string;
  let spouseId: string;
  const family = familyOfThree();
  const base = () => `/api/v1/cases/${caseId}/people/${principalId}`;

  beforeAll(async () => {
    running = await startApp(database(), { demoCases: 1 });
    [supervisor, officer, admin, otherOffice] = Array.from({ length: 4 }, () => running.client()) as [
      HttpClient,
      HttpClient,
      HttpClient,
      HttpClient,
    ];
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    const created = await supervisor.json<RegisteredCase>('POST', '/api/v1/cases', family);
    expect(created.status).toBe(201);
    ({ id: caseId, caseNumber } = created.body);
    const { db } = database();
    const people = await db
      .selectFrom('people')
      .select(['id', 'role'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
    [principalId, spouseId] = [people[0]!.id, people[1]!.id];

    // A joint interview of the principal, his wife present and speaking: her words and name are hers.
    const officerRow = await db
      .selectFrom('users')
      .select(['id', 'office_id'])
      .where('email', '=', 'elegibilidad@demo.refugio.mx')
      .executeTakeFirstOrThrow();
    const interview = await db
      .insertInto('interviews')
      .values({
        case_id: caseId,
        person_id: principalId,
        office_id: officerRow.office_id!,
        purpose: 'eligibility',
        drives_stage: false,
        officer_id: officerRow.id,
        language: 'spa',
        starts_at: new Date('2026-11-18T15:00:00Z'),
        ends_at: new Date('2026-11-18T17:00:00Z'),
        mode: 'in_person',
        room_id: await createRoom(db, officerRow.office_id!, 'Sala de acceso'),
        status: 'held',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const recordId = crypto.randomUUID();
    const cipher = await fieldWriter(db, caseId);
    const place = (column: 'observations' | 'applicant_remarks') => ({
      table: 'interview_records',
      column,
      rowId: recordId,
    });
    await db
      .insertInto('interview_records')
      .values({
        id: recordId,
        interview_id: interview.id,
        started_at: new Date('2026-11-18T15:05:00Z'),
        attendees: JSON.stringify([
          { role: 'applicant', name: 'José Ángel Pérez Núñez' },
          { role: 'dependant', name: 'María Inés Zúñiga Peña' },
        ]),
        information_given: JSON.stringify([]),
        fitness: JSON.stringify({ fit: true, notes: '' }),
        observations: cipher.sealText(place('observations'), ''),
        applicant_remarks: cipher.sealText(place('applicant_remarks'), ''),
        status: 'open',
      })
      .execute();
    await replaceTurns(db, recordId, [
      { speaker: 'officer', text: '¿Por qué salió de Honduras?' },
      { speaker: 'applicant', text: 'La mara me amenazó en San Pedro Sula.' },
      { speaker: 'other', text: 'A mí me siguieron desde Choloma hasta el mercado.' },
    ]);
  });
  afterAll(() => running.app.close());

  it('gives the principal his own data in full and withholds his wife’s, saying so', async () => {
    const res = await supervisor.json<SubjectAccessExport>('GET', `${base()}/subject-access.json`);
    expect(res.status).toBe(200);
    const x = res.body;
    expect(x.subject).toMatchObject({
      givenNames: 'José Ángel',
      firstSurname: 'Pérez',
      birthDate: '1988-04-12',
      phone: '+52 962 123 4567',
      identityDocuments: [{ type: 'national_id', number: '0801-1988-01234', issuingCountry: 'HND' }],
    });
    expect(x.subject.specificNeeds).toEqual([{ code: 'LP-RR', label: expect.any(String) }]);
    expect(x.subject.specificNeeds[0]!.label).not.toBe('LP-RR');
    expect(x.case.caseNumber).toBe(caseNumber);
    expect(x.otherPeople).toEqual([
      { role: 'dependant', relationship: 'spouse', withheld: true },
      { role: 'dependant', relationship: 'child', withheld: true },
    ]);
    const text = JSON.stringify(x);
    for (const secret of ['María Inés', 'Zúñiga', '1990-09-30', 'Sofía', '2019-01-01', 'WR-WR', 'Choloma']) {
      expect(text, secret).not.toContain(secret);
    }
    const [interview] = x.interviews;
    expect(interview!.record!.turns.map((t) => t.withheld)).toEqual([false, false, true]);
    expect(interview!.record!.turns[1]!.text).toBe('La mara me amenazó en San Pedro Sula.');
    expect(interview!.record!.attendees).toEqual([
      { role: 'applicant', name: 'José Ángel Pérez Núñez', withheld: false },
      { role: 'dependant', name: null, withheld: true },
    ]);
    expect(x.withheld).toMatchObject({ people: 2, interviewTurns: 1, attendees: 1 });
    // Who opened the file: role and office, never the person's name.
    expect(x.accessLog.some((a) => a.action === 'case.registered' || a.role === 'supervisor')).toBe(true);
  });

  it('gives the wife her own data, not her husband’s, and no transcript of his interview', async () => {
    const res = await supervisor.json<SubjectAccessExport>(
      'GET',
      `/api/v1/cases/${caseId}/people/${spouseId}/subject-access.json?lang=en`,
    );
    expect(res.status).toBe(200);
    expect(res.body.subject.givenNames).toBe('María Inés');
    expect(res.body.language).toBe('en');
    const text = JSON.stringify(res.body);
    for (const secret of [
      'José Ángel',
      '1988-04-12',
      '0801-1988-01234',
      'San Pedro Sula',
      '+52 962 123 4567',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(res.body.interviews).toEqual([]);
    expect(res.body.withheld.interviews).toBe(1);
  });

  it("keeps each person's consents and the disclosures of their data to them alone", async () => {
    const recipient = await admin.json<{ id: string }>('POST', '/api/v1/recipients', {
      name: 'ACNUR Tapachula (acceso)',
      kind: 'unhcr',
    });
    expect(recipient.status).toBe(201);
    const consent = await supervisor.json('POST', `/api/v1/cases/${caseId}/consents`, {
      personId: spouseId,
      purpose: 'unhcr',
      decision: 'given',
      method: 'signed_form',
      expressedOn: '2026-11-19',
      note: 'Firmó en presencia de su hermana Lucía',
    });
    expect(consent.status).toBe(201);
    const shared = await supervisor.json('POST', `/api/v1/cases/${caseId}/disclosures`, {
      recipientId: recipient.body.id,
      purpose: 'unhcr',
      personIds: [spouseId],
    });
    expect(shared.status).toBe(201);

    const principal = await supervisor.json<SubjectAccessExport>('GET', `${base()}/subject-access.json`);
    expect(principal.body.consents).toEqual([]);
    expect(principal.body.disclosures).toEqual([]);
    expect(JSON.stringify(principal.body)).not.toContain('Lucía');
    const principalEvents = principal.body.events.map((e) => e.type);
    expect(principalEvents).not.toContain('consent_recorded');
    expect(principalEvents).not.toContain('disclosure_made');
    expect(principal.body.withheld.events).toBeGreaterThanOrEqual(2);

    const spouse = await supervisor.json<SubjectAccessExport>(
      'GET',
      `/api/v1/cases/${caseId}/people/${spouseId}/subject-access.json`,
    );
    expect(spouse.body.consents).toMatchObject([
      {
        purpose: 'unhcr',
        decision: 'given',
        expressedOn: '2026-11-19',
        note: 'Firmó en presencia de su hermana Lucía',
      },
    ]);
    expect(spouse.body.disclosures).toMatchObject([
      {
        recipient: { name: 'ACNUR Tapachula (acceso)', kind: 'unhcr' },
        purpose: 'unhcr',
        legalBasis: 'consent',
      },
    ]);
    expect(spouse.body.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['consent_recorded', 'disclosure_made']),
    );
  });

  it('prints a PDF with the name, the case number and the redaction marker, every page numbered', async () => {
    const res = await supervisor.request('GET', `${base()}/subject-access.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await res.arrayBuffer()), '-raw');
    expect(text).toContain('José Ángel Pérez Núñez');
    expect(text).toContain(caseNumber);
    expect(text).toContain('[Dato de tercero omitido]');
    expect(text).toContain('CONFIDENCIAL');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).not.toContain('María Inés');
    expect(text).not.toContain('Choloma');
    const english = await supervisor.request('GET', `${base()}/subject-access.pdf?lang=en`);
    expect(pdfText(Buffer.from(await english.arrayBuffer()), '-raw')).toContain(
      '[Third-party data withheld]',
    );
  });

  it('records each export in the audit log (codes only) and as a case event', async () => {
    const { db } = database();
    const entries = await db
      .selectFrom('audit_log')
      .select(['details'])
      .where('case_id', '=', caseId)
      .where('action', '=', 'subject_access.exported')
      .execute();
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const details = JSON.stringify(entries.map((e) => e.details));
    expect(details).toContain('"format":"pdf"');
    expect(details).not.toContain('José');
    expect(details).not.toContain('Pérez');
    const events = await db
      .selectFrom('case_events')
      .select('data')
      .where('case_id', '=', caseId)
      .where('type', '=', 'subject_access_exported')
      .execute();
    expect(events.length).toBe(entries.length);
  });

  it('is refused to those without the permission, and hidden from other offices', async () => {
    expect((await officer.request('GET', `${base()}/subject-access.json`)).status).toBe(403);
    expect((await admin.request('GET', `${base()}/subject-access.pdf`)).status).toBe(403);
    expect((await otherOffice.request('GET', `${base()}/subject-access.json`)).status).toBe(404);
    const stranger = `/api/v1/cases/${caseId}/people/${crypto.randomUUID()}/subject-access.json`;
    expect((await supervisor.request('GET', stranger)).status).toBe(404);
    const badLang = await supervisor.request('GET', `${base()}/subject-access.json?lang=fr`);
    expect(badLang.status).toBe(400);
  });

  it('answers 404 on a sensitive case to an administrator and an unnamed supervisor', async () => {
    const { db } = database();
    const registered = await db
      .selectFrom('cases')
      .select('registered_by')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    await markCaseSensitive(db, caseId, { by: registered.registered_by! });
    expect((await admin.request('GET', `${base()}/subject-access.json`)).status).toBe(404);
    expect((await supervisor.request('GET', `${base()}/subject-access.pdf`)).status).toBe(404);
  });
});
