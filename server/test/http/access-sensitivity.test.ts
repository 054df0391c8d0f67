import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import type {
  BreakGlassCount,
  BreakGlassGranted,
  BreakGlassGrantView,
  BreakGlassList,
  CaseDetail,
  CaseList,
  RegisteredCase,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const reason = 'La solicitante relató violencia sexual en la entrevista inicial';
const phone = '+52 962 555 0199';

describeEachEngine('HTTP: sensitive cases and break-glass', (database) => {
  let running: RunningApp;
  const as: Record<string, HttpClient> = {};
  let caseId: string;
  let caseNumber: string;
  let marked: CaseDetail;

  beforeAll(async () => {
    running = await startApp(database());
    for (const who of ['registro', 'elegibilidad', 'supervision', 'admin', 'estadistica', 'revision']) {
      as[who] = running.client();
      expect((await as[who].signIn(`${who}@demo.refugio.mx`)).status).toBe(200);
    }
    const family = familyOfThree();
    family.principal = {
      ...family.principal,
      givenNames: 'Rosalinda',
      phone,
      specificNeeds: ['SM-CI', 'WR-WR'],
    };
    const created = await as.registro!.json<RegisteredCase>('POST', '/api/v1/cases', family);
    expect(created.status).toBe(201);
    ({ id: caseId, caseNumber } = created.body);
  });
  afterAll(async () => {
    await running.app.close();
  });

  const file = (who: string) => as[who]!.json<CaseDetail & ErrorBody>('GET', `/api/v1/cases/${caseId}`);
  const search = (who: string) =>
    as[who]!.json<CaseList>('GET', `/api/v1/cases?q=${encodeURIComponent('Rosalinda')}`);
  const audits = (action: string) =>
    database()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_id', 'case_id', 'details'])
      .where('action', '=', action)
      .execute();

  it('refuses a mark from someone who may not mark, and a mark without a reason, by field', async () => {
    const seen = (await file('supervision')).body;
    const byRegistrar = await as.registro!.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/sensitivity`, {
      version: seen.version,
      category: 'sgbv',
      reason,
    });
    expect(byRegistrar.status).toBe(403);
    const noReason = await as.supervision!.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/sensitivity`, {
      version: seen.version,
      category: 'sgbv',
      reason: '  ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields?.map((f) => f.path)).toEqual(['reason']);
    const stale = await as.supervision!.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/sensitivity`, {
      version: seen.version + 5,
      category: 'sgbv',
      reason,
    });
    expect(stale.status).toBe(409);
  });

  it('marks the case: the supervisor who marks it is named and sees the category', async () => {
    const seen = (await file('supervision')).body;
    expect(seen.access.sensitive).toBe(false);
    const response = await as.supervision!.json<CaseDetail>('POST', `/api/v1/cases/${caseId}/sensitivity`, {
      version: seen.version,
      category: 'sgbv',
      reason,
      personId: seen.people[0]!.id,
    });
    expect(response.status).toBe(200);
    marked = response.body;
    expect(marked.access.sensitive).toBe(true);
    expect(marked.access.marks.map((m) => m.category)).toEqual(['sgbv']);
    expect(marked.access.supervisors.map((s) => s.name)).toHaveLength(1);
    expect(marked.version).toBe(seen.version + 1);
    expect(marked.events.at(-1)).toMatchObject({ type: 'sensitivity_marked', data: { category: 'sgbv' } });
    const [audit] = await audits('case.sensitivity_marked');
    expect(audit!.case_id).toBe(caseId);
    expect(JSON.stringify(audit!.details)).not.toContain('violencia');
  });

  it('hides the marked case from the office, administrators and their searches (404, audited)', async () => {
    for (const who of ['registro', 'elegibilidad', 'admin']) {
      expect([who, (await file(who)).status]).toEqual([who, 404]);
      expect([who, (await search(who)).body.total]).toEqual([who, 0]);
    }
    const denied = await audits('case.read_denied');
    expect(
      denied.filter((a) => (a.details as { caseId?: string }).caseId === caseId).length,
    ).toBeGreaterThanOrEqual(3);
    expect((await search('supervision')).body.items.map((c) => [c.id, c.sensitive])).toEqual([
      [caseId, true],
    ]);
  });

  it('refuses break-glass to statisticians, and a short reason by field', async () => {
    const statistician = await as.estadistica!.json<ErrorBody>('POST', '/api/v1/break-glass', {
      caseNumber,
      reason: 'Necesito ver el expediente por una urgencia',
    });
    expect(statistician.status).toBe(403);
    const short = await as.registro!.json<ErrorBody>('POST', '/api/v1/break-glass', {
      caseNumber,
      reason: 'urgente',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields?.map((f) => f.path)).toEqual(['reason']);
    const unknown = await as.registro!.json<ErrorBody>('POST', '/api/v1/break-glass', {
      caseNumber: 'COMAR-TAP-1999-000001',
      reason: 'La persona está en la ventanilla y pide su constancia',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.map((f) => [f.path, f.code])).toEqual([['caseNumber', 'unknown']]);
  });

  let grant: BreakGlassGranted;
  it('grants emergency access for four hours; every read under it is audited with the grant', async () => {
    const response = await as.registro!.json<BreakGlassGranted>('POST', '/api/v1/break-glass', {
      caseNumber,
      reason: 'La persona está en la ventanilla y pide su constancia',
    });
    expect(response.status).toBe(201);
    grant = response.body;
    const hours = (new Date(grant.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(3.9);
    expect(hours).toBeLessThanOrEqual(4);
    const opened = await file('registro');
    expect(opened.status).toBe(200);
    expect(opened.body.access.breakGlass).toEqual({ grantId: grant.grantId, expiresAt: grant.expiresAt });
    // The category is not the emergency reader's to know, nor in the history they read.
    expect(opened.body.access.marks.map((m) => m.category)).toEqual([null]);
    expect(JSON.stringify(opened.body.events)).not.toContain('sgbv');
    const reads = (await audits('case.read')).filter((a) => a.case_id === caseId);
    expect(reads.at(-1)!.details).toEqual({ breakGlassGrantId: grant.grantId });
    expect((await audits('break_glass.granted')).map((a) => a.case_id)).toContain(caseId);
    expect((await search('registro')).body.total).toBe(1);
  });

  it('lists the use for the office’s supervisors, who review it once; never its own user', async () => {
    const count = await as.supervision!.json<BreakGlassCount>('GET', '/api/v1/break-glass/count');
    expect(count.body.unreviewed).toBeGreaterThanOrEqual(1);
    const list = await as.supervision!.json<BreakGlassList>('GET', '/api/v1/break-glass?status=unreviewed');
    const use = list.body.items.find((g) => g.id === grant.grantId)!;
    expect(use).toMatchObject({ active: true, canReview: true, review: null, case: { caseNumber } });
    expect(use.uses).toBeGreaterThanOrEqual(1);
    expect((await as.registro!.json('GET', '/api/v1/break-glass')).status).toBe(403);
    expect(
      (
        await as.registro!.json('POST', `/api/v1/break-glass/${grant.grantId}/review`, {
          outcome: 'justified',
        })
      ).status,
    ).toBe(403);
    const badOutcome = await as.supervision!.json<ErrorBody>(
      'POST',
      `/api/v1/break-glass/${grant.grantId}/review`,
      {
        outcome: 'maybe',
      },
    );
    expect(badOutcome.status).toBe(400);
    const reviewed = await as.supervision!.json<BreakGlassGrantView>(
      'POST',
      `/api/v1/break-glass/${grant.grantId}/review`,
      { outcome: 'justified', note: 'Constancia entregada' },
    );
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.review).toMatchObject({ outcome: 'justified', note: 'Constancia entregada' });
    const again = await as.supervision!.json<ErrorBody>(
      'POST',
      `/api/v1/break-glass/${grant.grantId}/review`,
      {
        outcome: 'not_justified',
      },
    );
    expect(again.status).toBe(409);
    const after = await as.supervision!.json<BreakGlassList>('GET', '/api/v1/break-glass?status=unreviewed');
    expect(after.body.items.map((g) => g.id)).not.toContain(grant.grantId);
  });

  it('closes the case again when the grant expires', async () => {
    // As if granted five hours ago (the check keeps expiry after the grant).
    await sql`update break_glass_grants set granted_at = now() - interval '5 hours',
      expires_at = now() - interval '1 hour' where id = ${grant.grantId}`.execute(database().db);
    expect((await file('registro')).status).toBe(404);
  });

  it('lifts the mark: the office sees the case again', async () => {
    const seen = (await file('supervision')).body;
    const lifted = await as.supervision!.json<CaseDetail>(
      'POST',
      `/api/v1/cases/${caseId}/sensitivity/${seen.access.marks[0]!.id}/lift`,
      { version: seen.version, reason: 'Revisado con la solicitante' },
    );
    expect(lifted.status).toBe(200);
    expect(lifted.body.access.sensitive).toBe(false);
    expect((await file('elegibilidad')).status).toBe(200);
  });
});

describeEachEngine('HTTP: field-level rules on the case file', (database) => {
  let running: RunningApp;
  const as: Record<string, HttpClient> = {};
  let caseId: string;

  beforeAll(async () => {
    running = await startApp(database());
    for (const who of ['registro', 'elegibilidad', 'admin']) {
      as[who] = running.client();
      expect((await as[who].signIn(`${who}@demo.refugio.mx`)).status).toBe(200);
    }
    const family = familyOfThree();
    family.principal = {
      ...family.principal,
      phone,
      address: 'Calle Secreta 12',
      specificNeeds: ['SV-VF', 'WR-WR'],
    };
    caseId = (await as.registro!.json<RegisteredCase>('POST', '/api/v1/cases', family)).body.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('sends contact and medical details to the registrar and the eligibility officer', async () => {
    for (const who of ['registro', 'elegibilidad']) {
      const { body } = await as[who]!.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);
      expect(body.people[0]).toMatchObject({ phone, address: 'Calle Secreta 12' });
      expect(body.people[0]!.specificNeeds).toEqual(['SV-VF', 'WR-WR']);
    }
  });

  it('withholds them from an administrator: the JSON does not contain them', async () => {
    const response = await as.admin!.request('GET', `/api/v1/cases/${caseId}`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(phone);
    expect(text).not.toContain('Calle Secreta');
    expect(text).not.toContain('SV-VF');
    const body = JSON.parse(text) as CaseDetail;
    expect(body.people[0]).toMatchObject({ phone: null, address: null, specificNeeds: ['WR-WR'] });
    // Nor through the triage panel's reasons, which name the need that placed the case.
    expect(body.triage.placement.reasons).toContainEqual({
      code: 'specific_need',
      person: 0,
      need: 'restricted',
    });
    expect(body.access.restricted).toEqual(['narrative', 'transcript', 'medical', 'contact']);
  });
});
