import type { AddressInfo } from 'node:net';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentView, RegisteredCase } from '@refugio/contract';
import { calendarSource } from '../../src/calendars/calendar-source';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { seedDemo } from '../../src/demo/demo-seed';
import { s3DocumentStore, type S3DocumentStore } from '../../src/files/s3-document-store';
import { buildApp } from '../../src/http/app';
import type { App } from '../../src/http/context';
import { profileSource } from '../../src/time-limit-rules/profile-source';
import { renderPdf } from '../../src/documents/render-pdf';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import { startS3TestServer, unusedEndpoint, type S3TestServer } from '../harness/s3-test-server';
import { familyOfThree } from '../fixtures/applications';

/** One browser-like client: keeps its session cookie, sends the CSRF header. */
function clientOf(baseUrl: string) {
  let cookie = '';
  const request = async (method: string, path: string, body?: Buffer | object, type = 'application/json') => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': type } : {}),
        ...(cookie ? { cookie } : {}),
        'x-requested-with': 'refugio',
      },
      body:
        body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return response;
  };
  return {
    request,
    signIn: (email: string) =>
      request('POST', '/api/v1/session', { email, password: 'Refugio-demo-2026' }).then((r) => r.status),
  };
}

describe('HTTP: case documents kept in an S3 bucket', () => {
  let database: TestDatabase;
  let s3: S3TestServer;
  const stores: S3DocumentStore[] = [];
  const apps: App[] = [];

  /** The real app on a real port, its documents in the given store. */
  async function appWith(store: S3DocumentStore) {
    stores.push(store);
    const { profile } = jurisdictionOf('MEX');
    const app = await buildApp({
      db: database.db,
      engine: database.engine,
      profile,
      calendars: calendarSource(profile.code),
      rules: profileSource(profile),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: false,
      documents: store,
      maxUploadBytes: 1024 * 1024,
    });
    apps.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const client = clientOf(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    expect(await client.signIn('registro@demo.refugio.mx')).toBe(200);
    return client;
  }

  let registration: Awaited<ReturnType<typeof appWith>>;
  let caseId: string;

  let pdf: Buffer;

  beforeAll(async () => {
    [database, s3] = await Promise.all([openTestDatabase('pglite'), startS3TestServer()]);
    await seedDemo(database.db, jurisdictionOf('MEX').profile, {
      cases: 1,
      now: new Date('2026-11-20T12:00:00Z'),
    });
    registration = await appWith(s3DocumentStore(s3.settings('refugio/mx/')));
    const created = await registration.request('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    caseId = ((await created.json()) as RegisteredCase).id;
    pdf = await renderPdf({
      content: [{ text: 'Constancia de persecución: domicilio en Colonia Las Flores 17' }],
      compress: false,
    });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const store of stores) store.close();
    await s3?.close();
    await database?.close();
  });

  const upload = (client: typeof registration, content: Buffer, fileName: string) =>
    client.request(
      'POST',
      `/api/v1/cases/${caseId}/attachments?${new URLSearchParams({ fileName, category: 'evidence' }).toString()}`,
      content,
      'application/octet-stream',
    );

  it('uploads a document into the bucket as ciphertext and downloads exactly what was uploaded', async () => {
    const response = await upload(registration, pdf, 'constancia-domicilio.pdf');
    expect(response.status).toBe(201);
    const view = (await response.json()) as AttachmentView;

    const objects = await s3.objects();
    expect(objects.map((o) => o.name)).toEqual([`refugio/mx/${view.id}`]);
    const stored = objects[0]!.body;
    expect(stored.length).toBeGreaterThan(pdf.length);
    // No 24-byte run of the PDF anywhere in the object (a plaintext or merely encoded copy would have
    // all of them), no file name, no PDF header.
    const windows = Array.from({ length: Math.floor(pdf.length / 97) }, (_, i) =>
      pdf.subarray(i * 97, i * 97 + 24),
    );
    expect(windows.length).toBeGreaterThan(20);
    expect(windows.filter((w) => stored.includes(w))).toEqual([]);
    expect(stored.includes(Buffer.from('constancia-domicilio'))).toBe(false);
    expect(stored.includes(Buffer.from('%PDF-'))).toBe(false);

    const download = await registration.request('GET', `/api/v1/attachments/${view.id}/content`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('case_id', '=', caseId)
      .where('action', 'in', ['attachment.uploaded', 'attachment.downloaded'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['attachment.downloaded', 'attachment.uploaded']);
  });

  it('answers an integrity failure, not the bytes, when the object is gone from the bucket', async () => {
    const response = await upload(registration, pdf, 'otra.pdf');
    expect(response.status).toBe(201);
    const view = (await response.json()) as AttachmentView;
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: `refugio/mx/${view.id}` }));
    const download = await registration.request('GET', `/api/v1/attachments/${view.id}/content`);
    expect(download.status).toBe(500);
    const body = (await download.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({
      code: 'internal',
      message: 'The stored document failed its integrity check: it was not sent',
    });
  });

  it('answers 503 (try again), saving nothing and naming no address, when the store cannot be reached', async () => {
    const endpoint = await unusedEndpoint();
    const client = await appWith(s3DocumentStore({ ...s3.settings('refugio/mx/'), endpoint }));
    const before = await database.db
      .selectFrom('attachments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await upload(client, pdf, 'sin-almacen.pdf');
    expect(response.status).toBe(503);
    const answer = await response.text();
    expect(answer).not.toContain(endpoint.replace('http://', ''));
    expect(JSON.parse(answer)).toMatchObject({ error: { code: 'unavailable' } });
    const after = await database.db
      .selectFrom('attachments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
