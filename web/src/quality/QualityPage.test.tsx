import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me, QualityDrawList, QualityDrawView, QualitySampleList } from '@refugio/contract';
import { officeTap, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { QualityPage } from './QualityPage';

const reviewer: Me = { ...supervisor, permissions: [...supervisor.permissions, 'quality.review'] };
const draw: QualityDrawView = {
  id: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  officeId: officeTap.id,
  periodFrom: '2026-11-01',
  periodTo: '2026-11-30',
  randomRate: 0.1,
  seed: 1234,
  population: 12,
  drawnBy: null,
  drawnAt: '2026-12-01T16:00:00.000Z',
  samples: [
    {
      id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      drawId: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      caseId: '8a3bc3a5-8561-41fd-b0e2-046ec170e738',
      caseNumber: 'COMAR-TAP-2026-000024',
      decisionEventId: '42',
      decisionOutcome: 'rejected',
      decisionIssuedOn: '2026-11-11',
      author: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11', name: 'Pedro Elegible' },
      approver: null,
      reason: 'risk',
      riskIndicators: ['returned_twice', 'new_officer'],
      reviewer: null,
      status: 'pending',
      reviewId: null,
      version: 1,
      reviewerCandidates: [{ id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a15', name: 'Ana Revisora' }],
      canReview: false,
    },
  ],
};
const list: QualityDrawList = { draws: [draw], canDraw: true };
const samples: QualitySampleList = { items: draw.samples, total: 1, page: 1, pageSize: 25 };
const answer = (url: URL, init?: RequestInit) =>
  init?.method === 'POST' ? json(draw, 201) : url.pathname.endsWith('/samples') ? json(samples) : json(list);

describe('QualityPage', () => {
  it('lists the draw with why each decision was drawn, and draws a new sample as a share', async () => {
    const requests = stubFetch(answer);
    renderSignedIn(<QualityPage />, { me: reviewer });
    expect(await screen.findByText('Riesgo: devuelta dos veces, oficial nuevo')).toBeTruthy();
    expect(screen.getByText('Del 01/11/2026 al 30/11/2026')).toBeTruthy();
    expect(screen.getByText('10 % al azar · semilla 1234 · 12 resoluciones')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Asignar' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Resoluciones emitidas desde/), {
      target: { value: '01/11/2026' },
    });
    fireEvent.change(screen.getByLabelText(/^hasta/), { target: { value: '30/11/2026' } });
    fireEvent.change(screen.getByLabelText(/Porcentaje al azar/), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sortear muestra' }));
    expect(await screen.findByText('Muestra sorteada: 1 resoluciones de 12.')).toBeTruthy();
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(JSON.parse(String(sent.init?.body))).toEqual({
      officeId: officeTap.id,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      randomRate: 0.15,
    });
    // The list of samples is asked again after the draw.
    await waitFor(() =>
      expect(requests.filter((r) => r.url.pathname === '/api/v1/quality/samples').length).toBeGreaterThan(1),
    );
  });

  it('lists the sampled decisions with status and assignment, filtered by status, draw and assignee', async () => {
    const requests = stubFetch(answer);
    renderSignedIn(<QualityPage />, { me: reviewer });
    const list = await screen.findByRole('region', { name: 'Resoluciones muestreadas' });
    expect(await within(list).findByText('COMAR-TAP-2026-000024')).toBeTruthy();
    expect(within(list).getByText('Pendiente')).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Asignar' })).toBeTruthy();
    expect(within(list).getByText('1 resolución muestreada')).toBeTruthy();
    const sampleQueries = () =>
      requests.filter((r) => r.url.pathname === '/api/v1/quality/samples').map((r) => r.url.searchParams);

    fireEvent.change(within(list).getByLabelText('Estado'), { target: { value: 'unassigned' } });
    await waitFor(() => expect(sampleQueries().at(-1)?.get('status')).toBe('unassigned'));
    fireEvent.click(within(list).getByLabelText('Solo las asignadas a mí'));
    await waitFor(() => expect(sampleQueries().at(-1)?.get('reviewerId')).toBe(reviewer.user.id));
    fireEvent.click(screen.getByRole('button', { name: 'Ver sus muestras' }));
    await waitFor(() => expect(sampleQueries().at(-1)?.get('drawId')).toBe(draw.id));
    expect(within(list).getByText('Sorteo: Del 01/11/2026 al 30/11/2026')).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: 'Quitar filtros' }));
    await waitFor(() => {
      const last = sampleQueries().at(-1)!;
      expect([last.get('status'), last.get('reviewerId'), last.get('drawId')]).toEqual([null, null, null]);
    });
  });

  it('names the field when the share is not a number', async () => {
    const requests = stubFetch(answer);
    renderSignedIn(<QualityPage />, { me: reviewer });
    fireEvent.change(await screen.findByLabelText(/Porcentaje al azar/), { target: { value: 'mucho' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sortear muestra' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Porcentaje al azar/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });
});
