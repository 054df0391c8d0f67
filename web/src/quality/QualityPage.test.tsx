import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me, QualityDrawList, QualityDrawView } from '@refugio/contract';
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

describe('QualityPage', () => {
  it('lists the draw with why each decision was drawn, and draws a new sample as a share', async () => {
    const requests = stubFetch((_url, init) =>
      json(init?.method === 'POST' ? draw : list, init?.method === 'POST' ? 201 : 200),
    );
    renderSignedIn(<QualityPage />, { me: reviewer });
    expect(await screen.findByText('Riesgo: devuelta dos veces, oficial nuevo')).toBeTruthy();
    expect(
      screen.getByText(/Del 01\/11\/2026 al 30\/11\/2026 · 10 % al azar · semilla 1234 · 12 resoluciones/),
    ).toBeTruthy();
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
  });

  it('names the field when the share is not a number', async () => {
    const requests = stubFetch(() => json(list));
    renderSignedIn(<QualityPage />, { me: reviewer });
    fireEvent.change(await screen.findByLabelText(/Porcentaje al azar/), { target: { value: 'mucho' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sortear muestra' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Porcentaje al azar/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });
});
