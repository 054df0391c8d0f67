import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CoiSearchResult, CoiSourceView } from '@refugio/contract';
import { eligibilityOfficer } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CoiPage } from './CoiPage';

const source: CoiSourceView = {
  id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  title: 'Honduras: maras y protección del Estado',
  publisher: 'ACNUR',
  publishedOn: '2025-03-01',
  datePrecision: 'month',
  url: 'https://www.refworld.org/hnd',
  file: null,
  countries: ['HND'],
  topics: ['pandillas'],
  language: 'spa',
  summary: '',
  status: 'current',
  supersededBy: null,
  supersededAt: null,
  supersededReason: '',
  citedBy: 0,
  addedBy: null,
  addedAt: '2026-11-20T15:00:00.000Z',
  version: 1,
  actions: [],
};

const result = (items: CoiSourceView[], canContribute = true): CoiSearchResult => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
  canContribute,
});

describe('CoiPage', () => {
  it('lists the sources and searches with the words and filters typed', async () => {
    const requests = stubFetch(() => json(result([source])));
    renderSignedIn(<CoiPage />, { me: eligibilityOfficer });
    expect((await screen.findByRole('link', { name: source.title })).getAttribute('href')).toBe(
      `/coi/${source.id}`,
    );
    fireEvent.change(screen.getByLabelText('Palabras'), { target: { value: 'proteccion estado' } });
    fireEvent.change(screen.getByLabelText('País'), { target: { value: 'HND' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(requests.at(-1)!.url.searchParams.get('q')).toBe('proteccion estado'));
    expect(requests.at(-1)!.url.searchParams.get('country')).toBe('HND');
  });

  it('checks a new source before sending it: a link or a PDF is needed', async () => {
    const requests = stubFetch(() => json(result([])));
    renderSignedIn(<CoiPage />, { me: eligibilityOfficer });
    await screen.findByText('Ninguna fuente coincide con la búsqueda.');
    fireEvent.change(screen.getByLabelText('Título'), { target: { value: 'Informe' } });
    fireEvent.change(screen.getByLabelText('Editor'), { target: { value: 'ACNUR' } });
    fireEvent.change(screen.getByLabelText('Fecha de publicación'), { target: { value: '01/03/2025' } });
    fireEvent.change(screen.getByLabelText('Países'), { target: { value: 'hnd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Agregar fuente' }));
    await waitFor(() => expect(document.querySelector('[aria-invalid="true"]')?.id).toBe('coi-source-url'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);
  });

  it('offers no form to whoever may not add sources', async () => {
    stubFetch(() => json(result([source], false)));
    renderSignedIn(<CoiPage />, { me: eligibilityOfficer });
    await screen.findByRole('link', { name: source.title });
    expect(screen.queryByRole('button', { name: 'Agregar fuente' })).toBeNull();
  });
});
