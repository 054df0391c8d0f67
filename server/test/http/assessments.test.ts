import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  AssessmentReadiness,
  AssessmentStepResult,
  AssessmentView,
  CaseAssessment,
  CoiCitationList,
  CoiSourceView,
} from '@refugio/contract';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { setAssessmentStatus } from '../../src/assessments/assessment-snapshot';
import { describeEachEngine } from '../harness/engines';
import { actorByEmail, completeRefusal, interviewedCase } from '../fixtures/assessments';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const fields = (body: ErrorBody) => (body.error.fields ?? []).map((f) => `${f.path}:${f.code}`);

describeEachEngine('HTTP: eligibility assessment', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let officer: HttpClient;
  let supervisor: HttpClient;
  let registration: HttpClient;
  let appeals: HttpClient;
  let caseId: string;
  let caseVersion: number;
  let assessment: AssessmentView;

  beforeAll(async () => {
    running = await startApp(database());
    anonymous = running.client();
    officer = running.client();
    supervisor = running.client();
    registration = running.client();
    appeals = running.client();
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await appeals.signIn('revision@demo.refugio.mx')).status).toBe(200);
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
    caseVersion = prepared.version;
  });
  afterAll(async () => {
    await running.app.close();
  });

  const section = (client: HttpClient, id: string, body: unknown) =>
    client.json<AssessmentView & ErrorBody>(
      'PUT',
      `/api/v1/assessments/${assessment.id}/sections/${id}`,
      body,
    );
  const versionOf = (id: string) => assessment.sections.find((s) => s.id === id)!.version;

  it('answers 401 to every route without a session', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/v1/cases/${someId}/assessment`],
      ['POST', `/api/v1/cases/${someId}/assessment`, { caseVersion: 1 }],
      [
        'PUT',
        `/api/v1/assessments/${someId}/sections/identity`,
        { version: 1, complete: false, content: {} },
      ],
      ['POST', `/api/v1/assessments/${someId}/facts`, {}],
      ['DELETE', `/api/v1/assessments/${someId}/facts/${someId}`],
      ['POST', `/api/v1/assessments/${someId}/citations`, {}],
      ['DELETE', `/api/v1/assessments/${someId}/citations/${someId}`],
      ['GET', `/api/v1/assessments/${someId}/readiness`],
    ];
    for (const [method, path, body] of routes)
      expect((await anonymous.json(method, path, body)).status, `${method} ${path}`).toBe(401);
  });

  it('offers the start to the eligibility officer; the claim stays closed to registration and other offices', async () => {
    const view = await officer.json<CaseAssessment>('GET', `/api/v1/cases/${caseId}/assessment`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ assessment: null, canStart: true, caseVersion });
    expect((await registration.json('GET', `/api/v1/cases/${caseId}/assessment`)).status).toBe(403);
    expect((await appeals.json('GET', `/api/v1/cases/${caseId}/assessment`)).status).toBe(404);
    const supervised = await supervisor.json<CaseAssessment>('GET', `/api/v1/cases/${caseId}/assessment`);
    expect(supervised.body.canStart).toBe(false);
  });

  it('refuses a start by a role the procedure does not give the step, and from a stale case', async () => {
    const bySupervisor = await supervisor.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/assessment`, {
      caseVersion,
    });
    expect(bySupervisor.status).toBe(403);
    const stale = await officer.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/assessment`, {
      caseVersion: caseVersion - 1,
    });
    expect(stale.status).toBe(409);
    const bad = await officer.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/assessment`, {});
    expect(bad.status).toBe(400);
    expect(fields(bad.body)[0]).toMatch(/^caseVersion:/);
  });

  it('starts the assessment of the principal, taking begin_assessment on the case', async () => {
    const started = await officer.json<AssessmentStepResult>('POST', `/api/v1/cases/${caseId}/assessment`, {
      caseVersion,
    });
    expect(started.status).toBe(201);
    assessment = started.body.assessment;
    expect(started.body.case.stage).toBe('assessment');
    expect(started.body.case.events.at(-1)).toMatchObject({ type: 'begin_assessment' });
    expect(assessment).toMatchObject({ round: 1, status: 'draft', actions: ['edit'] });
    expect(assessment.person.name).toBe('José Ángel Pérez Núñez');
    expect(assessment.sections.map((s) => s.id)).toEqual([
      'identity',
      'material_facts',
      'credibility',
      'well_founded_fear',
      'grounds',
      'nexus',
      'state_protection',
      'cartagena',
      'exclusion',
      'complementary_protection',
      'derivatives',
      'conclusion',
    ]);
    expect(assessment.grounds).toContain('gender');
    expect(assessment.sections.find((s) => s.id === 'cartagena')!.requirement).toBe('required');
    expect(assessment.dependants).toHaveLength(2);
    const again = await officer.json('POST', `/api/v1/cases/${caseId}/assessment`, {
      caseVersion: started.body.case.version,
    });
    expect(again.status).toBe(409);
  });

  it('saves a section from the version seen, and refuses completing it with gaps, naming the field', async () => {
    const gaps = await section(officer, 'identity', {
      version: 1,
      complete: true,
      content: { identity: 'established' },
    });
    expect(gaps.status).toBe(400);
    expect(fields(gaps.body)).toEqual(['content.nationality:required', 'content.reasons:required']);
    const badValue = await section(officer, 'identity', {
      version: 1,
      complete: false,
      content: { identity: 'sure' },
    });
    expect(badValue.status).toBe(400);
    expect(fields(badValue.body)[0]).toMatch(/^content\.identity:/);
    const draft = await section(officer, 'identity', {
      version: 1,
      complete: false,
      content: { identity: 'established' },
    });
    expect(draft.status).toBe(200);
    expect(draft.body.sections[0]).toMatchObject({
      version: 2,
      complete: false,
      content: { identity: 'established' },
    });
    const stale = await section(officer, 'identity', { version: 1, complete: false, content: {} });
    expect(stale.status).toBe(409);
    const foreignGround = await section(officer, 'grounds', {
      version: 1,
      complete: false,
      content: { grounds: [{ ground: 'ethnicity', reasons: 'x' }] },
    });
    expect(fields(foreignGround.body)).toEqual(['content.grounds.0.ground:not_offered']);
    expect(
      (await section(registration, 'identity', { version: 2, complete: false, content: {} })).status,
    ).toBe(403);
    assessment = draft.body;
  });

  it('records material facts; a rejection for an inconsistency never put to the applicant is refused', async () => {
    const facts = `/api/v1/assessments/${assessment.id}/facts`;
    const unput = await officer.json<ErrorBody>('POST', facts, {
      statement: 'Fue amenazado por la pandilla en marzo de 2026.',
      finding: 'rejected',
      reasons: 'Fechas contradictorias.',
      rejectionGrounds: ['internal_inconsistency'],
      putToApplicant: false,
    });
    expect(unput.status).toBe(400);
    expect(fields(unput.body)).toEqual(['putToApplicant:custom']);
    const added = await officer.json<AssessmentView>('POST', facts, {
      statement: 'Fue amenazado por la pandilla en marzo de 2026.',
      finding: 'accepted',
      reasons: 'Relato detallado y coherente con la información del país.',
    });
    expect(added.status).toBe(201);
    expect(added.body.facts).toMatchObject([{ position: 1, finding: 'accepted', version: 1 }]);
    const fact = added.body.facts[0]!;
    const changed = await officer.json<AssessmentView>('PUT', `${facts}/${fact.id}`, {
      version: 1,
      fact: {
        statement: fact.statement,
        finding: 'rejected',
        reasons: 'Contradicción en la fecha, puesta al solicitante, que no la explicó.',
        rejectionGrounds: ['internal_inconsistency'],
        putToApplicant: true,
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.facts[0]).toMatchObject({ finding: 'rejected', version: 2 });
    const stale = await officer.json('PUT', `${facts}/${fact.id}`, {
      version: 1,
      fact: { statement: 'x', finding: 'accepted', reasons: 'y' },
    });
    expect(stale.status).toBe(409);
    assessment = changed.body;
  });

  it('cites a current COI source; the source lists the assessment, and once superseded cannot be cited again', async () => {
    const source = await officer.json<CoiSourceView>('POST', '/api/v1/coi-sources', {
      title: 'Honduras: maras y extorsión',
      publisher: 'ACNUR',
      publishedOn: '2025-03-01',
      url: 'https://www.refworld.org/hnd',
      countries: ['HND'],
    });
    const cite = (body: unknown) =>
      officer.json<AssessmentView & ErrorBody>(
        'POST',
        `/api/v1/assessments/${assessment.id}/citations`,
        body,
      );
    const cited = await cite({
      section: 'material_facts',
      factId: assessment.facts[0]!.id,
      kind: 'coi',
      coiSourceId: source.body.id,
      pinpoint: 'p. 12',
    });
    expect(cited.status).toBe(201);
    expect(cited.body.citations).toMatchObject([
      { kind: 'coi', pinpoint: 'p. 12', coiSource: { id: source.body.id, superseded: false } },
    ]);
    const interview = await cite({ section: 'credibility', kind: 'interview_turn', interviewTurnId: 14 });
    expect(interview.status).toBe(400);
    expect(fields(interview.body)).toEqual(['pinpoint:custom']);
    const withPinpoint = await cite({
      section: 'credibility',
      kind: 'interview_turn',
      interviewTurnId: 14,
      pinpoint: 'Acta, intervenciones 14–16',
    });
    expect(withPinpoint.status).toBe(201);

    const citing = await supervisor.json<CoiCitationList>(
      'GET',
      `/api/v1/coi-sources/${source.body.id}/citations`,
    );
    expect(citing.body.assessments).toEqual([
      expect.objectContaining({
        assessmentId: assessment.id,
        case: expect.objectContaining({ id: caseId }),
        citations: 1,
      }),
    ]);
    const superseded = await supervisor.json('POST', `/api/v1/coi-sources/${source.body.id}/supersede`, {
      version: source.body.version,
      reason: 'Informe actualizado',
    });
    expect(superseded.status).toBe(200);
    const again = await cite({ section: 'well_founded_fear', kind: 'coi', coiSourceId: source.body.id });
    expect(again.status).toBe(400);
    expect(fields(again.body)).toEqual(['coiSourceId:superseded']);
    const removed = await officer.json<AssessmentView>(
      'DELETE',
      `/api/v1/assessments/${assessment.id}/citations/${withPinpoint.body.citations[1]!.id}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.citations).toHaveLength(1);
    expect(removed.body.citations[0]!.coiSource?.superseded).toBe(true);
    assessment = removed.body;
  });

  it('is ready for a Mexican refusal only with the complementary-protection analysis (LRPCAP art. 29)', async () => {
    const derivatives = {
      people: assessment.dependants.map((d) => ({
        personId: d.id,
        status: 'follows_principal',
        relationshipBasis: 'Art. 12',
      })),
      reasons: '',
    };
    for (const s of assessment.sections) {
      if (s.id === 'complementary_protection') continue;
      const content = s.id === 'derivatives' ? derivatives : completeRefusal[s.id]!;
      const saved = await section(officer, s.id, { version: versionOf(s.id), complete: true, content });
      expect(saved.status, `${s.id}: ${JSON.stringify(saved.body)}`).toBe(200);
      assessment = saved.body;
    }
    const readiness = (outcome: string) =>
      officer.json<AssessmentReadiness>(
        'GET',
        `/api/v1/assessments/${assessment.id}/readiness?outcome=${outcome}`,
      );
    const refusal = await readiness('rejected');
    expect(refusal.body).toEqual({
      outcome: 'rejected',
      ready: false,
      missing: [
        expect.objectContaining({ path: 'sections.complementary_protection', code: 'required_in_refusal' }),
      ],
    });
    expect((await readiness('recognized')).body.missing.map((m) => m.code)).toEqual(['outcome_mismatch']);
    expect((await readiness('maybe')).status).toBe(400);
    const protection = await section(officer, 'complementary_protection', {
      version: versionOf('complementary_protection'),
      complete: true,
      content: completeRefusal.complementary_protection,
    });
    expect(protection.status).toBe(200);
    expect(protection.body.readiness).toEqual({ outcome: 'rejected', ready: true, missing: [] });
    assessment = protection.body;
  });

  it('audits reads and writes with ids and codes only, never the reasoning', async () => {
    expect((await supervisor.json('GET', `/api/v1/cases/${caseId}/assessment`)).status).toBe(200);
    const entries = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('case_id', '=', caseId)
      .where('action', 'like', 'assessment.%')
      .execute();
    const actions = new Set(entries.map((e) => e.action));
    expect(actions).toEqual(new Set(['assessment.start', 'assessment.read', 'assessment.update']));
    const text = JSON.stringify(entries.map((e) => e.details));
    expect(text).not.toContain('Cédula');
    expect(text).not.toContain('amenazado');
  });

  it('freezes the assessment once a decision is built on it', async () => {
    await setAssessmentStatus(database().db, assessment.id, 'submitted');
    const frozen = await section(officer, 'identity', {
      version: versionOf('identity'),
      complete: true,
      content: completeRefusal.identity,
    });
    expect(frozen.status).toBe(409);
    const read = await supervisor.json<CaseAssessment>('GET', `/api/v1/cases/${caseId}/assessment`);
    expect(read.body.assessment).toMatchObject({ status: 'submitted', actions: [] });
    await expect(
      database()
        .db.updateTable('assessment_sections')
        .set({ complete: false })
        .where('assessment_id', '=', assessment.id)
        .execute(),
    ).rejects.toMatchObject({ code: '42501' });
  });
});
