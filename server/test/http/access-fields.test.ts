import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AssessmentStepResult, AssessmentView } from '@refugio/contract';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { describeEachEngine } from '../harness/engines';
import { actorByEmail, interviewedCase } from '../fixtures/assessments';
import { startApp, type HttpClient, type RunningApp } from './running-app';

const statement = 'Relató amenazas de la pandilla frente a su casa en San Pedro Sula';

/**
 * Field-level rules through the assessment and interview presenters: what the applicant said reaches
 * eligibility officers and supervisors, and no other role's JSON contains it.
 */
describeEachEngine('HTTP: the claim is withheld from roles that do not need it', (database) => {
  let running: RunningApp;
  const as: Record<string, HttpClient> = {};
  let caseId: string;
  let assessment: AssessmentView;

  beforeAll(async () => {
    running = await startApp(database());
    for (const who of ['registro', 'elegibilidad', 'supervision', 'admin', 'estadistica', 'auditoria']) {
      as[who] = running.client();
      expect((await as[who].signIn(`${who}@demo.refugio.mx`)).status).toBe(200);
    }
    const db = database().db;
    const prepared = await interviewedCase(
      db,
      {
        registrar: await actorByEmail(db, 'registro@demo.refugio.mx'),
        officer: await actorByEmail(db, 'elegibilidad@demo.refugio.mx'),
      },
      jurisdictionOf('MEX'),
    );
    caseId = prepared.caseId;
    const started = await as.elegibilidad!.json<AssessmentStepResult>(
      'POST',
      `/api/v1/cases/${caseId}/assessment`,
      { caseVersion: prepared.version },
    );
    expect(started.status).toBe(201);
    assessment = started.body.assessment;
    const saved = await as.elegibilidad!.json(
      'PUT',
      `/api/v1/assessments/${assessment.id}/sections/credibility`,
      { version: 1, complete: false, content: { conclusion: 'credible', reasons: statement } },
    );
    expect(saved.status).toBe(200);
  });
  afterAll(async () => {
    await running.app.close();
  });

  const read = async (who: string, path: string) => {
    const response = await as[who]!.request('GET', path);
    return { status: response.status, text: await response.text() };
  };

  it('sends the assessment to the eligibility officer and the supervisor', async () => {
    for (const who of ['elegibilidad', 'supervision']) {
      const { status, text } = await read(who, `/api/v1/cases/${caseId}/assessment`);
      expect([who, status]).toEqual([who, 200]);
      expect(text).toContain(statement);
    }
  });

  it.each(['registro', 'admin', 'estadistica', 'auditoria'])(
    'sends %s neither the assessment nor the case file with the statement',
    async (who) => {
      for (const path of [
        `/api/v1/cases/${caseId}/assessment`,
        `/api/v1/cases/${caseId}`,
        `/api/v1/cases/${caseId}/interviews`,
      ]) {
        const { status, text } = await read(who, path);
        expect(text).not.toContain(statement);
        if (path.endsWith('/assessment'))
          expect([who, status]).toEqual([who, who === 'registro' || who === 'admin' ? 403 : 404]);
      }
    },
  );
});
