import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CoiCitationList, CoiSearchResult, CoiSourceView } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
// ASCII only, so the test client (which sends strings as UTF-8) sends exactly these bytes.
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const source = {
  title: 'Honduras: situación de las maras y la protección del Estado',
  publisher: 'ACNUR',
  publishedOn: '2025-03-01',
  datePrecision: 'month',
  url: 'https://www.refworld.org/honduras-maras',
  countries: ['HND'],
  topics: ['Pandillas', 'Protección del Estado'],
  language: 'spa',
  summary: 'Reclutamiento forzoso y extorsión en Tegucigalpa y San Pedro Sula.',
};

describeEachEngine('HTTP: country-of-origin information library', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let officer: HttpClient;
  let supervisor: HttpClient;
  let registration: HttpClient;
  let admin: HttpClient;
  let created: CoiSourceView;

  beforeAll(async () => {
    running = await startApp(database());
    anonymous = running.client();
    officer = running.client();
    supervisor = running.client();
    registration = running.client();
    admin = running.client();
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('answers 401 to every route without a session', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/coi-sources'],
      ['POST', '/api/v1/coi-sources', source],
      ['GET', `/api/v1/coi-sources/${someId}`],
      ['PATCH', `/api/v1/coi-sources/${someId}`, { version: 1, title: 'x' }],
      ['POST', `/api/v1/coi-sources/${someId}/supersede`, { version: 1, reason: 'x' }],
      ['GET', `/api/v1/coi-sources/${someId}/citations`],
      ['GET', `/api/v1/coi-sources/${someId}/file`],
    ];
    for (const [method, path, body] of routes) {
      const response = await anonymous.json<ErrorBody>(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it('lets an eligibility officer add a source and refuses registration staff', async () => {
    const response = await officer.json<CoiSourceView>('POST', '/api/v1/coi-sources', source);
    expect(response.status).toBe(201);
    created = response.body;
    expect(created).toMatchObject({
      title: source.title,
      countries: ['HND'],
      topics: ['pandillas', 'proteccion del estado'],
      status: 'current',
      citedBy: 0,
      version: 1,
      actions: ['edit', 'upload_file'],
    });
    expect((await registration.json('POST', '/api/v1/coi-sources', source)).status).toBe(403);
    expect((await registration.json('GET', '/api/v1/coi-sources')).status).toBe(403);
  });

  it('names the field of bad input', async () => {
    const noLink = await officer.json<ErrorBody>('POST', '/api/v1/coi-sources', { ...source, url: '' });
    expect(noLink.status).toBe(400);
    expect(noLink.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'url' })]),
    );
    const badCountry = await officer.json<ErrorBody>('POST', '/api/v1/coi-sources', {
      ...source,
      countries: ['XXX'],
    });
    expect(badCountry.status).toBe(400);
    expect(badCountry.body.error.fields?.[0]?.path).toBe('countries.0');
    const badLink = await officer.json<ErrorBody>('POST', '/api/v1/coi-sources', {
      ...source,
      url: 'ftp://x',
    });
    expect(badLink.body.error.fields?.[0]?.path).toBe('url');
  });

  it('finds sources ignoring accents and case, by country name and topic', async () => {
    const other = await supervisor.json<CoiSourceView>('POST', '/api/v1/coi-sources', {
      ...source,
      title: 'Haití: violencia generalizada en Puerto Príncipe',
      countries: ['HTI'],
      topics: ['Violencia generalizada'],
      publishedOn: '2024-06-15',
    });
    expect(other.status).toBe(201);
    const search = async (query: string) =>
      (await officer.json<CoiSearchResult>('GET', `/api/v1/coi-sources?${query}`)).body.items.map(
        (s) => s.id,
      );
    expect(await search('q=PROTECCION%20estado')).toEqual([created.id]);
    expect(await search('q=haiti%20principe')).toEqual([other.body.id]);
    expect(await search('q=Haïti')).toEqual([other.body.id]);
    expect(await search('country=HND')).toEqual([created.id]);
    expect(await search('topic=Violencia%20Generalizada')).toEqual([other.body.id]);
    expect(await search('to=2024-12-31')).toEqual([other.body.id]);
    expect(await search('q=inexistente')).toEqual([]);
    const bad = await officer.json<ErrorBody>('GET', '/api/v1/coi-sources?from=2026-01-01&to=2025-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.[0]?.path).toBe('to');
  });

  it('edits from the version seen (409 when stale); only its contributor or a manager', async () => {
    const edited = await officer.json<CoiSourceView>('PATCH', `/api/v1/coi-sources/${created.id}`, {
      version: 1,
      summary: 'Resumen corregido.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, summary: 'Resumen corregido.', title: source.title });
    const stale = await officer.json<ErrorBody>('PATCH', `/api/v1/coi-sources/${created.id}`, {
      version: 1,
      summary: 'Otra vez',
    });
    expect(stale.status).toBe(409);
    const revision = running.client();
    await revision.signIn('revision@demo.refugio.mx');
    expect(
      (await revision.json('PATCH', `/api/v1/coi-sources/${created.id}`, { version: 2, summary: 'x' }))
        .status,
    ).toBe(403);
    created = edited.body;
  });

  it('stores a PDF raw, serves it back byte for byte, and refuses what is not a PDF', async () => {
    const refused = await officer.request(
      'PUT',
      `/api/v1/coi-sources/${created.id}/file?version=2`,
      pdf.toString('latin1').replace('%PDF', 'GIF8'),
      {
        'content-type': 'application/pdf',
      },
    );
    expect(refused.status).toBe(415);
    const upload = await officer.request(
      'PUT',
      `/api/v1/coi-sources/${created.id}/file?version=2&fileName=informe.pdf`,
      pdf.toString('latin1'),
      { 'content-type': 'application/pdf' },
    );
    expect(upload.status).toBe(200);
    const view = (await upload.json()) as CoiSourceView;
    expect(view.file).toMatchObject({ sizeBytes: pdf.length, fileName: 'informe.pdf' });
    const download = await supervisor.request('GET', `/api/v1/coi-sources/${created.id}/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    created = view;
  });

  it('creates a source from an attached PDF without a link', async () => {
    const response = await officer.json<CoiSourceView>('POST', '/api/v1/coi-sources', {
      ...source,
      url: '',
      title: 'Informe sin enlace',
      file: { fileName: 'informe.pdf', contentBase64: pdf.toString('base64') },
    });
    expect(response.status).toBe(201);
    expect(response.body.file?.sizeBytes).toBe(pdf.length);
  });

  it('marks a source superseded (managers only) with its successor, and hides it from default search', async () => {
    const successor = await officer.json<CoiSourceView>('POST', '/api/v1/coi-sources', {
      ...source,
      title: 'Honduras: actualización 2026',
      publishedOn: '2026-02-01',
    });
    const body = {
      version: created.version,
      reason: 'Hay un informe más reciente',
      supersededBy: successor.body.id,
    };
    expect((await officer.json('POST', `/api/v1/coi-sources/${created.id}/supersede`, body)).status).toBe(
      403,
    );
    const missingReason = await supervisor.json<ErrorBody>(
      'POST',
      `/api/v1/coi-sources/${created.id}/supersede`,
      {
        ...body,
        reason: ' ',
      },
    );
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error.fields?.[0]?.path).toBe('reason');
    const superseded = await supervisor.json<CoiSourceView>(
      'POST',
      `/api/v1/coi-sources/${created.id}/supersede`,
      body,
    );
    expect(superseded.status).toBe(200);
    expect(superseded.body).toMatchObject({
      status: 'superseded',
      supersededBy: { id: successor.body.id },
      supersededReason: 'Hay un informe más reciente',
      actions: [],
    });
    const again = await supervisor.json('POST', `/api/v1/coi-sources/${created.id}/supersede`, {
      ...body,
      version: superseded.body.version,
    });
    expect(again.status).toBe(409);
    const current = await officer.json<CoiSearchResult>('GET', '/api/v1/coi-sources?country=HND');
    expect(current.body.items.map((s) => s.id)).not.toContain(created.id);
    const all = await officer.json<CoiSearchResult>(
      'GET',
      '/api/v1/coi-sources?country=HND&includeSuperseded=true',
    );
    expect(all.body.items.map((s) => s.id)).toContain(created.id);
    const citations = await admin.json<CoiCitationList>('GET', `/api/v1/coi-sources/${created.id}/citations`);
    expect(citations.status).toBe(200);
    expect(citations.body).toEqual({ sourceId: created.id, assessments: [], elsewhere: 0 });
  });

  it('answers 404 for a source that does not exist', async () => {
    expect((await officer.json('GET', `/api/v1/coi-sources/${someId}`)).status).toBe(404);
    expect((await officer.json('GET', `/api/v1/coi-sources/${someId}/citations`)).status).toBe(404);
  });
});
