import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  CaseDetail,
  InterviewRecordStepResult,
  InterviewRecordView,
  InterviewStepResult,
  RegisteredCase,
  RoomView,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { pdfText } from '../fixtures/pdf-text';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

describeEachEngine('HTTP: the interview record as PDF and a justified no-show', (database) => {
  let running: RunningApp;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let registration: HttpClient;
  let roomId: string;
  let officerId: string;

  /** A new case with its principal's Spanish interview on a past morning. */
  const interviewHeld = async (date: string) => {
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    const kase = (await officer.json<CaseDetail>('GET', `/api/v1/cases/${created.body.id}`)).body;
    const principal = kase.people.find((p) => p.role === 'principal')!;
    const scheduled = await officer.json<InterviewStepResult>('POST', `/api/v1/cases/${kase.id}/interviews`, {
      caseVersion: kase.version,
      personId: principal.id,
      officerId,
      language: 'spa',
      mode: 'in_person',
      roomId,
      date,
      startTime: '09:00',
      endTime: '11:00',
    });
    expect(scheduled.status).toBe(201);
    return scheduled.body;
  };

  beforeAll(async () => {
    running = await startApp(database());
    supervisor = running.client();
    officer = running.client();
    registration = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    const me = await officer.json<{ user: { id: string; office: { id: string } } }>('GET', '/api/v1/session');
    officerId = me.body.user.id;
    const room = await supervisor.json<RoomView>('POST', '/api/v1/rooms', {
      officeId: me.body.user.office.id,
      name: 'Sala 1',
      capacity: 4,
    });
    expect(room.status).toBe(201);
    roomId = room.body.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('prints the confirmed record for those who may read the claim, and audits it', async () => {
    const { interview, case: kase } = await interviewHeld('2026-11-03');
    const pdfPath = `/api/v1/interviews/${interview.id}/record.pdf`;
    const opened = await officer.json<InterviewRecordView>(
      'POST',
      `/api/v1/interviews/${interview.id}/record`,
      {
        version: interview.version,
        startTime: '09:05',
      },
    );
    expect(opened.status).toBe(201);
    // Still open: nothing to print yet.
    expect((await officer.json<ErrorBody>('GET', pdfPath)).status).toBe(409);
    const saved = await officer.json<InterviewRecordView>(
      'PUT',
      `/api/v1/interview-records/${opened.body.id}`,
      {
        version: opened.body.version,
        startTime: '09:05',
        endTime: '10:50',
        attendees: [
          { role: 'applicant', name: 'Persona solicitante' },
          { role: 'officer', name: 'Tomás Aguilar Peña' },
        ],
        informationGiven: ['criteria', 'confidentiality'],
        turns: [
          { speaker: 'officer', text: '¿Por qué salió de su país?' },
          { speaker: 'applicant', text: 'Me amenazaron por negarme a pagar la extorsión.' },
        ],
      },
    );
    expect(saved.status).toBe(200);
    const current = (await officer.json<CaseDetail>('GET', `/api/v1/cases/${kase.id}`)).body;
    const confirmed = await officer.json<InterviewRecordStepResult>(
      'POST',
      `/api/v1/interview-records/${opened.body.id}/confirm`,
      {
        version: saved.body.version,
        caseVersion: current.version,
        readBackLanguage: 'spa',
        applicantConfirmation: 'confirmed',
      },
    );
    expect(confirmed.status).toBe(200);

    const response = await officer.request('GET', pdfPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`acta-${kase.caseNumber}-2026-11-03.pdf`);
    const text = pdfText(Buffer.from(await response.arrayBuffer()), 'reading').replace(/\s+/g, ' ');
    expect(text).toContain('Acta de entrevista de elegibilidad');
    expect(text).toContain(kase.caseNumber);
    expect(text).toContain('09:05 – 10:50');
    expect(text).toContain('Me amenazaron por negarme a pagar la extorsión.');
    expect(text).toContain('Confirma el contenido');

    // Registration staff read the case, not the claim: as if there were no record.
    expect((await registration.json<ErrorBody>('GET', pdfPath)).status).toBe(404);
    expect((await running.client().json<ErrorBody>('GET', pdfPath)).status).toBe(401);
    expect((await officer.json<ErrorBody>('GET', `/api/v1/interviews/not-an-id/record.pdf`)).status).toBe(
      400,
    );
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'interview_record.print')
      .where('case_id', '=', kase.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('justifies a no-show over HTTP, naming the field of a bad request', async () => {
    const { interview } = await interviewHeld('2026-11-04');
    const kase = (await officer.json<CaseDetail>('GET', `/api/v1/cases/${interview.caseId}`)).body;
    const missed = await officer.json<InterviewStepResult>(
      'POST',
      `/api/v1/interviews/${interview.id}/no-show`,
      {
        version: interview.version,
        caseVersion: kase.version,
        waitedUntil: '09:45',
      },
    );
    expect(missed.status).toBe(200);
    expect(missed.body.interview.actions).toContain('justify_no_show');
    const path = `/api/v1/interviews/${interview.id}/no-show/justification`;
    const body = {
      version: missed.body.interview.version,
      caseVersion: missed.body.case.version,
      receivedOn: '2026-11-10',
      reason: 'illness',
      details: 'Presenta constancia médica.',
    };
    const bad = await officer.json<ErrorBody>('POST', path, { ...body, reason: 'weather' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path)).toEqual(['reason']);
    expect((await registration.json<ErrorBody>('POST', path, body)).status).toBe(403);
    const justified = await officer.json<InterviewStepResult>('POST', path, body);
    expect(justified.status).toBe(200);
    expect(justified.body.interview.noShow?.justification).toMatchObject({
      receivedOn: '2026-11-10',
      reason: 'illness',
      details: 'Presenta constancia médica.',
    });
    expect(justified.body.case.events.map((e) => e.type)).toContain('no_show_justified');
    expect((await officer.json<ErrorBody>('POST', path, body)).status).toBe(409);
  });
});
