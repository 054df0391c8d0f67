import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditChainStatus, AuditFilterOptions, AuditSearchResult } from '@refugio/contract';
import { sealAuditLog } from '../../src/audit/audit-sealer';
import { describeEachEngine } from '../harness/engines';
import { startApp, type HttpClient, type RunningApp } from './running-app';

describeEachEngine('HTTP: the auditor searches and exports the audit log', (database) => {
  let running: RunningApp;
  let auditor: HttpClient;
  beforeAll(async () => {
    running = await startApp(database(), { demoCases: 3 });
    // Sign-ins of officers give the log entries by known users.
    for (const email of ['registro@demo.refugio.mx', 'elegibilidad@demo.refugio.mx']) {
      expect((await running.client().signIn(email)).status).toBe(200);
    }
    auditor = running.client();
    expect((await auditor.signIn('auditoria@demo.refugio.mx')).status).toBe(200);
  });
  afterAll(async () => {
    await running.app.close();
  });

  const search = (query: string) => auditor.json<AuditSearchResult>('GET', `/api/v1/audit${query}`);

  it('refuses every officer, and records that they tried', async () => {
    for (const email of [
      'registro@demo.refugio.mx',
      'supervision@demo.refugio.mx',
      'estadistica@demo.refugio.mx',
    ]) {
      const officer = running.client();
      expect((await officer.signIn(email)).status).toBe(200);
      for (const path of [
        '/api/v1/audit',
        '/api/v1/audit/export',
        '/api/v1/audit/filters',
        '/api/v1/audit/chain',
      ]) {
        const { status, body } = await officer.json<{ error: { code: string } }>('GET', path);
        expect(status, `${email} ${path}`).toBe(403);
        expect(body.error.code).toBe('forbidden');
      }
    }
    const denied = await search('?action=audit.read_denied&limit=200');
    expect(denied.body.entries.length).toBe(12);
    expect(new Set(denied.body.entries.map((e) => e.user?.email)).size).toBe(3);
  });

  it('refuses without a session', async () => {
    expect((await running.client().json('GET', '/api/v1/audit')).status).toBe(401);
  });

  it('lets an administrator search too', async () => {
    const admin = running.client();
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    expect((await admin.json('GET', '/api/v1/audit?limit=5')).status).toBe(200);
  });

  it('lists users and the actions the log holds for the form', async () => {
    const { status, body } = await auditor.json<AuditFilterOptions>('GET', '/api/v1/audit/filters');
    expect(status).toBe(200);
    expect(body.users.map((u) => u.email)).toContain('registro@demo.refugio.mx');
    expect(body.actions).toContain('case.register');
    expect(body.actions).toEqual([...body.actions].sort());
    expect(body.timeZone).toBe('America/Mexico_City');
  });

  it('filters by user, newest first', async () => {
    const filters = await auditor.json<AuditFilterOptions>('GET', '/api/v1/audit/filters');
    const registro = filters.body.users.find((u) => u.email === 'registro@demo.refugio.mx')!;
    const { status, body } = await search(`?userId=${registro.id}&limit=200`);
    expect(status).toBe(200);
    expect(body.entries.length).toBeGreaterThan(0);
    expect(body.entries.every((e) => e.user?.email === 'registro@demo.refugio.mx')).toBe(true);
    const ids = body.entries.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by case number and by action', async () => {
    const { rows } = await sql<{ case_number: string }>`select case_number from cases limit 1`.execute(
      database().db,
    );
    const caseNumber = rows[0]!.case_number;
    const byCase = await search(`?caseNumber=${encodeURIComponent(caseNumber)}`);
    expect(byCase.status).toBe(200);
    expect(byCase.body.entries.length).toBeGreaterThan(0);
    expect(byCase.body.entries.every((e) => e.caseNumber === caseNumber)).toBe(true);
    expect((await search('?caseNumber=NO-SUCH-0000')).body.entries).toEqual([]);

    const byAction = await search('?action=case.register');
    expect(byAction.body.entries.length).toBe(3);
    expect(byAction.body.entries.every((e) => e.action === 'case.register')).toBe(true);
  });

  it("filters by period, in days of the deployment's time zone", async () => {
    const latest = (await search('?limit=1')).body.entries[0]!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(
      new Date(latest.occurredAt),
    );
    const sameDay = await search(`?from=${day}&to=${day}&limit=1`);
    expect(sameDay.body.entries.length).toBe(1);
    expect((await search('?from=2030-01-01')).body.entries).toEqual([]);
    expect((await search('?to=2001-01-01')).body.entries).toEqual([]);
  });

  it('pages with a cursor, without overlap', async () => {
    const first = await search('?limit=3');
    expect(first.body.entries.length).toBe(3);
    expect(first.body.nextCursor).toBe(first.body.entries[2]!.id);
    const second = await search(`?limit=3&before=${first.body.nextCursor}`);
    const firstIds = first.body.entries.map((e) => Number(e.id));
    expect(second.body.entries.every((e) => Number(e.id) < Math.min(...firstIds))).toBe(true);
  });

  it('names the field of bad input and never fails with 500', async () => {
    for (const [query, field] of [
      ['?to=2026-01-01&from=2026-02-01', 'to'],
      ['?from=01/02/2026', 'from'],
      ['?userId=nobody', 'userId'],
      ['?before=abc', 'before'],
      ['?limit=1000', 'limit'],
      ['?action=DROP%20TABLE', 'action'],
    ] as const) {
      const { status, body } = await auditor.json<{ error: { fields: { path: string }[] } }>(
        'GET',
        `/api/v1/audit${query}`,
      );
      expect(status, query).toBe(400);
      expect(body.error.fields.map((f) => f.path)).toContain(field);
    }
    expect((await auditor.json('GET', '/api/v1/audit/export?from=x')).status).toBe(400);
  });

  it('audits each search with the filter keys it used, not their values', async () => {
    await search('?caseNumber=SECRETO-1&action=case.read');
    const { body } = await search('?action=audit.search&limit=1');
    const entry = body.entries[0]!;
    expect(entry.user?.email).toBe('auditoria@demo.refugio.mx');
    expect(entry.details).toEqual({ filters: ['caseNumber', 'action'], page: 'first', count: 0 });
    expect(JSON.stringify(entry)).not.toContain('SECRETO');
  });

  it('exports the same entries as CSV that a spreadsheet reads, and audits the export', async () => {
    const response = await auditor.request('GET', '/api/v1/audit/export?action=case.register');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="auditoria-\d{8}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const searched = await search('?action=case.register&limit=200');
    expect(rows.length).toBe(searched.body.entries.length);
    expect(rows.map((r) => r.case_number)).toEqual(searched.body.entries.map((e) => e.caseNumber));
    expect(rows[0]!.user_email).toBe(searched.body.entries[0]!.user?.email ?? '');
    expect(rows[0]!.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[56]:00$/);
    expect(JSON.parse(rows[0]!.details!)).toEqual(searched.body.entries[0]!.details);

    const exported = await search('?action=audit.export&limit=1');
    expect(exported.body.entries[0]?.details).toEqual({ filters: ['action'] });
  });

  it('gives the chain status as last sealed', async () => {
    const before = await auditor.json<AuditChainStatus>('GET', '/api/v1/audit/chain');
    expect(before.status).toBe(200);
    await sealAuditLog(database().db);
    const { body } = await auditor.json<AuditChainStatus>('GET', '/api/v1/audit/chain');
    expect(body.sealedCount).toBeGreaterThan(before.body.sealedCount);
    expect(body.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.lastSealedAt).not.toBeNull();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_chain`.execute(
      database().db,
    );
    expect(body.sealedCount).toBe(rows[0]!.n);
  });
});
