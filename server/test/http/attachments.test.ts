import { deflateSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AttachmentList, AttachmentView, CaseDetail, RegisteredCase } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { renderPdf } from '../../src/documents/render-pdf';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

/** A 1×1 PNG built from its chunks. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A ZIP archive with one stored text file: what a ".pdf" from a careless or hostile sender may be. */
function zip(): Buffer {
  const name = Buffer.from('nota.txt');
  const data = Buffer.from('no soy un PDF');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file under the documents directory, read whole. */
function storedFiles(dir: string): Buffer[] {
  const out: Buffer[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describeEachEngine('HTTP: case documents', (database) => {
  let running: RunningApp;
  let registration: HttpClient;
  let eligibility: HttpClient;
  let otherOffice: HttpClient;
  let statistics: HttpClient;
  let kase: CaseDetail;
  let pdf: Buffer;
  const maxUploadBytes = 256 * 1024;

  const upload = (client: HttpClient, caseId: string, content: Buffer, query: Record<string, string>) =>
    client.request(
      'POST',
      `/api/v1/cases/${caseId}/attachments?${new URLSearchParams(query).toString()}`,
      content,
      { 'content-type': 'application/octet-stream' },
    );

  beforeAll(async () => {
    running = await startApp(database(), { maxUploadBytes });
    registration = running.client();
    eligibility = running.client();
    otherOffice = running.client();
    statistics = running.client();
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await eligibility.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    expect((await statistics.signIn('estadistica@demo.refugio.mx')).status).toBe(200);
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    kase = (await registration.json<CaseDetail>('GET', `/api/v1/cases/${created.body.id}`)).body;
    pdf = await renderPdf({ content: [{ text: 'Constancia médica del Hospital General de Tapachula' }] });
  });
  afterAll(async () => {
    await running?.app.close();
  });

  it('stores a real PDF encrypted, lists it, and downloads exactly what was uploaded (audited)', async () => {
    const principal = kase.people.find((p) => p.role === 'principal')!;
    const response = await upload(registration, kase.id, pdf, {
      fileName: 'Constancia médica.pdf',
      category: 'medical_report',
      personId: principal.id,
      description: 'Lesiones descritas por el médico',
    });
    expect(response.status).toBe(201);
    const view = (await response.json()) as AttachmentView;
    expect(view).toMatchObject({
      caseId: kase.id,
      personId: principal.id,
      category: 'medical_report',
      fileName: 'Constancia médica.pdf',
      description: 'Lesiones descritas por el médico',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
    });
    expect(view.uploadedBy?.name).toBeTruthy();

    // On disk: one file, not the PDF, and no trace of its text or name; the database holds no name either.
    const files = storedFiles(running.documentsDir!);
    expect(files).toHaveLength(1);
    expect(files[0]!.includes(pdf.subarray(0, 64))).toBe(false);
    expect(files[0]!.subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
    const row = await database()
      .db.selectFrom('attachments')
      .selectAll()
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(row.file_name.includes(Buffer.from('Constancia'))).toBe(false);
    expect(row.description.includes(Buffer.from('Lesiones'))).toBe(false);

    const list = await eligibility.json<AttachmentList>('GET', `/api/v1/cases/${kase.id}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.maxBytes).toBe(maxUploadBytes);
    expect(list.body.attachments.map((a) => a.fileName)).toEqual(['Constancia médica.pdf']);

    const download = await eligibility.request('GET', `/api/v1/attachments/${view.id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Constancia medica.pdf"; filename*=UTF-8''Constancia%20m%C3%A9dica.pdf`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action'])
      .where('case_id', '=', kase.id)
      .where('action', 'in', ['attachment.uploaded', 'attachment.downloaded', 'attachment.listed'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'attachment.downloaded',
      'attachment.listed',
      'attachment.uploaded',
    ]);
  });

  it('accepts a PNG made from bytes, judged by its content', async () => {
    const image = png();
    const response = await upload(eligibility, kase.id, image, {
      fileName: 'pasaporte.png',
      category: 'identity_document',
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as AttachmentView).mediaType).toBe('image/png');
  });

  it('refuses a ".pdf" that is really a ZIP, a PNG named .pdf, an empty body and a file too large, naming the field', async () => {
    const asZip = await upload(registration, kase.id, zip(), {
      fileName: 'informe.pdf',
      category: 'evidence',
    });
    expect(asZip.status).toBe(415);
    expect(((await asZip.json()) as ErrorBody).error.fields).toEqual([
      expect.objectContaining({ path: 'file', code: 'type_not_allowed' }),
    ]);
    const misnamed = await upload(registration, kase.id, png(), {
      fileName: 'informe.pdf',
      category: 'evidence',
    });
    expect(misnamed.status).toBe(415);
    expect(((await misnamed.json()) as ErrorBody).error.fields?.[0]).toMatchObject({
      path: 'file',
      code: 'type_mismatch',
    });
    const empty = await upload(registration, kase.id, Buffer.alloc(0), {
      fileName: 'vacío.pdf',
      category: 'evidence',
    });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorBody).error.fields?.[0]).toMatchObject({
      path: 'file',
      code: 'empty',
    });
    const big = Buffer.concat([pdf, Buffer.alloc(maxUploadBytes)]);
    const tooLarge = await upload(registration, kase.id, big, {
      fileName: 'grande.pdf',
      category: 'evidence',
    });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as ErrorBody).error.code).toBe('payload_too_large');
    const list = await registration.json<AttachmentList>('GET', `/api/v1/cases/${kase.id}/attachments`);
    expect(list.body.attachments).toHaveLength(2);
    expect(storedFiles(running.documentsDir!)).toHaveLength(2);
  });

  it('names the bad metadata fields, and refuses JSON bodies', async () => {
    const bad = await upload(registration, kase.id, pdf, { fileName: '', category: 'diary' });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as ErrorBody).error.fields!.map((f) => f.path).sort();
    expect(paths).toEqual(['category', 'fileName']);
    const stranger = await upload(registration, kase.id, pdf, {
      fileName: 'a.pdf',
      category: 'evidence',
      personId: crypto.randomUUID(),
    });
    expect(stranger.status).toBe(400);
    expect(((await stranger.json()) as ErrorBody).error.fields?.[0]).toMatchObject({
      path: 'personId',
      code: 'not_in_case',
    });
    const json = await registration.request(
      'POST',
      `/api/v1/cases/${kase.id}/attachments?fileName=a.pdf&category=other`,
      { a: 1 },
    );
    expect(json.status).toBe(415);
  });

  it('answers 404 to another office and to roles without case files, for the list, upload and download', async () => {
    const list = await registration.json<AttachmentList>('GET', `/api/v1/cases/${kase.id}/attachments`);
    const id = list.body.attachments[0]!.id;
    for (const client of [otherOffice, statistics]) {
      expect((await client.request('GET', `/api/v1/cases/${kase.id}/attachments`)).status).toBe(404);
      expect((await client.request('GET', `/api/v1/attachments/${id}/content`)).status).toBe(404);
      expect((await upload(client, kase.id, pdf, { fileName: 'x.pdf', category: 'other' })).status).toBe(404);
    }
    expect(
      (await registration.request('GET', `/api/v1/attachments/${crypto.randomUUID()}/content`)).status,
    ).toBe(404);
    const anonymous = running.client();
    expect((await anonymous.request('GET', `/api/v1/attachments/${id}/content`)).status).toBe(401);
  });
});
