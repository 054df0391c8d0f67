import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CoiCitationList, CoiSourceView } from '@refugio/contract';
import { supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CoiSourcePage } from './CoiSourcePage';

const source: CoiSourceView = {
  id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  title: 'Honduras: maras y protección del Estado',
  publisher: 'ACNUR',
  publishedOn: '2025-03-01',
  datePrecision: 'month',
  url: 'https://www.refworld.org/hnd',
  file: { sizeBytes: 20480, sha256: 'a'.repeat(64), fileName: 'informe.pdf' },
  countries: ['HND'],
  topics: ['pandillas'],
  language: 'spa',
  summary: 'Resumen.',
  status: 'current',
  supersededBy: null,
  supersededAt: null,
  supersededReason: '',
  citedBy: 1,
  addedBy: { id: '8a11629a-7ab9-4d6f-b907-39c523a4766b', name: 'Pedro Elegible' },
  addedAt: '2026-11-20T15:00:00.000Z',
  version: 3,
  actions: ['edit', 'upload_file', 'supersede'],
};

const citing: CoiCitationList = {
  sourceId: source.id,
  assessments: [
    {
      assessmentId: '3c9a1d2e-5f4b-4c8d-9e7f-1a2b3c4d5e6f',
      case: { id: '8a3bc3a5-8561-41fd-b0e2-046ec170e738', caseNumber: 'COMAR-TAP-2026-000024' },
      round: 1,
      status: 'draft',
      citations: 2,
    },
  ],
  elsewhere: 1,
};

describe('CoiSourcePage', () => {
  it('shows the source, its file and the assessments citing it', async () => {
    stubFetch((url) => json(url.pathname.endsWith('/citations') ? citing : source));
    renderSignedIn(<CoiSourcePage params={{ id: source.id }} />, { me: supervisor });
    expect(await screen.findByRole('heading', { level: 1, name: source.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Descargar PDF (20 KB)' }).getAttribute('href')).toBe(
      `/api/v1/coi-sources/${source.id}/file`,
    );
    expect((await screen.findByRole('link', { name: 'COMAR-TAP-2026-000024' })).getAttribute('href')).toBe(
      '/cases/8a3bc3a5-8561-41fd-b0e2-046ec170e738',
    );
    expect(screen.getByText('Y 1 evaluación de otras oficinas.')).toBeTruthy();
  });

  it('marks it superseded with the reason, from the version seen', async () => {
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST')
        return json({
          ...source,
          status: 'superseded',
          supersededReason: 'Informe nuevo',
          actions: [],
          version: 4,
        });
      return json(url.pathname.endsWith('/citations') ? citing : source);
    });
    renderSignedIn(<CoiSourcePage params={{ id: source.id }} />, { me: supervisor });
    fireEvent.click(await screen.findByRole('button', { name: 'Marcar como superada' }));
    await waitFor(() => expect(document.querySelector('[aria-invalid="true"]')?.id).toBe('supersede-reason'));
    fireEvent.change(screen.getByLabelText('Motivo'), { target: { value: 'Informe nuevo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Marcar como superada' }));
    expect(await screen.findByText('La fuente quedó marcada como superada.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 3,
      reason: 'Informe nuevo',
      supersededBy: null,
    });
    expect(screen.queryByRole('button', { name: 'Marcar como superada' })).toBeNull();
  });
});
