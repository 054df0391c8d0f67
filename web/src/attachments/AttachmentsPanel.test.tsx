import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentList, AttachmentView } from '@refugio/contract';
import { petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AttachmentsPanel } from './AttachmentsPanel';

const passport: AttachmentView = {
  id: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
  caseId: petronaCase.id,
  personId: null,
  category: 'identity_document',
  fileName: 'Pasaporte Petrona.pdf',
  description: 'Páginas 1 y 2',
  mediaType: 'application/pdf',
  sizeBytes: 245_760,
  sha256: 'a'.repeat(64),
  // 02:30 UTC is still the 1st in Mexico City.
  uploadedAt: '2026-11-02T02:30:00.000Z',
  uploadedBy: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11', name: 'Lucía Hernández Ortiz' },
};
const listed: AttachmentList = { attachments: [passport], maxBytes: 20 * 1024 * 1024 };

/** The browser's XMLHttpRequest as the upload uses it: records what was sent, answers as told. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  static answer: { status: number; body: unknown } = { status: 201, body: {} };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
    this.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 });
  }
  /** The server's answer arrives. */
  finish() {
    this.status = FakeXhr.answer.status;
    this.responseText = JSON.stringify(FakeXhr.answer.body);
    this.onload?.();
  }
}

afterEach(() => {
  FakeXhr.sent = [];
  vi.unstubAllGlobals();
});

function render(list: AttachmentList) {
  stubFetch(() => json(list));
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  renderSignedIn(<AttachmentsPanel detail={petronaCase} onReplace={vi.fn()} onReload={vi.fn()} />);
}
/** The panel once its list has loaded (the upload form shows with it). */
async function panel() {
  const region = within(await screen.findByRole('region', { name: 'Documentos del expediente' }));
  await region.findByRole('button', { name: 'Subir documento' });
  return region;
}

describe('AttachmentsPanel', () => {
  it('lists the documents with kind, a download link, size, date dd/mm/yyyy on the authority’s clock and uploader', async () => {
    render(listed);
    const p = await panel();
    const link = await p.findByRole('link', { name: 'Descargar Pasaporte Petrona.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/v1/attachments/${passport.id}/content`);
    const row = within(link.closest('tr')!);
    expect(row.getByText('Documento de identidad')).toBeTruthy();
    expect(row.getByText('240 KB')).toBeTruthy();
    expect(row.getByText('01/11/2026')).toBeTruthy();
    expect(row.getByText('Lucía Hernández Ortiz')).toBeTruthy();
    expect(row.getByText('Páginas 1 y 2')).toBeTruthy();
  });

  it('refuses to send without a file or a kind, naming each field', async () => {
    render({ attachments: [], maxBytes: 1024 });
    const p = await panel();
    expect(p.getByText('El expediente aún no tiene documentos.')).toBeTruthy();
    fireEvent.click(p.getByRole('button', { name: 'Subir documento' }));
    expect(await p.findByText('Elija un archivo.')).toBeTruthy();
    expect(p.getByText('Elija el tipo de documento.')).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(0);
    const tooBig = new File([new Uint8Array(2048)], 'grande.pdf', { type: 'application/pdf' });
    fireEvent.change(p.getByLabelText(/^Archivo/), { target: { files: [tooBig] } });
    fireEvent.click(p.getByRole('button', { name: 'Subir documento' }));
    expect(await p.findByText('El archivo supera el máximo de 1 KB.')).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('uploads the raw file with its metadata in the query, shows the progress, then the new document', async () => {
    render(listed);
    const p = await panel();
    const file = new File(['%PDF-1.7 informe'], 'Informe médico.pdf', { type: 'application/pdf' });
    fireEvent.change(p.getByLabelText(/^Archivo/), { target: { files: [file] } });
    fireEvent.change(p.getByLabelText(/Tipo de documento/), { target: { value: 'medical_report' } });
    fireEvent.change(p.getByLabelText(/Descripción/), { target: { value: 'Hospital de Tapachula' } });
    fireEvent.click(p.getByRole('button', { name: 'Subir documento' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0]!;
    const url = new URL(xhr.url, 'http://refugio.test');
    expect(xhr.method).toBe('POST');
    expect(url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/attachments`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      fileName: 'Informe médico.pdf',
      category: 'medical_report',
      description: 'Hospital de Tapachula',
    });
    expect(xhr.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-requested-with': 'refugio',
    });
    expect(xhr.body).toBe(file);
    expect(await p.findByText('Subiendo… 40 %')).toBeTruthy();

    const uploaded: AttachmentView = {
      ...passport,
      id: '7f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
      category: 'medical_report',
      fileName: 'Informe médico.pdf',
      description: 'Hospital de Tapachula',
      sizeBytes: 16,
    };
    FakeXhr.answer = { status: 201, body: uploaded };
    xhr.finish();
    expect(await p.findByText('Se añadió «Informe médico.pdf» al expediente.')).toBeTruthy();
    expect(p.getByRole('link', { name: 'Descargar Informe médico.pdf' })).toBeTruthy();
    expect(p.getByRole('link', { name: 'Descargar Pasaporte Petrona.pdf' })).toBeTruthy();
    expect(p.queryByText(/Subiendo/)).toBeNull();
  });

  it('shows the server’s refusal of the file’s content under the file field, in Spanish', async () => {
    render(listed);
    const p = await panel();
    const file = new File(['PK\u0003\u0004'], 'informe.pdf', { type: 'application/pdf' });
    fireEvent.change(p.getByLabelText(/^Archivo/), { target: { files: [file] } });
    fireEvent.change(p.getByLabelText(/Tipo de documento/), { target: { value: 'evidence' } });
    fireEvent.click(p.getByRole('button', { name: 'Subir documento' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.answer = {
      status: 415,
      body: {
        error: {
          code: 'unsupported_media_type',
          message: 'The content is PDF but the file name ends in ".pdf"',
          fields: [{ path: 'file', code: 'type_mismatch', message: 'x' }],
        },
      },
    };
    FakeXhr.sent[0]!.finish();
    expect(
      await p.findByText(
        'El contenido del archivo no corresponde a su extensión: revise que sea el archivo correcto.',
      ),
    ).toBeTruthy();
    expect(p.getByLabelText(/^Archivo/).getAttribute('aria-invalid')).toBe('true');
  });
});
